package org.parcheck.app;

import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import org.parcheck.app.cli.ConsoleOutput;
import org.parcheck.app.cli.ParCheckCli;

/**
 * Entry point. A plain class (not an {@link Application}) so that JavaFX starts from the classpath (stack.md).
 * No arguments, only {@code --data-dir DIR}, or a {@code .parcheck} file (which opens the import screen once the
 * database is open, {@link LaunchFile}) start the window; anything else is the {@code parcheck} command line
 * ({@link ParCheckCli}: {@code report}, {@code export}, {@code import}, {@code verify}, {@code backup},
 * {@code restore}, {@code --help}, {@code --version}), run headless, exiting with its code. A mistyped command is an
 * error there, never the window.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        quietLibraryLogging();
        if (!LaunchArguments.opensWindow(args)) {
            System.setProperty("java.awt.headless", "true");
            // before logging starts, so that its console handler prints through them too
            System.setOut(ConsoleOutput.forConsole(System.out, ConsoleOutput.of(false)));
            System.setErr(ConsoleOutput.forConsole(System.err, ConsoleOutput.of(true)));
            quietConsole();
            System.exit(new ParCheckCli(System.out, System.err, System.getenv()).run(args));
        }
        if (System.getProperty("prism.order") == null
                && softwareRendering(System.getProperty("os.name", ""), System.getenv("GDK_GL"))) {
            System.setProperty("prism.order", "sw");
        }
        StartupProbe.printTo(System.out);
        WindowWarmUp.start();
        Application.launch(ParCheckApp.class, args);
    }

    /**
     * Whether JavaFX should draw with its software pipeline: on Linux when GTK's OpenGL is switched off
     * ({@code GDK_GL=disable}). The Linux launcher ({@code installer/linux/ParCheck.sh}) sets that when the machine has
     * no GPU, so that neither GTK nor JavaFX loads Mesa's software OpenGL (llvmpipe and libLLVM, about 55 MB resident;
     * docs/performance-figures.md#start-up-and-memory). With a GPU, and on Windows and macOS, JavaFX keeps its
     * hardware pipeline.
     */
    static boolean softwareRendering(String osName, String gdkGl) {
        if (!osName.toLowerCase(Locale.ROOT).startsWith("linux") || gdkGl == null) {
            return false;
        }
        // the words of GDK_GL, split at , : ; and white space, without a regular expression (before the first frame)
        String value = gdkGl.toLowerCase(Locale.ROOT);
        int start = 0;
        for (int i = 0; i <= value.length(); i++) {
            if (i == value.length() || ",:; \t\n\u000B\r\f".indexOf(value.charAt(i)) >= 0) {
                if (value.regionMatches(start, "disable", 0, i - start) && i - start == "disable".length()) {
                    return true;
                }
                start = i + 1;
            }
        }
        return false;
    }

    /** The command line prints warnings only; its log file (AppLogging.command) gets INFO and above. */
    private static void quietConsole() {
        for (java.util.logging.Handler h : Logger.getLogger("").getHandlers()) {
            h.setLevel(Level.WARNING);
        }
    }

    /**
     * POI and PDFBox bring the Log4j and SLF4J APIs without a logging backend; each prints a warning on first use.
     * ParCheck logs through java.util.logging, so both are told to stay silent (unless set on the command line).
     */
    private static void quietLibraryLogging() {
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory",
                    "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        if (System.getProperty("slf4j.provider") == null) {
            System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
            System.setProperty("slf4j.internal.verbosity", "WARN");
        }
    }
}
