package org.parcheck.answering.audit;

import java.util.List;
import java.util.stream.Collectors;
import org.parcheck.answering.AttachmentProblem;
import org.parcheck.common.i18n.Messages;

/** Attached evidence files that are missing or altered, in words: "cong-van-12.pdf (bị thiếu), …". */
public final class AttachmentText {

    private AttachmentText() {
    }

    /** One file: its name and what is wrong with it. */
    public static String describe(AttachmentProblem problem, Messages messages) {
        return messages.get("answering.attachments.problem", problem.fileName(),
                messages.get("answering.attachments.kind." + problem.kind().name()));
    }

    /** Several files, separated by commas. */
    public static String describe(List<AttachmentProblem> problems, Messages messages) {
        return problems.stream().map(p -> describe(p, messages)).collect(Collectors.joining(", "));
    }

    /** The warning for the visit screen, the integrity check and {@code verify visit}; empty when none. */
    public static String warning(List<AttachmentProblem> problems, Messages messages) {
        return problems.isEmpty() ? "" : messages.get("answering.attachments.warning", problems.size(),
                describe(problems, messages));
    }
}
