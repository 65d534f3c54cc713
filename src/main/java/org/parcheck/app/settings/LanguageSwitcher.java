package org.parcheck.app.settings;

import java.util.Locale;

/** Switches the user interface to another language, at once and remembered. */
@FunctionalInterface
public interface LanguageSwitcher {
    void switchTo(Locale locale);
}
