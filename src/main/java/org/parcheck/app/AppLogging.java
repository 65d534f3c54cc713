package org.parcheck.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/** Logging to {@code logs/parcheck0.log} in the data folder (rotating, 1 MB × 5), through java.util.logging. */
public final class AppLogging {

    private static FileHandler handler;
    /**
     * H2's messages (through SLF4J): at INFO H2 traces every SQL statement with its parameters, so the log would carry
     * the data itself (unit names, findings); only its warnings and errors are kept (#19: no content in the log).
     * Held here: java.util.logging keeps loggers only weakly, and with them their level.
     */
    private static final Logger H2 = Logger.getLogger("h2database");

    private AppLogging() {
    }

    public static Path logFile(Path dataDir) {
        return dataDir.resolve("logs").resolve("parcheck0.log");
    }

    /**
     * For a command-line run: logs to the same {@code logs/} folder of the data folder as the window does, until the
     * returned handle is closed (so that "details are in ParCheck's log" is true for the command line too). The
     * console keeps showing warnings only; the file gets INFO and above. A failure leaves the console only.
     */
    public static CommandLog command(Path dataDir) {
        System.setProperty("java.util.logging.SimpleFormatter.format",
                "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
        Logger root = Logger.getLogger("");
        Level rootLevel = root.getLevel();
        if (rootLevel == null || rootLevel.intValue() > Level.INFO.intValue()) {
            root.setLevel(Level.INFO);
        }
        Logger.getLogger("org.flywaydb").setLevel(Level.WARNING);
        Logger.getLogger("org.jooq").setLevel(Level.WARNING);
        H2.setLevel(Level.WARNING);
        Map<Handler, Level> console = new HashMap<>();
        try {
            Path file = logFile(dataDir);
            Files.createDirectories(file.getParent());
            FileHandler fileHandler = new FileHandler(file.toString().replace("parcheck0.log", "parcheck%g.log"),
                    1_000_000, 5, true);
            fileHandler.setEncoding("UTF-8");
            fileHandler.setFormatter(new SimpleFormatter());
            fileHandler.setLevel(Level.INFO);
            // the details go to the file; the command prints its own one-line message, never a stack trace
            for (Handler h : root.getHandlers()) {
                if (h instanceof ConsoleHandler) {
                    console.put(h, h.getLevel());
                    h.setLevel(Level.OFF);
                }
            }
            root.addHandler(fileHandler);
            return new CommandLog(file, fileHandler, console, rootLevel);
        } catch (IOException | RuntimeException e) {
            for (Handler h : root.getHandlers()) {
                if (h instanceof ConsoleHandler && h.getLevel().intValue() < Level.WARNING.intValue()) {
                    console.put(h, h.getLevel());
                    h.setLevel(Level.WARNING);
                }
            }
            Logger.getLogger(AppLogging.class.getName()).warning("No log file: " + e.getMessage());
            return new CommandLog(logFile(dataDir), null, console, rootLevel);
        }
    }

    /** The log file of one command-line run; closing it detaches it and gives the console back its levels. */
    public static final class CommandLog implements AutoCloseable {
        private final Path file;
        private final FileHandler fileHandler;
        private final Map<Handler, Level> console;
        private final Level rootLevel;

        CommandLog(Path file, FileHandler fileHandler, Map<Handler, Level> console, Level rootLevel) {
            this.file = file;
            this.fileHandler = fileHandler;
            this.console = console;
            this.rootLevel = rootLevel;
        }

        public Path file() {
            return file;
        }

        @Override
        public void close() {
            Logger root = Logger.getLogger("");
            if (fileHandler != null) {
                root.removeHandler(fileHandler);
                fileHandler.close();
            }
            console.forEach(Handler::setLevel);
            if (rootLevel != null) {
                root.setLevel(rootLevel);
            }
        }
    }

    /** Adds the file handler once; a failure leaves logging on the console only. */
    public static synchronized void configure(Path dataDir) {
        if (handler != null) {
            return;
        }
        System.setProperty("java.util.logging.SimpleFormatter.format",
                "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
        try {
            Path file = logFile(dataDir);
            Files.createDirectories(file.getParent());
            handler = new FileHandler(file.toString().replace("parcheck0.log", "parcheck%g.log"), 1_000_000, 5, true);
            handler.setEncoding("UTF-8");
            handler.setFormatter(new SimpleFormatter());
            handler.setLevel(Level.INFO);
            Logger root = Logger.getLogger("");
            root.addHandler(handler);
            Logger.getLogger("org.flywaydb").setLevel(Level.WARNING);
            Logger.getLogger("org.jooq").setLevel(Level.WARNING);
            H2.setLevel(Level.WARNING);
        } catch (IOException e) {
            Logger.getLogger(AppLogging.class.getName()).warning("No log file: " + e.getMessage());
        }
    }
}
