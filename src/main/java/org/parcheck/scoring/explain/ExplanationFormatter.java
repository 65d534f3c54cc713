package org.parcheck.scoring.explain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.Format;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
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

    private final Locale locale;
    private final ResourceBundle bundle;

    /** A formatter for the given locale: English when its language is {@code en}, otherwise Vietnamese. */
    public ExplanationFormatter(Locale locale) {
        this.locale = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : VIETNAMESE;
        this.bundle = ResourceBundle.getBundle(BUNDLE, this.locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
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
            pattern = bundle.getString(KEY_PREFIX + explanation.code());
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
                values[i] = number(decimal);
            } else if (plain && (arg instanceof Integer || arg instanceof Long)) {
                values[i] = number(BigDecimal.valueOf(((Number) arg).longValue()));
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

    private static String fallback(Explanation explanation) {
        return explanation.code() + explanation.args();
    }

    /** A number with grouping and at most two decimals, half-up ("1.068", "0,5" in Vietnamese). */
    public String number(BigDecimal value) {
        return decimalFormat("#,##0.##").format(value);
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
