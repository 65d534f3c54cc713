package org.parcheck.app;

import java.lang.management.ManagementFactory;
import javafx.application.Platform;

/**
 * Start-up measurement for the benchmark scripts: with {@code -Dparcheck.startupProbe=exit} (or {@code stay})
 * ParCheck prints the milliseconds since JVM start when the window is shown and when the database is ready,
 * and with {@code exit} quits once the database is ready. Off by default.
 */
final class StartupProbe {

    private static final String MODE = System.getProperty("parcheck.startupProbe", "");

    private StartupProbe() {
    }

    static void windowShown() {
        if (!MODE.isEmpty()) {
            System.out.println("PARCHECK_WINDOW_SHOWN_MS=" + uptime());
        }
    }

    static void databaseReady() {
        if (!MODE.isEmpty()) {
            System.out.println("PARCHECK_DATABASE_READY_MS=" + uptime());
            System.out.flush();
            if ("exit".equals(MODE)) {
                Platform.exit();
            }
        }
    }

    private static long uptime() {
        return ManagementFactory.getRuntimeMXBean().getUptime();
    }
}
