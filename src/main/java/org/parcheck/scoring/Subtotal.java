package org.parcheck.scoring;

import java.math.BigDecimal;

/**
 * Sums over the regular (non-bonus, non-deduction) items below a node, or of the whole visit.
 *
 * @param achieved       points achieved (0 when zeroed by a critical failure)
 * @param maxPoints      sum of the items' maxima
 * @param applicableMax  sum of the maxima of applicable items (N/A removed)
 * @param scoredMax      sum of the maxima of SCORED items; equals applicableMax when nothing is pending
 * @param percent        achieved / scoredMax × 100 (full precision), null when nothing is scored; provisional
 *                       while items are pending, since pending items are left out rather than counted as 0
 * @param pendingItems   applicable items that are MISSING, NOT_ASSESSABLE or INVALID
 * @param selfAchieved   sum of the valid self scores, or null when there is none
 * @param selfDifference sum over items with both scores of (score − self score), or null when there is none
 */
public record Subtotal(BigDecimal achieved, BigDecimal maxPoints, BigDecimal applicableMax, BigDecimal scoredMax,
        BigDecimal percent, int pendingItems, BigDecimal selfAchieved, BigDecimal selfDifference) {

    /** Whether every applicable item is scored (the percentage is final). */
    public boolean complete() {
        return pendingItems == 0;
    }
}
