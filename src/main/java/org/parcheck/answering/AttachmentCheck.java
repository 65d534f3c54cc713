package org.parcheck.answering;

import java.util.List;

/** Reads attached evidence files back against their stored SHA-256 ({@link EvidenceFiles} in the app). */
@FunctionalInterface
public interface AttachmentCheck {

    /** No files to check (a service without a data folder). */
    AttachmentCheck NONE = evidence -> List.of();

    /** The attached files of {@code evidence} that are missing or altered, in the order given. */
    List<AttachmentProblem> check(List<EvidenceCitation> evidence);
}
