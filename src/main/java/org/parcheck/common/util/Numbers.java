package org.parcheck.common.util;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Numbers as Vietnamese officials write them, read and written by one rule (docs/guide/numbers.md).
 *
 * <p>Reading ({@link #parse(String)}):
 * <ul>
 * <li>"1.200" = 1200, "1.200.000" = 1200000: a dot followed by exactly three digits (after one to three leading
 * digits, not "0") groups thousands, as in the biên bản;</li>
 * <li>"1,5" = 1.5, "0,70" = 0.7: the comma is the decimal mark;</li>
 * <li>"1.200,5" = 1200.5 (and "1,200.5" = 1200.5): with both marks, the last one is the decimal mark;</li>
 * <li>"1 200" and "1&nbsp;200" (no-break space) = 1200: spaces group thousands;</li>
 * <li>"1.5", "1.25", "0.500" = 1.5, 1.25, 0.5: a dot not followed by exactly three digits is a decimal point typed
 * by English habit;</li>
 * <li>"1,200" = 1.2 (the Vietnamese reading; screens show the value as understood, "= 1,2", so a misreading is
 * visible);</li>
 * <li>anything else ("1.2.3,4,5", "52o", "1 5", "1e3") is refused.</li>
 * </ul>
 */
public final class Numbers {

    /** Vietnamese, the default language of the app. */
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final Pattern ALLOWED = Pattern.compile("[0-9., ]+");
    private static final Pattern DIGITS = Pattern.compile("\\d*");
    private static final Pattern LEAD_GROUP = Pattern.compile("[1-9]\\d{0,2}");
    private static final int GROUP = 3;

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
     * Parses a number typed by a user or found in a text cell, by the rule in the class comment. Returns null for
     * blank text; throws {@link NumberFormatException} for anything else that is not a number.
     */
    public static BigDecimal parse(String text) {
        if (text == null) {
            return null;
        }
        String s = text.replace('\u00a0', ' ').replace('\u202f', ' ').replace('\u2007', ' ')
                .replace('\u2009', ' ').strip();
        if (s.isEmpty()) {
            return null;
        }
        boolean negative = false;
        char first = s.charAt(0);
        if (first == '-' || first == '+' || first == '\u2212') {
            negative = first != '+';
            s = s.substring(1).strip();
        }
        if (!ALLOWED.matcher(s).matches()) {
            throw new NumberFormatException("not a number: " + text);
        }
        int dots = count(s, '.');
        int commas = count(s, ',');
        String whole;
        String fraction = "";
        char group;
        if (dots > 0 && commas > 0) {
            char mark = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.';
            if (count(s, mark) != 1) {
                throw new NumberFormatException("two decimal marks: " + text);
            }
            group = mark == ',' ? '.' : ',';
            whole = s.substring(0, s.indexOf(mark));
            fraction = s.substring(s.indexOf(mark) + 1);
        } else if (dots + commas == 0) {
            group = ' ';
            whole = s;
        } else {
            char mark = dots > 0 ? '.' : ',';
            int at = s.indexOf(mark);
            String before = s.substring(0, at);
            String after = s.substring(at + 1);
            boolean thousands = dots + commas > 1
                    || mark == '.' && after.length() == GROUP && DIGITS.matcher(after).matches()
                    && LEAD_GROUP.matcher(before).matches();
            group = mark;
            if (thousands) {
                whole = s;
            } else {
                whole = before;
                fraction = after;
            }
        }
        String digits = grouped(whole, group, text);
        if (!DIGITS.matcher(fraction).matches() || digits.isEmpty() && fraction.isEmpty()) {
            throw new NumberFormatException("not a number: " + text);
        }
        BigDecimal value = new BigDecimal((digits.isEmpty() ? "0" : digits)
                + (fraction.isEmpty() ? "" : "." + fraction));
        return plain(negative ? value.negate() : value);
    }

    /** The digits of a whole part: plain digits, or groups of three after the first, separated by one mark. */
    private static String grouped(String whole, char group, String text) {
        if (DIGITS.matcher(whole).matches()) {
            return whole;
        }
        String[] parts = whole.split("[ " + Pattern.quote(String.valueOf(group)) + "]", -1);
        if (parts.length < 2 || !LEAD_GROUP.matcher(parts[0]).matches()) {
            throw new NumberFormatException("bad grouping: " + text);
        }
        StringBuilder digits = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            if (!parts[i].matches("\\d{3}")) {
                throw new NumberFormatException("bad grouping: " + text);
            }
            digits.append(parts[i]);
        }
        return digits.toString();
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    /**
     * A number in the stored, canonical form ("1200", "0.125", as {@link BigDecimal#toPlainString()} writes it),
     * never grouped: "1.125" stored is 1.125, not 1125. A decimal comma from older data is accepted. Throws
     * {@link NumberFormatException} when the text is not such a number; null for null or blank.
     */
    public static BigDecimal stored(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return plain(new BigDecimal(text.strip().replace(',', '.')));
    }

    /** The number as a user types it in Vietnamese: decimal comma, no grouping ("0,5", "12", "1200"). */
    public static String format(BigDecimal value) {
        return value == null ? "" : plain(value).toPlainString().replace('.', ',');
    }

    /**
     * The value as understood, every decimal kept, thousands grouped: "1.200", "1.200,5", "1,2" in Vietnamese;
     * "1,200", "1,200.5", "1.2" in English. Shown beside a typed number so that a misreading is visible.
     */
    public static String display(BigDecimal value, Locale locale) {
        return value == null ? "" : written(plain(value), locale);
    }

    /**
     * Points as ParCheck shows them everywhere (screens, biên bản, plan summary, workbook text): whole numbers
     * without decimals ("1", "12"), otherwise exactly two decimals, half-up ("0,70", "1,50" in Vietnamese;
     * "0.70" in English); a value that rounds to zero is "0", never "−0" or "-0,00".
     */
    public static String points(BigDecimal value, Locale locale) {
        if (value == null) {
            return "";
        }
        BigDecimal rounded = value.setScale(2, RoundingMode.HALF_UP);
        if (rounded.signum() == 0) {
            return "0";
        }
        BigDecimal whole = rounded.stripTrailingZeros();
        return written(whole.scale() <= 0 ? whole.setScale(0) : rounded, locale);
    }

    /** Points in Vietnamese. */
    public static String points(BigDecimal value) {
        return points(value, VIETNAMESE);
    }

    private static String written(BigDecimal value, Locale locale) {
        boolean english = locale != null && "en".equals(locale.getLanguage());
        char groupMark = english ? ',' : '.';
        char decimalMark = english ? '.' : ',';
        String text = value.abs().toPlainString();
        int point = text.indexOf('.');
        String whole = point < 0 ? text : text.substring(0, point);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % GROUP == 0) {
                out.append(groupMark);
            }
            out.append(whole.charAt(i));
        }
        if (point >= 0) {
            out.append(decimalMark).append(text, point + 1, text.length());
        }
        return (value.signum() < 0 ? "-" : "") + out;
    }
}
