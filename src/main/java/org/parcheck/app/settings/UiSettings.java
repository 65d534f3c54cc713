package org.parcheck.app.settings;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import org.parcheck.app.backup.BackupService;
import org.parcheck.common.i18n.Messages;

/**
 * Preferences needed before the database opens (language, window geometry), kept in
 * {@code settings.properties} in the data folder. Written atomically (temp file + move).
 */
public final class UiSettings {

    private static final Logger LOG = Logger.getLogger(UiSettings.class.getName());
    public static final String FILE_NAME = "settings.properties";

    private final Path file;
    private final Properties values = new Properties();

    private UiSettings(Path file) {
        this.file = file;
    }

    public static UiSettings load(Path dataDir) {
        UiSettings settings = new UiSettings(dataDir.resolve(FILE_NAME));
        if (Files.isRegularFile(settings.file)) {
            try (Reader reader = Files.newBufferedReader(settings.file, StandardCharsets.UTF_8)) {
                settings.values.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warning("Ignoring unreadable settings file " + settings.file + ": " + e.getMessage());
            }
        }
        return settings;
    }

    public Locale language() {
        String tag = values.getProperty("language");
        return tag == null ? Messages.VIETNAMESE : Messages.supported(Locale.forLanguageTag(tag));
    }

    public void setLanguage(Locale locale) {
        values.setProperty("language", Messages.supported(locale).toLanguageTag());
    }

    /** Window bounds as last saved. */
    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    }

    public Optional<WindowBounds> window() {
        try {
            return Optional.of(new WindowBounds(
                    Double.parseDouble(values.getProperty("window.x")),
                    Double.parseDouble(values.getProperty("window.y")),
                    Double.parseDouble(values.getProperty("window.width")),
                    Double.parseDouble(values.getProperty("window.height")),
                    Boolean.parseBoolean(values.getProperty("window.maximized"))));
        } catch (NullPointerException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    public void setWindow(WindowBounds bounds) {
        values.setProperty("window.x", Double.toString(bounds.x()));
        values.setProperty("window.y", Double.toString(bounds.y()));
        values.setProperty("window.width", Double.toString(bounds.width()));
        values.setProperty("window.height", Double.toString(bounds.height()));
        values.setProperty("window.maximized", Boolean.toString(bounds.maximized()));
    }

    /** How many backups to keep in the backups folder (at least 1). */
    public int backupsToKeep() {
        try {
            return Math.max(1, Integer.parseInt(values.getProperty("backups.keep",
                    Integer.toString(BackupService.DEFAULT_KEEP)).trim()));
        } catch (NumberFormatException e) {
            return BackupService.DEFAULT_KEEP;
        }
    }

    public void setBackupsToKeep(int keep) {
        values.setProperty("backups.keep", Integer.toString(Math.max(1, keep)));
    }

    /** When this data folder last completed a sync with the province server in the window (#17), if ever. */
    public Optional<Instant> lastSync() {
        try {
            return Optional.ofNullable(values.getProperty("lastSync")).map(Instant::parse);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public void setLastSync(Instant when) {
        values.setProperty("lastSync", when.toString());
    }

    /** Writes the settings; a failure is logged, never fatal (they are preferences). */
    public void save() {
        Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
        try {
            try (Writer writer = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                values.store(writer, "ParCheck user interface settings");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warning("Could not save settings to " + file + ": " + e.getMessage());
        }
    }
}
