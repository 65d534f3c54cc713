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

    /**
     * Parses a number typed by a user: either "," or "." as the decimal mark ("0,5" = "0.5"), surrounding blanks
     * ignored. Returns null for blank text; throws {@link NumberFormatException} for anything else that is not a
     * number.
     */
    public static BigDecimal parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip().replace('\u00a0', ' ').replace(" ", "");
        if (s.indexOf(',') >= 0 && s.indexOf('.') < 0) {
            s = s.replace(',', '.');
        }
        return plain(new BigDecimal(s));
    }

    /** The number as a user types it in Vietnamese: decimal comma, no grouping ("0,5", "12"). */
    public static String format(BigDecimal value) {
        return value == null ? "" : plain(value).toPlainString().replace('.', ',');
    }
}
