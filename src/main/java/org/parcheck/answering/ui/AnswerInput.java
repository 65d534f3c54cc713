package org.parcheck.answering.ui;

import java.math.BigDecimal;
import org.parcheck.answering.Answer;
import org.parcheck.common.util.Numbers;

/**
 * What the user typed in a checklist line, read into an {@link Answer} (and an answer shown back in the line). Text
 * that cannot be read is refused with a bundle key, so that nothing half-read is ever saved.
 */
final class AnswerInput {

    private AnswerInput() {
    }

    /** Thrown for input that cannot be read; the message is a bundle key. */
    static final class InvalidInput extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidInput(String key) {
            super(key, null, false, false);
        }
    }

    /** Shows a stored answer in the entry's fields, and clears any problem shown there. */
    static void fill(ItemEntry entry, Answer answer) {
        String value = answer.value() == null ? "" : answer.value();
        if (entry.kind() == ItemEntry.InputKind.NUMBER || entry.kind() == ItemEntry.InputKind.OCCURRENCES) {
            value = answer.value() == null ? "" : Numbers.format(Numbers.stored(answer.value()));
        }
        if (entry.kind() == ItemEntry.InputKind.MANUAL) {
            value = answer.manualScore() == null ? "" : Numbers.format(answer.manualScore());
        }
        entry.valueProperty().set(value);
        entry.notApplicableProperty().set(answer.notApplicable());
        entry.selfScoreProperty().set(answer.selfScore() == null ? "" : Numbers.format(answer.selfScore()));
        entry.manualReasonProperty().set(answer.manualReason() == null ? "" : answer.manualReason());
        entry.noteProperty().set(answer.note() == null ? "" : answer.note());
        entry.flaggedProperty().set(answer.flagged());
        entry.showError("");
    }

    /**
     * The answer the entry's fields say, on top of {@code before}. N/A needs its reason (#16 §3): it is kept in the
     * answer's note, which the N/A line and the note field beside the checklist both edit.
     */
    static Answer answerOf(ItemEntry entry, Answer before) throws InvalidInput {
        String text = entry.valueProperty().get() == null ? "" : entry.valueProperty().get().strip();
        String note = blankToNull(entry.noteProperty().get());
        if (entry.notApplicableProperty().get() && note == null) {
            throw new InvalidInput("answering.visit.error.naReasonRequired");
        }
        Answer answer = before.withNotApplicable(entry.notApplicableProperty().get())
                .withSelfScore(number(entry.selfScoreProperty().get(), false))
                .withNote(note)
                .withFlagged(entry.flaggedProperty().get());
        switch (entry.kind()) {
            case YES_NO, CHOICE:
                return answer.withValue(text.isEmpty() ? null : text);
            case NUMBER:
                BigDecimal number = number(text, false);
                return answer.withValue(number == null ? null : number.toPlainString());
            case OCCURRENCES:
                BigDecimal count = number(text, true);
                return answer.withValue(count == null ? null : count.toPlainString());
            case MANUAL:
                BigDecimal score = number(text, false);
                String reason = blankToNull(entry.manualReasonProperty().get());
                return answer.withManual(score, reason);
            default:
                return answer;
        }
    }

    /** A typed number ("1.200", "1 200", "0,5"), null when blank; refused when unreadable, negative or not whole. */
    static BigDecimal number(String text, boolean whole) throws InvalidInput {
        BigDecimal value;
        try {
            value = Numbers.parse(text);
        } catch (NumberFormatException e) {
            throw new InvalidInput("answering.visit.error.notANumber");
        }
        if (value != null && value.signum() < 0) {
            throw new InvalidInput("answering.visit.error.negative");
        }
        if (value != null && whole && value.stripTrailingZeros().scale() > 0) {
            throw new InvalidInput("answering.visit.error.notWhole");
        }
        return value;
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static boolean sameContent(Answer a, Answer b) {
        return a.withFlagged(false).equals(b.withFlagged(false)) && a.flagged() == b.flagged();
    }
}
