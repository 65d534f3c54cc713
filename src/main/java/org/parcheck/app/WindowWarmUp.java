package org.parcheck.app;

import java.util.logging.LogManager;
import org.parcheck.common.fx.BackgroundExecutor;
import org.parcheck.common.fx.FxBackgroundExecutor;
import org.parcheck.common.i18n.Messages;

/**
 * The window's second core before its first frame (#18 §2, docs/performance.md "Session 8"). While the JavaFX
 * launcher thread starts the toolkit (about 150 ms in which the second core is mostly idle), a background task does
 * the two things {@link ParCheckApp} needs first and a cold process pays most for: it starts java.util.logging, which
 * makes the JDK look for a {@code System.LoggerFinder} in every jar of the class path (34 jars, each opened to read
 * its directory), and it reads the Vietnamese messages bundle, which {@code ResourceBundle} then keeps for the window.
 * It reads nothing from the data folder and writes nothing; if the window gets there first, it does the same work
 * itself. {@code -Dparcheck.warmUp=false} leaves it out (to measure it).
 */
final class WindowWarmUp {

    private WindowWarmUp() {
    }

    /** Starts the warm-up; shut the result down when the window has closed (a finished warm-up: at once). */
    static BackgroundExecutor start() {
        BackgroundExecutor background = new FxBackgroundExecutor(Runnable::run);
        if (!"false".equalsIgnoreCase(System.getProperty("parcheck.warmUp"))) {
            background.run(WindowWarmUp::run).start();
        }
        return background;
    }

    /** The work itself; returns the messages read, for tests. */
    static Messages run() {
        LogManager.getLogManager();
        return new Messages(Messages.VIETNAMESE);
    }
}
