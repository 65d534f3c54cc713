package org.parcheck.answering;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A document sighted as evidence (tài liệu kiểm chứng): number/symbol, date, issuer, title, and optionally a copy
 * of the file kept in the data folder.
 */
public record EvidenceCitation(Long id, UUID uuid, String itemCode, String docNumber, LocalDate docDate,
                               String issuer, String title, String attachmentPath, String attachmentSha256) {

    public EvidenceCitation {
        Objects.requireNonNull(uuid, "uuid");
    }

    public EvidenceCitation withAttachment(String path, String sha256) {
        return new EvidenceCitation(id, uuid, itemCode, docNumber, docDate, issuer, title, path, sha256);
    }

    public static EvidenceCitation of(String itemCode, String docNumber, LocalDate docDate, String issuer,
                                      String title) {
        return new EvidenceCitation(null, UUID.randomUUID(), itemCode, docNumber, docDate, issuer, title, null, null);
    }
}
