package org.parcheck.server;

import java.util.Map;
import org.parcheck.persistence.JooqSyncRepository;

/**
 * What a laptop remembers of its syncs with one server (#17), in its own {@code app_setting}, keyed by the server's
 * identity: {@code sync.<server id>.revision} the highest server revision brought home, and per plan or visit
 * {@code sync.<server id>.sent.<uuid>} its change signature when it was last sent (or brought home unchanged). A plan
 * or visit whose signature differs, or that has none, is sent by the next sync.
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
        Map<String, String> byUuid = new java.util.HashMap<>();
        local.settings(prefix).forEach((key, value) -> byUuid.put(key.substring(prefix.length()), value));
        return byUuid;
    }
}
