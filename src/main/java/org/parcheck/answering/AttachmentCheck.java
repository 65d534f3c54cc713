package org.parcheck.answering;

import java.util.List;

/** Reads attached evidence files back against their stored SHA-256 ({@link EvidenceFiles} in the app). */
@FunctionalInterface
public interface AttachmentCheck {

    /** No files to check (a service without a data folder). */
    AttachmentCheck NONE = evidence -> List.of();

    /** The attached files of {@code evidence} that are missing or altered, in the order given. */
    List<AttachmentProblem> check(List<EvidenceCitation> evidence);

    /**
     * The same, every file read now: never a hash read moments ago by another check (finalising relies on it).
     * By default {@link #check}, which reads every file.
     */
    default List<AttachmentProblem> checkNow(List<EvidenceCitation> evidence) {
        return check(evidence);
    }
}
