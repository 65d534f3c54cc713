package org.parcheck.answering;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * What the team recorded for one item of a visit. {@code value} is the typed answer as stored text: "YES"/"NO" for
 * yes/no items, the option code for choices, a plain number for numbers and occurrences; null when not answered.
 *
 * @param itemCode       the item's code in the visit's framework version
 * @param value          the typed answer, or null
 * @param notApplicable  the item does not apply to this unit
 * @param selfScore      the unit's self-assessed score, or null
 * @param manualScore    the team's manual score (manual items, or an override), or null
 * @param manualReason   the reason for the manual score
 * @param note           the team's note
 * @param flagged        marked for a second look
 * @param updatedBy      who saved it last
 * @param updatedAt      when (UTC)
 */
public record Answer(String itemCode, String value, boolean notApplicable, BigDecimal selfScore,
                     BigDecimal manualScore, String manualReason, String note, boolean flagged, String updatedBy,
                     LocalDateTime updatedAt) {

    public static final String YES = "YES";
    public static final String NO = "NO";

    public Answer {
        Objects.requireNonNull(itemCode, "itemCode");
    }

    public static Answer empty(String itemCode) {
        return new Answer(itemCode, null, false, null, null, null, null, false, null, null);
    }

    public Answer withValue(String newValue) {
        return new Answer(itemCode, newValue, notApplicable, selfScore, manualScore, manualReason, note, flagged,
                updatedBy, updatedAt);
    }

    public Answer withNotApplicable(boolean na) {
        return new Answer(itemCode, value, na, selfScore, manualScore, manualReason, note, flagged, updatedBy,
                updatedAt);
    }

    public Answer withSelfScore(BigDecimal score) {
        return new Answer(itemCode, value, notApplicable, score, manualScore, manualReason, note, flagged, updatedBy,
                updatedAt);
    }

    public Answer withManual(BigDecimal score, String reason) {
        return new Answer(itemCode, value, notApplicable, selfScore, score, reason, note, flagged, updatedBy,
                updatedAt);
    }

    public Answer withNote(String text) {
        return new Answer(itemCode, value, notApplicable, selfScore, manualScore, manualReason, text, flagged,
                updatedBy, updatedAt);
    }

    public Answer withFlagged(boolean flag) {
        return new Answer(itemCode, value, notApplicable, selfScore, manualScore, manualReason, note, flag,
                updatedBy, updatedAt);
    }

    /** Whether anything at all was recorded. */
    public boolean isBlank() {
        return value == null && !notApplicable && selfScore == null && manualScore == null
                && (note == null || note.isBlank()) && !flagged;
    }
}
