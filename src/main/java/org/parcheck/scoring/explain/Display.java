package org.parcheck.scoring.explain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The only place where scores are rounded: two decimals, half-up, for display. */
public final class Display {

    private Display() {
    }

    /** {@code value} rounded half-up to two decimals; null stays null. */
    public static BigDecimal round2(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }

    /** A fraction (0.865168…) as a percent number rounded for display (86.52). */
    public static BigDecimal fractionAsPercent(BigDecimal fraction) {
        return fraction == null ? null : round2(fraction.movePointRight(2));
    }
}
