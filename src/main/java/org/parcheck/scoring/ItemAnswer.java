package org.parcheck.scoring;

import java.math.BigDecimal;

/**
 * What the inspection team recorded for one leaf.
 *
 * @param value          the typed value, null when none (rules reading raw figures need none)
 * @param notApplicable  the item does not apply to this unit; it leaves the applicable maximum
 * @param evidenceCount  number of evidence citations (tài liệu kiểm chứng)
 * @param selfScore      the unit's self-assessed score, or null
 * @param manualScore    the inspector's score (MANUAL items) or an override (other items), or null
 * @param manualReason   the reason required with a manual score
 */
public record ItemAnswer(AnswerValue value, boolean notApplicable, int evidenceCount, BigDecimal selfScore,
        BigDecimal manualScore, String manualReason) {

    /** An answer with only a value. */
    public static ItemAnswer of(AnswerValue value) {
        return new ItemAnswer(value, false, 0, null, null, null);
    }

    /** An answer with no value (for rules that read raw figures). */
    public static ItemAnswer empty() {
        return of(null);
    }

    /** "Not applicable". */
    public static ItemAnswer notApplicableAnswer() {
        return new ItemAnswer(null, true, 0, null, null, null);
    }

    /** A manual score with its reason. */
    public static ItemAnswer manual(BigDecimal score, String reason) {
        return new ItemAnswer(null, false, 0, null, score, reason);
    }

    /** A copy with {@code count} evidence citations. */
    public ItemAnswer withEvidence(int count) {
        return new ItemAnswer(value, notApplicable, count, selfScore, manualScore, manualReason);
    }

    /** A copy with a self-assessed score. */
    public ItemAnswer withSelfScore(BigDecimal score) {
        return new ItemAnswer(value, notApplicable, evidenceCount, score, manualScore, manualReason);
    }

    /** A copy with a manual score (or override) and reason. */
    public ItemAnswer withManual(BigDecimal score, String reason) {
        return new ItemAnswer(value, notApplicable, evidenceCount, selfScore, score, reason);
    }

    /** A copy marked (or unmarked) not applicable. */
    public ItemAnswer withNotApplicable(boolean na) {
        return new ItemAnswer(value, na, evidenceCount, selfScore, manualScore, manualReason);
    }
}
