package org.parcheck.scoring.explain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.Format;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Formats {@link Explanation}s with the {@code explanations} bundles (Vietnamese by default, English for any
 * {@code en} locale). Numbers follow the locale: "1.068" and "86,52%" in Vietnamese, "1,068" and "86.52%" in
 * English, rounded half-up to at most two decimals. Pure Java; not thread-safe only in the sense that it is
 * cheap to create one per thread.
 */
public final class ExplanationFormatter {

    /** Base name of the explanation bundles. */
    public static final String BUNDLE = "org.parcheck.i18n.explanations";
    /** Prefix of every explanation key in the bundles. */
    public static final String KEY_PREFIX = "scoring.explanation.";
    /** Vietnamese, the default language. */
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    /** Suffix of the keys used instead when figure names are known ({@link #withFigureNames(Map)}). */
    static final String NAMED_SUFFIX = ".named";

    private final Locale locale;
    private final ResourceBundle bundle;
    private final Map<String, String> figureNames;

    /** A formatter for the given locale: English when its language is {@code en}, otherwise Vietnamese. */
    public ExplanationFormatter(Locale locale) {
        this(locale, Map.of());
    }

    private ExplanationFormatter(Locale locale, Map<String, String> figureNames) {
        this.locale = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : VIETNAMESE;
        this.bundle = ResourceBundle.getBundle(BUNDLE, this.locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.figureNames = Map.copyOf(figureNames);
    }

    /**
     * A formatter that shows figures by their names, as users know them, where explanations carry their codes
     * ("Hồ sơ tiếp nhận trực tuyến (2.000) lớn hơn Hồ sơ tiếp nhận (1.081)" rather than "receivedOnline = 2.000 lớn
     * hơn received = 1.081"): a text argument that is a figure code, or codes joined by " + ", becomes the names,
     * and a message with a {@code .named} variant in the bundle uses it (without the code in parentheses).
     *
     * @param names figure name by figure code (figures without a name are left out)
     */
    public ExplanationFormatter withFigureNames(Map<String, String> names) {
        return new ExplanationFormatter(locale, names);
    }

    /** The locale actually used (vi or en). */
    public Locale locale() {
        return locale;
    }

    /**
     * The localised text. Plain {@code {n}} placeholders with a number get {@link #number(BigDecimal)}; explicit
     * number formats in the bundle (e.g. {@code {2,number,#,##0.00%}} for a fraction) are rounded half-up.
     * An unknown code or unusable arguments yield the code and arguments, so that nothing is ever lost.
     */
    public String format(Explanation explanation) {
        String pattern;
        try {
            String key = KEY_PREFIX + explanation.code();
            pattern = !figureNames.isEmpty() && bundle.containsKey(key + NAMED_SUFFIX)
                    ? bundle.getString(key + NAMED_SUFFIX) : bundle.getString(key);
        } catch (MissingResourceException e) {
            return fallback(explanation);
        }
        MessageFormat messageFormat = new MessageFormat(pattern, locale);
        Format[] formats = messageFormat.getFormats();
        for (Format format : formats) {
            if (format instanceof DecimalFormat decimal) {
                decimal.setRoundingMode(RoundingMode.HALF_UP);
            }
        }
        messageFormat.setFormats(formats);
        Format[] byArgument = messageFormat.getFormatsByArgumentIndex();
        List<Object> args = explanation.args();
        Object[] values = new Object[args.size()];
        for (int i = 0; i < values.length; i++) {
            Object arg = args.get(i);
            boolean plain = i >= byArgument.length || byArgument[i] == null;
            if (arg instanceof Explanation nested) {
                values[i] = format(nested);
            } else if (plain && arg instanceof BigDecimal decimal) {
                values[i] = isPoints(pattern, i) ? points(decimal) : number(decimal);
            } else if (plain && (arg instanceof Integer || arg instanceof Long)) {
                values[i] = number(BigDecimal.valueOf(((Number) arg).longValue()));
            } else if (arg instanceof String text && !figureNames.isEmpty()) {
                values[i] = named(text);
            } else {
                values[i] = arg;
            }
        }
        try {
            return messageFormat.format(values);
        } catch (IllegalArgumentException e) {
            return fallback(explanation);
        }
    }

    /** A figure code, or codes joined by " + ", as names; any other text as it is. */
    private String named(String text) {
        String name = figureNames.get(text);
        if (name != null) {
            return name;
        }
        if (!text.contains(" + ")) {
            return text;
        }
        String[] parts = text.split(" \\+ ");
        for (int i = 0; i < parts.length; i++) {
            String part = figureNames.get(parts[i]);
            if (part == null) {
                return text;
            }
            parts[i] = part;
        }
        return String.join(" + ", parts);
    }

    private static String fallback(Explanation explanation) {
        return explanation.code() + explanation.args();
    }

    /**
     * Whether argument {@code index} of {@code pattern} is points: written "{i}/…", "…/{i}" or "{i} điểm" ("{i}
     * point(s)"), as the point messages are. Points then read as everywhere else (#16 §1: "0,50/1 điểm", not "0,5/1
     * điểm"); other numbers (counts, ratios) keep {@link #number(BigDecimal)}.
     */
    static boolean isPoints(String pattern, int index) {
        String placeholder = "{" + index + "}";
        for (int at = pattern.indexOf(placeholder); at >= 0; at = pattern.indexOf(placeholder, at + 1)) {
            String after = pattern.substring(at + placeholder.length());
            String before = pattern.substring(0, at);
            if (after.startsWith("/") || before.endsWith("/") || after.startsWith(" điểm")
                    || after.startsWith(" point")) {
                return true;
            }
        }
        return false;
    }

    /** A number with grouping and at most two decimals, half-up ("1.068", "0,5" in Vietnamese). */
    public String number(BigDecimal value) {
        return decimalFormat("#,##0.##").format(value);
    }

    /**
     * Points as shown everywhere: whole numbers without decimals ("1"), otherwise two decimals, half-up ("0,70",
     * "1,50" in Vietnamese); never "−0". The same rule as {@code common.util.Numbers.points}, written here with the
     * JDK alone because scoring depends on nothing else (ScoringPurityTest).
     */
    public String points(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal rounded = value.setScale(2, RoundingMode.HALF_UP);
        if (rounded.signum() == 0) {
            return "0";
        }
        boolean whole = rounded.stripTrailingZeros().scale() <= 0;
        return decimalFormat(whole ? "#,##0" : "#,##0.00").format(rounded);
    }

    /** A percent number (86.5168…) with exactly two decimals, half-up, and a percent sign ("86,52%"). */
    public String percent(BigDecimal percent) {
        return decimalFormat("#,##0.00").format(percent) + "%";
    }

    private DecimalFormat decimalFormat(String pattern) {
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(locale));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }
}
