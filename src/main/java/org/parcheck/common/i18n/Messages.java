package org.parcheck.common.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * User-visible text for one language. Bundles live in {@code org/parcheck/i18n/messages_*.properties} (UTF-8);
 * Vietnamese is the default. Parameters use {@link MessageFormat} {@code {0}}.
 */
public final class Messages {

    public static final String BUNDLE = "org.parcheck.i18n.messages";
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    public static final Locale ENGLISH = Locale.forLanguageTag("en-GB");
    public static final List<Locale> SUPPORTED = List.of(VIETNAMESE, ENGLISH);

    private final Locale locale;
    private final ResourceBundle bundle;

    public Messages(Locale locale) {
        this.locale = supported(locale);
        this.bundle = ResourceBundle.getBundle(BUNDLE, this.locale, NO_FALLBACK);
    }

    /** Maps any locale to a supported one (Vietnamese unless the language is English). */
    public static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : VIETNAMESE;
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /** The text for {@code key}; a missing key shows as {@code !key!} rather than failing the screen. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        if (args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
}
