package org.parcheck.scoring;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Sums over the regular (non-bonus, non-deduction) items below a node, or of the whole visit.
 *
 * @param achieved       points achieved (0 when zeroed by a critical failure)
 * @param maxPoints      sum of the items' maxima
 * @param applicableMax  sum of the maxima of applicable items (N/A removed)
 * @param scoredMax      sum of the maxima of SCORED items; equals applicableMax when nothing is pending
 * @param pendingItems   applicable items that are MISSING, NOT_ASSESSABLE or INVALID
 * @param selfAchieved   sum of the valid self scores, or null when there is none
 * @param selfDifference sum over items with both scores of (score − self score), or null when there is none
 */
public record Subtotal(BigDecimal achieved, BigDecimal maxPoints, BigDecimal applicableMax, BigDecimal scoredMax,
        int pendingItems, BigDecimal selfAchieved, BigDecimal selfDifference) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * achieved / scoredMax × 100 at full precision (DECIMAL128), or null when nothing is scored. While items are
     * pending it is provisional: pending items are left out of the maximum, never counted as 0. Computed on access.
     */
    public BigDecimal percent() {
        return percent(achieved, scoredMax);
    }

    /** Whether every applicable item is scored (the percentage is final). */
    public boolean complete() {
        return pendingItems == 0;
    }

    /** {@code value / of × 100} at full precision, or null when {@code of} is zero. */
    static BigDecimal percent(BigDecimal value, BigDecimal of) {
        return of.signum() == 0 ? null : value.multiply(HUNDRED).divide(of, MathContext.DECIMAL128);
    }
}
