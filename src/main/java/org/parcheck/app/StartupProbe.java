package org.parcheck.app;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;

/**
 * Start-up measurement for the benchmark scripts: with {@code -Dparcheck.startupProbe=exit} (or {@code stay})
 * ParCheck prints the milliseconds since JVM start when the window is shown (its first frame, D30), when its shell
 * is shown (navigation and status bar, {@code PARCHECK_SHELL_SHOWN_MS}) and when the database is ready,
 * and with {@code exit} quits once the database is ready; on Linux also the CPU time the whole process has used
 * until the window is shown ({@code PARCHECK_WINDOW_SHOWN_CPU_MS}) and until its shell is
 * ({@code PARCHECK_SHELL_SHOWN_CPU_MS}): user + system of all its threads, read from {@code /proc/self/stat}; the
 * figure to compare on a loaded machine, where the wall time mostly measures the wait for a core). Off by default.
 * It prints to the stream {@link Main} hands in ({@link #printTo}): only {@code Main} and the command line write to
 * the console.
 */
final class StartupProbe {

    private static volatile PrintStream out;

    private StartupProbe() {
    }

    /** Where the probe prints its lines (standard output, from {@link Main}). */
    static void printTo(PrintStream stream) {
        out = stream;
    }

    /** The window's first frame is shown (D30: before its shell). */
    static void windowShown() {
        print("PARCHECK_WINDOW_SHOWN");
    }

    /** The shell (navigation, status bar) has been laid out in the window and is drawn in this pulse. */
    static void shellShown() {
        print("PARCHECK_SHELL_SHOWN");
    }

    private static void print(String prefix) {
        PrintStream stream = out;
        if (!mode().isEmpty() && stream != null) {
            long uptime = uptime();
            long cpu = processCpuMillis();
            if (cpu >= 0) {
                stream.println(prefix + "_CPU_MS=" + cpu);
            }
            stream.println(prefix + "_MS=" + uptime);
        }
    }

    static void databaseReady() {
        PrintStream stream = out;
        if (!mode().isEmpty() && stream != null) {
            stream.println("PARCHECK_DATABASE_READY_MS=" + uptime());
            stream.flush();
        }
        if ("exit".equals(mode())) {
            Platform.exit();
        }
    }

    /**
     * User + system CPU time of this process in ms from {@code /proc/self/stat} (fields 14 and 15, in clock ticks of
     * 1/100 s, Linux's USER_HZ), or -1 where there is no such file.
     */
    static long processCpuMillis() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            // the command name (field 2) is in parentheses and may hold spaces: count from the last ')'
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static String mode() {
        return System.getProperty("parcheck.startupProbe", "");
    }

    private static long uptime() {
        return ManagementFactory.getRuntimeMXBean().getUptime();
    }
}
