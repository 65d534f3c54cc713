package org.parcheck.scoring;

import java.math.BigDecimal;

/**
 * Running sums for one subtotal. Maxima are static per framework, so only what differs per visit is summed:
 * achieved points, the maxima of N/A and pending items, and self scores.
 */
final class Accumulator {

    BigDecimal achieved = BigDecimal.ZERO;
    BigDecimal notApplicableMax = BigDecimal.ZERO;
    BigDecimal pendingMax = BigDecimal.ZERO;
    int pending;
    BigDecimal self;
    BigDecimal difference;

    void add(ItemScore item) {
        switch (item.status()) {
            case SCORED:
                if (item.score().signum() != 0) {
                    achieved = achieved.add(item.score());
                }
                break;
            case NOT_APPLICABLE:
                notApplicableMax = notApplicableMax.add(item.maxPoints());
                break;
            default:
                pending++;
                pendingMax = pendingMax.add(item.maxPoints());
                break;
        }
        if (item.selfScore() != null) {
            self = self == null ? item.selfScore() : self.add(item.selfScore());
        }
        if (item.selfDifference() != null) {
            difference = difference == null ? item.selfDifference() : difference.add(item.selfDifference());
        }
    }

    /** Adds a child node's sums (its achieved points as given, e.g. after critical zeroing). */
    void absorb(Accumulator child, BigDecimal childAchieved) {
        if (childAchieved.signum() != 0) {
            achieved = achieved.add(childAchieved);
        }
        if (child.notApplicableMax.signum() != 0) {
            notApplicableMax = notApplicableMax.add(child.notApplicableMax);
        }
        if (child.pending != 0) {
            pending += child.pending;
            pendingMax = pendingMax.add(child.pendingMax);
        }
        if (child.self != null) {
            self = self == null ? child.self : self.add(child.self);
        }
        if (child.difference != null) {
            difference = difference == null ? child.difference : difference.add(child.difference);
        }
    }

    Subtotal toSubtotal(BigDecimal maxPoints) {
        BigDecimal applicable = notApplicableMax.signum() == 0 ? maxPoints : maxPoints.subtract(notApplicableMax);
        BigDecimal scored = pendingMax.signum() == 0 ? applicable : applicable.subtract(pendingMax);
        return new Subtotal(achieved, maxPoints, applicable, scored, pending, self, difference);
    }
}
