package org.parcheck.criteria;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.UUID;

/** One version of a framework: its number, year, status and legal basis. */
public record FrameworkVersion(Long id, UUID uuid, Long frameworkId, int versionNo, Integer year,
                               VersionStatus status, Long basedOnVersionId, String legalBasis,
                               LocalDateTime publishedAt) {

    public FrameworkVersion {
        Objects.requireNonNull(uuid, "uuid");
        Objects.requireNonNull(status, "status");
    }

    public static FrameworkVersion draft(int versionNo, Integer year, String legalBasis) {
        return new FrameworkVersion(null, UUID.randomUUID(), null, versionNo, year, VersionStatus.DRAFT, null,
                legalBasis, null);
    }

    public boolean editable() {
        return status == VersionStatus.DRAFT;
    }
}
