package org.parcheck.answering.audit;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.Objects;

/**
 * The fingerprint stored when a visit was finalised, with the hash of each part of its canonical form (empty for
 * fingerprints stored without them).
 *
 * @param finalisedAt when the visit was finalised (UTC)
 */
public record StoredFingerprint(String sha256, LocalDateTime finalisedAt, Map<String, String> parts) {

    public StoredFingerprint {
        Objects.requireNonNull(sha256, "sha256");
        parts = Map.copyOf(parts);
    }

    /** The fingerprint of {@code content} with its part hashes, as stored at finalising. */
    public static StoredFingerprint of(VisitContent content, LocalDateTime finalisedAt) {
        return new StoredFingerprint(CanonicalForm.fingerprint(content), finalisedAt,
                CanonicalForm.partHashes(content));
    }
}
