package org.parcheck.app;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import javafx.application.Platform;

/**
 * Start-up measurement for the benchmark scripts: with {@code -Dparcheck.startupProbe=exit} (or {@code stay})
 * ParCheck prints the milliseconds since JVM start when the window is shown and when the database is ready,
 * and with {@code exit} quits once the database is ready. Off by default. It prints to the stream {@link Main} hands
 * in ({@link #printTo}): only {@code Main} and the command line write to the console.
 */
final class StartupProbe {

    private static final String MODE = System.getProperty("parcheck.startupProbe", "");

    private static volatile PrintStream out;

    private StartupProbe() {
    }

    /** Where the probe prints its lines (standard output, from {@link Main}). */
    static void printTo(PrintStream stream) {
        out = stream;
    }

    static void windowShown() {
        PrintStream stream = out;
        if (!MODE.isEmpty() && stream != null) {
            stream.println("PARCHECK_WINDOW_SHOWN_MS=" + uptime());
        }
    }

    static void databaseReady() {
        PrintStream stream = out;
        if (!MODE.isEmpty() && stream != null) {
            stream.println("PARCHECK_DATABASE_READY_MS=" + uptime());
            stream.flush();
        }
        if ("exit".equals(MODE)) {
            Platform.exit();
        }
    }

    private static long uptime() {
        return ManagementFactory.getRuntimeMXBean().getUptime();
    }
}
