package org.parcheck.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/** Logging to {@code logs/parcheck0.log} in the data folder (rotating, 1 MB × 5), through java.util.logging. */
public final class AppLogging {

    private static FileHandler handler;

    private AppLogging() {
    }

    public static Path logFile(Path dataDir) {
        return dataDir.resolve("logs").resolve("parcheck0.log");
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
        } catch (IOException e) {
            Logger.getLogger(AppLogging.class.getName()).warning("No log file: " + e.getMessage());
        }
    }
}
