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
 *
 * <p>A second step starts once the toolkit runs, as the window's first step ({@link #startFirstFrame}): it builds the
 * first frame's content once on its own thread and measures it, and so sets up JavaFX's text and its default font,
 * which the first frame's "ParCheck — đang mở…" needs (#18 §2, docs/performance.md "Session 11": creating the first
 * {@code Text} took 25–40 ms on the JavaFX thread, which an empty window does not pay; the gain measured is smaller,
 * 5–14 ms, as the two threads share two cores). Meanwhile the JavaFX thread reads the data folder, its lock and
 * settings. JavaFX allows nodes to be made and measured on any thread until they are in a showing window; this content
 * never is.
 * {@code -Dparcheck.warmUp=false} leaves both steps out (to measure them).
 */
final class WindowWarmUp implements Runnable {

    private final boolean firstFrame;

    private WindowWarmUp(boolean firstFrame) {
        this.firstFrame = firstFrame;
    }

    /** Starts the warm-up on a daemon thread, which ends by itself; null when it is turned off. */
    static Thread start() {
        return on() ? FxBackgroundExecutor.startDaemon("parcheck-warm-up", new WindowWarmUp(false)) : null;
    }

    /** Starts the second step (call once the JavaFX toolkit runs) on a daemon thread; null when it is turned off. */
    static Thread startFirstFrame() {
        return on() ? FxBackgroundExecutor.startDaemon("parcheck-warm-up-frame", new WindowWarmUp(true)) : null;
    }

    private static boolean on() {
        return !"false".equalsIgnoreCase(System.getProperty("parcheck.warmUp"));
    }

    @Override
    public void run() {
        try {
            if (firstFrame) {
                warmFirstFrame();
            } else {
                warm();
            }
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

    /**
     * The second step's work: the first frame's content, made and measured off the JavaFX thread and then dropped;
     * returns its preferred width (which lays out its text in the default font), for tests.
     */
    static double warmFirstFrame() {
        return FirstFrame.content(new Messages(Messages.VIETNAMESE)).prefWidth(-1);
    }
}
