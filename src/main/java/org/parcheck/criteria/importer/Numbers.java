package org.parcheck.criteria.importer;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The importer's stricter reading of numbers as office workers type them: a decimal comma or a decimal dot
 * ("0,5" and "0.5"), no thousands separators, optional spaces and sign. The canonical form and the writing (with a
 * decimal comma, as Vietnamese does) come from the shared {@link org.parcheck.common.util.Numbers}.
 */
final class Numbers {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)");

    private Numbers() {
    }

    /** The number the text states, or null when it is not a plain decimal number. */
    static BigDecimal parse(String text) {
        if (text == null) {
            return null;
        }
        String compact = text.replace(" ", "").replace("\u00A0", "");
        if (!DECIMAL.matcher(compact).matches()) {
            return null;
        }
        String plain = compact.replace(',', '.');
        if (plain.endsWith(".")) {
            plain = plain.substring(0, plain.length() - 1);
        }
        return canonical(new BigDecimal(plain));
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
