package org.parcheck.scoring;

import java.math.BigDecimal;
import java.math.MathContext;

/** Running sums for one subtotal. */
final class Accumulator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    BigDecimal achieved = BigDecimal.ZERO;
    BigDecimal max = BigDecimal.ZERO;
    BigDecimal applicableMax = BigDecimal.ZERO;
    BigDecimal scoredMax = BigDecimal.ZERO;
    int pending;
    BigDecimal self;
    BigDecimal difference;

    void add(ItemScore item) {
        max = max.add(item.maxPoints());
        applicableMax = applicableMax.add(item.applicableMax());
        switch (item.status()) {
            case SCORED:
                achieved = achieved.add(item.score());
                scoredMax = scoredMax.add(item.maxPoints());
                break;
            case NOT_APPLICABLE:
                break;
            default:
                pending++;
                break;
        }
        if (item.selfScore() != null) {
            self = self == null ? item.selfScore() : self.add(item.selfScore());
        }
        if (item.selfDifference() != null) {
            difference = difference == null ? item.selfDifference() : difference.add(item.selfDifference());
        }
    }

    Subtotal toSubtotal() {
        return new Subtotal(achieved, max, applicableMax, scoredMax, percent(achieved, scoredMax), pending, self,
                difference);
    }

    /** {@code value / of × 100} at full precision, or null when {@code of} is zero. */
    static BigDecimal percent(BigDecimal value, BigDecimal of) {
        return of.signum() == 0 ? null : value.multiply(HUNDRED).divide(of, MathContext.DECIMAL128);
    }
}
