package org.parcheck.answering.audit;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The result of checking a visit against its stored fingerprint: the content is recomputed now and compared.
 *
 * @param stored       the fingerprint stored at finalising, or null
 * @param current      the fingerprint of the content as it is now
 * @param finalisedAt  when the visit was finalised, or null
 * @param changedParts when altered: the part keys ("answer 3.2.1", "attendee &lt;uuid&gt;") added, removed or
 *                     changed since, in canonical order; empty when the stored fingerprint has no part hashes
 * @param partNames    words for some part keys ("member &lt;uuid&gt;" → the member's name as stored now), see
 *                     {@link CanonicalForm#partNames}
 */
public record Verification(Result result, String stored, String current, LocalDateTime finalisedAt,
                           List<String> changedParts, Map<String, String> partNames) {

    /** What the check found. */
    public enum Result {
        /** The visit is not finalised: there is nothing to check against. */
        NOT_FINALISED,
        /** Finalised before ParCheck recorded fingerprints (or the fingerprint was removed). */
        NO_FINGERPRINT,
        /** The content is exactly what was finalised. */
        INTACT,
        /** The content changed since finalising. */
        ALTERED
    }

    public Verification {
        changedParts = List.copyOf(changedParts);
        partNames = partNames == null ? Map.of() : Map.copyOf(partNames);
    }

    public Verification(Result result, String stored, String current, LocalDateTime finalisedAt,
                        List<String> changedParts) {
        this(result, stored, current, finalisedAt, changedParts, Map.of());
    }

    /** Checks {@code content} against what was stored when the visit was finalised. */
    public static Verification check(boolean finalised, Optional<StoredFingerprint> stored, VisitContent content) {
        String current = CanonicalForm.fingerprint(content);
        LocalDateTime at = stored.map(StoredFingerprint::finalisedAt).orElse(null);
        if (!finalised) {
            return new Verification(Result.NOT_FINALISED, null, current, null, List.of());
        }
        if (stored.isEmpty()) {
            return new Verification(Result.NO_FINGERPRINT, null, current, null, List.of());
        }
        StoredFingerprint fingerprint = stored.get();
        if (fingerprint.sha256().equals(current)) {
            return new Verification(Result.INTACT, fingerprint.sha256(), current, at, List.of());
        }
        return new Verification(Result.ALTERED, fingerprint.sha256(), current, at,
                fingerprint.parts().isEmpty() ? List.of() : changed(fingerprint.parts(),
                        CanonicalForm.partHashes(content)), CanonicalForm.partNames(content));
    }

    private static List<String> changed(Map<String, String> before, Map<String, String> now) {
        Map<String, Boolean> keys = new LinkedHashMap<>();
        now.keySet().forEach(k -> keys.put(k, true));
        before.keySet().stream().sorted().forEach(k -> keys.putIfAbsent(k, true));
        List<String> out = new ArrayList<>();
        for (String key : keys.keySet()) {
            if (!now.getOrDefault(key, "").equals(before.getOrDefault(key, ""))) {
                out.add(key);
            }
        }
        return out;
    }

    public boolean intact() {
        return result == Result.INTACT;
    }
}
