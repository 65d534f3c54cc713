package org.parcheck.app;

import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import org.parcheck.common.fx.FxBackgroundExecutor;
import org.parcheck.common.i18n.Messages;

/**
 * The window's second core before its first frame (#18 §2, docs/performance.md "Session 8"). While the JavaFX
 * launcher thread starts the toolkit, a thread of its own does the two things {@link ParCheckApp} needs first and a
 * cold process pays most for: it starts java.util.logging, which makes the JDK look for a {@code System.LoggerFinder}
 * in every jar of the class path (34 jars, each opened to read its directory), and it reads the Vietnamese messages
 * bundle, which {@code ResourceBundle} then keeps for the window. It reads nothing from the data folder and writes
 * nothing; if the window gets there first, it does the same work itself.
 *
 * <p>A plain daemon thread ({@link FxBackgroundExecutor#startDaemon}), not a task of the background executor: setting
 * that up (its pool, tasks and their lambdas) cost the main thread as much time before {@code Application.launch} as
 * the warm-up saved after it. For the same reason this class is a {@link Runnable} and not a lambda.
 * {@code -Dparcheck.warmUp=false} leaves it out (to measure it).
 */
final class WindowWarmUp implements Runnable {

    private WindowWarmUp() {
    }

    /** Starts the warm-up on a daemon thread, which ends by itself; null when it is turned off. */
    static Thread start() {
        if ("false".equalsIgnoreCase(System.getProperty("parcheck.warmUp"))) {
            return null;
        }
        return FxBackgroundExecutor.startDaemon("parcheck-warm-up", new WindowWarmUp());
    }

    @Override
    public void run() {
        try {
            warm();
        } catch (RuntimeException | LinkageError e) {
            Logger.getLogger(WindowWarmUp.class.getName())
                    .log(Level.FINE, "Window warm-up failed; the window does it itself", e);
        }
    }

    /** The work itself; returns the messages read, for tests. */
    static Messages warm() {
        LogManager.getLogManager();
        return new Messages(Messages.VIETNAMESE);
    }
}
