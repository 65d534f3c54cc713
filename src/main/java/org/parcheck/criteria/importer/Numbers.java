package org.parcheck.criteria.importer;

import java.math.BigDecimal;

/**
 * The importer's reading of numbers in text cells: the one rule of {@link org.parcheck.common.util.Numbers#parse}
 * ("1.200" = 1200, "1.200,5" = 1200.5, "1 200" = 1200, "0,5" = "0.5" = 0.5). Numeric cells are numbers already.
 * The canonical form and the writing (with a decimal comma, as Vietnamese does) come from the same class.
 */
final class Numbers {

    private Numbers() {
    }

    /** The number the text states, or null when it is blank or not a number. */
    static BigDecimal parse(String text) {
        try {
            return org.parcheck.common.util.Numbers.parse(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The number without trailing zeros and never in exponent form: 1.50 → 1.5, 100.0 → 100. */
    static BigDecimal canonical(BigDecimal value) {
        return org.parcheck.common.util.Numbers.plain(value);
    }

    /** "0,5", "100", "-2,25": the canonical number with a decimal comma. */
    static String format(BigDecimal value) {
        return org.parcheck.common.util.Numbers.format(value);
    }

    /** Whether a spreadsheet number cell (a double) holds the value exactly. */
    static boolean fitsDouble(BigDecimal value) {
        double d = value.doubleValue();
        return !Double.isInfinite(d) && BigDecimal.valueOf(d).compareTo(value) == 0;
    }
}
