package org.parcheck.server;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parcheck.persistence.JooqSyncRepository;

/**
 * What a laptop remembers of its syncs with one server (#17), in its own {@code app_setting}, keyed by the server's
 * identity: {@code sync.<server id>.revision} the highest server revision brought home, and per plan or visit
 * {@code sync.<server id>.sent.<uuid>} its change signature when it was last sent (or brought home unchanged). A plan
 * or visit whose signature differs, or that has none, is sent by the next sync. {@code sync.<server id>.plan.<uuid>}
 * names each plan this login saw on the server at the last sync ({@code sync.<server id>.plans} says the list is
 * kept): a plan seen for the first time is brought whole, whatever its revisions.
 */
final class SyncMarks {

    private SyncMarks() {
    }

    static String prefix(String serverId) {
        return "sync." + serverId + ".";
    }

    static String revisionKey(String serverId) {
        return prefix(serverId) + "revision";
    }

    static String sentPrefix(String serverId) {
        return prefix(serverId) + "sent.";
    }

    static String sentKey(String serverId, String uuid) {
        return sentPrefix(serverId) + uuid;
    }

    static long pulledRevision(JooqSyncRepository local, String serverId) {
        return local.setting(revisionKey(serverId)).map(Long::parseLong).orElse(0L);
    }

    /** uuid → signature last sent. */
    static Map<String, String> sent(JooqSyncRepository local, String serverId) {
        String prefix = sentPrefix(serverId);
        Map<String, String> byUuid = new HashMap<>();
        local.settings(prefix).forEach((key, value) -> byUuid.put(key.substring(prefix.length()), value));
        return byUuid;
    }

    static String seenPrefix(String serverId) {
        return prefix(serverId) + "plan.";
    }

    static String seenKey(String serverId, String planUuid) {
        return seenPrefix(serverId) + planUuid;
    }

    /** Set once the laptop keeps the plans it sees (a laptop synced before that has a revision but no list). */
    static String seenKeptKey(String serverId) {
        return prefix(serverId) + "plans";
    }

    /** The plans this laptop saw on the server at its last sync; empty when it never kept them. */
    static Optional<Set<String>> seenPlans(JooqSyncRepository local, String serverId) {
        if (local.setting(seenKeptKey(serverId)).isEmpty()) {
            return Optional.empty();
        }
        String prefix = seenPrefix(serverId);
        Set<String> plans = new HashSet<>();
        local.settings(prefix).keySet().forEach(key -> plans.add(key.substring(prefix.length())));
        return Optional.of(plans);
    }

    /** The settings that make {@code now} the plans seen, given those kept ({@code before}, empty: none kept). */
    static Map<String, String> seenMarks(String serverId, Optional<Set<String>> before,
                                         Set<String> now) {
        Map<String, String> marks = new LinkedHashMap<>();
        before.orElse(Set.of()).stream().filter(p -> !now.contains(p))
                .forEach(p -> marks.put(seenKey(serverId, p), null));
        now.stream().filter(p -> !before.orElse(Set.of()).contains(p))
                .forEach(p -> marks.put(seenKey(serverId, p), "1"));
        if (before.isEmpty()) {
            marks.put(seenKeptKey(serverId), "1");
        }
        return marks;
    }
}
