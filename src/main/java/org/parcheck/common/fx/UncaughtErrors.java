package org.parcheck.common.fx;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Last line of defence: an unexpected error is logged once and handed to the UI, which shows a localised
 * message (never a stack trace). The app installs the UI handler at start-up.
 */
public final class UncaughtErrors {

    private static final Logger LOG = Logger.getLogger(UncaughtErrors.class.getName());
    private static volatile Consumer<Throwable> handler = error -> { };

    private UncaughtErrors() {
    }

    public static void setHandler(Consumer<Throwable> uiHandler) {
        handler = Objects.requireNonNull(uiHandler);
    }

    public static void report(Throwable error) {
        LOG.log(Level.SEVERE, "Unexpected error", error);
        handler.accept(error);
    }
}
