package org.parcheck.app.cli;

import java.util.Locale;
import java.util.function.IntSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parcheck.common.fx.BackgroundExecutor;
import org.parcheck.common.fx.FxBackgroundExecutor;
import org.parcheck.criteria.RuleCodec;
import org.parcheck.report.pdf.PdfWarmUp;

/**
 * A cold report's second core (#18 §2, docs/performance.md "Fourth pass" and "Session 16"). From the moment the
 * command line names {@code report} or {@code export}, while the main thread opens the data folder and checks every
 * row against its seal, a background task initialises what the command needs after that: the rules' JSON readers
 * and, unless the output is a DOCX, the four fonts. Class initialisation and first compilation only: it reads no data
 * and writes nothing, so the output is the same with it or without it
 * ({@code ReportCommandTest.withoutTheWarmUpTheReportIsTheSame}). It no longer starts H2 and jOOQ on a private
 * database: since the command line's model is built in code (D38) the main thread opens the folder 70-110 ms
 * sooner, the two ran at the same time, and on two busy cores the private database's own work cost more than it
 * saved. On by default; {@code -Dparcheck.warmUp=false} leaves it out (to measure it).
 */
final class ReportWarmUp implements AutoCloseable {

    /** The system property that turns the warm-up off ({@code false}). */
    static final String PROPERTY = "parcheck.warmUp";

    private static final Logger LOG = Logger.getLogger(ReportWarmUp.class.getName());

    private final BackgroundExecutor background;

    private ReportWarmUp(BackgroundExecutor background) {
        this.background = background;
    }

    static boolean enabled() {
        return !"false".equalsIgnoreCase(System.getProperty(PROPERTY));
    }

    /**
     * Starts the warm-up when {@code command} (the sub-command {@code args} name) reads data into a document; closing
     * the result waits for it (a finished warm-up: at once) and stops its thread.
     */
    static ReportWarmUp start(String command, String[] args) {
        if (!enabled() || !("report".equals(command) || "export".equals(command))) {
            return new ReportWarmUp(null);
        }
        boolean fonts = "report".equals(command) && !namesDocx(args);
        BackgroundExecutor background = new FxBackgroundExecutor(Runnable::run);
        background.run(() -> run(fonts)).start();
        return new ReportWarmUp(background);
    }

    /** Whether the arguments ask for a DOCX ({@code --format docx}, {@code --out x.docx}): no fonts then. */
    static boolean namesDocx(String[] args) {
        for (String arg : args) {
            if (arg.toLowerCase(Locale.ROOT).endsWith("docx")) {
                return true;
            }
        }
        return false;
    }

    /** Runs every step; a step that fails is logged and costs the report nothing but its own time later. */
    static int run(boolean fonts) {
        int steps = 0;
        steps += step("rules", RuleCodec::warmUp);
        if (fonts) {
            steps += step("fonts", PdfWarmUp::run);
        }
        return steps;
    }

    private static int step(String name, IntSupplier work) {
        try {
            work.getAsInt();
            return 1;
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.FINE, "Warm-up of " + name + " failed; the command does it itself", e);
            return 0;
        }
    }

    @Override
    public void close() {
        if (background != null) {
            background.shutdown();
        }
    }
}
