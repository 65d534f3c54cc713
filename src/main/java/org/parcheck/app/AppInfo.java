package org.parcheck.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Properties;
import org.parcheck.persistence.Database;

/** Facts shown in About: version and where the data lives. */
public record AppInfo(String version, Path dataDir, Path databaseFile, Path logFile) {

    /**
     * The window builds this before its first frame: the database file's name is {@link Database#fileIn}'s, written
     * with the constant so that the {@code Database} class (and with it jOOQ, whose jar is looked up behind every
     * library jar before it on the class path) is not loaded before the window is shown (docs/performance.md,
     * "Start-up").
     */
    public static AppInfo of(Path dataDir) {
        return new AppInfo(readVersion(), dataDir, dataDir.toAbsolutePath().resolve(Database.FILE_NAME),
                AppLogging.logFile(dataDir));
    }

    /** The version the build wrote into {@code version.properties}, or "?". */
    public static String readVersion() {
        Properties properties = new Properties();
        try (InputStream in = AppInfo.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return "?";
        }
        return properties.getProperty("version", "?");
    }
}
