package org.parcheck.app.cli;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.parcheck.common.fx.BackgroundExecutor;
import org.parcheck.criteria.RuleCodec;
import org.parcheck.persistence.JooqWarmUp;
import org.parcheck.report.pdf.PdfWarmUp;

/**
 * A cold report command's second core (#18 §2, docs/performance.md "Fourth pass"): while the main thread opens the
 * data folder and checks every row against its seal, a background task initialises what the report needs next and
 * what costs a cold process most after that: jOOQ's data types ({@link JooqWarmUp}), the rules' JSON readers
 * ({@link RuleCodec#warmUp}) and, for a PDF, the four fonts ({@link PdfWarmUp}). Class initialisation only: it
 * reads no data and writes nothing, so the report is the same with it or without it
 * ({@code ReportCommandTest.withoutTheWarmUpTheReportIsTheSame}). On by default; {@code -Dparcheck.warmUp=false}
 * leaves it out (to measure it).
 */
final class ReportWarmUp {

    /** The system property that turns the warm-up off ({@code false}). */
    static final String PROPERTY = "parcheck.warmUp";

    private static final Logger LOG = Logger.getLogger(ReportWarmUp.class.getName());

    private ReportWarmUp() {
    }

    static boolean enabled() {
        return !"false".equalsIgnoreCase(System.getProperty(PROPERTY));
    }

    /** Starts the warm-up on {@code background}; {@code pdf}: the fonts too. */
    static void start(BackgroundExecutor background, boolean pdf) {
        background.run(() -> run(pdf)).start();
    }

    /** Runs every step; a step that fails is logged and costs the report nothing but its own time later. */
    static int run(boolean pdf) {
        int steps = 0;
        steps += step("jOOQ", JooqWarmUp::run);
        steps += step("rules", RuleCodec::warmUp);
        if (pdf) {
            steps += step("fonts", PdfWarmUp::run);
        }
        return steps;
    }

    private static int step(String name, java.util.function.IntSupplier work) {
        try {
            work.getAsInt();
            return 1;
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.FINE, "Warm-up of " + name + " failed; the report does it itself", e);
            return 0;
        }
    }
}
