package org.parcheck.common.util;

import java.math.BigDecimal;

/** Number helpers. */
public final class Numbers {

    private Numbers() {
    }

    /**
     * The value without trailing zeros and never in exponent form: 2.0000 → 2, 90.00 → 90, 0.50 → 0.5. Values read
     * back from fixed-scale columns or spreadsheets compare equal to the values that were written.
     */
    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
