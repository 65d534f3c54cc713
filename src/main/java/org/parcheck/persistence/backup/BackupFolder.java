package org.parcheck.persistence.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.parcheck.persistence.Database;
import org.parcheck.protection.DataKey;

/**
 * The backups folder of a data folder ({@code <data>/backups}): names ({@code parcheck-YYYYMMDD-HHmmss.zip}, a
 * {@code -N} suffix when two fall in the same second, {@code -before-restore} for the safety copy made before a
 * restore), listing, and keeping the newest N. Every zip holds the database entry {@code parcheck.mv.db} and the
 * evidence files ({@link BackupZip}). Files are written under a temporary name and moved into place, so a failed
 * write never leaves a half backup under a backup's name.
 */
public final class BackupFolder {

    private static final Logger LOG = Logger.getLogger(BackupFolder.class.getName());
    public static final String FOLDER_NAME = "backups";
    static final String BEFORE_RESTORE = "-before-restore";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Pattern NAME = Pattern.compile(
            Database.FILE_BASE_NAME + "-(\\d{8}-\\d{6})(-(\\d+))?(" + BEFORE_RESTORE + ")?\\.zip");

    private final Path folder;

    public BackupFolder(Path dataDir) {
        this.folder = dataDir.toAbsolutePath().resolve(FOLDER_NAME);
    }

    public Path path() {
        return folder;
    }

    /** Creates the folder if needed; {@link BackupException.Kind#NOT_WRITABLE} if it cannot be written. */
    public Path ensureWritable() {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw BackupException.writing(folder, e);
        }
        if (!Files.isWritable(folder)) {
            throw new BackupException(BackupException.Kind.NOT_WRITABLE, folder, "Cannot write " + folder, null);
        }
        return folder;
    }

    /** A new, unused file name for a backup made now. */
    public Path newFile(Clock clock, boolean beforeRestore) {
        String stamp = LocalDateTime.now(clock).format(STAMP);
        String tail = (beforeRestore ? BEFORE_RESTORE : "") + ".zip";
        Path file = folder.resolve(Database.FILE_BASE_NAME + "-" + stamp + tail);
        for (int n = 1; Files.exists(file); n++) {
            file = folder.resolve(Database.FILE_BASE_NAME + "-" + stamp + "-" + n + tail);
        }
        return file;
    }

    /** The backup {@code file} of this folder. */
    public BackupInfo info(Path file) {
        return list().stream().filter(b -> b.file().equals(file)).findFirst()
                .orElseThrow(() -> new BackupException(BackupException.Kind.OTHER, file, "No backup " + file, null));
    }

    /** The backups, newest first. */
    public List<BackupInfo> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<BackupInfo> backups = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Matcher m = NAME.matcher(file.getFileName().toString());
                if (m.matches() && Files.isRegularFile(file)) {
                    backups.add(new BackupInfo(file, LocalDateTime.parse(m.group(1), STAMP), Files.size(file),
                            m.group(4) != null));
                }
            }
        } catch (IOException e) {
            throw new BackupException(BackupException.Kind.OTHER, folder, "Cannot list " + folder, e);
        }
        backups.sort(Comparator.comparing(BackupInfo::createdAt).thenComparing(BackupFolder::sequence).reversed());
        return backups;
    }

    private static int sequence(BackupInfo backup) {
        Matcher m = NAME.matcher(backup.fileName());
        return m.matches() && m.group(3) != null ? Integer.parseInt(m.group(3)) : 0;
    }

    /** Deletes all but the newest {@code keep} backups; returns the deleted ones. A failed delete is logged. */
    public List<BackupInfo> keepNewest(int keep) {
        List<BackupInfo> all = list();
        List<BackupInfo> deleted = new ArrayList<>();
        for (BackupInfo old : all.subList(Math.min(Math.max(keep, 1), all.size()), all.size())) {
            try {
                Files.deleteIfExists(old.file());
                deleted.add(old);
            } catch (IOException e) {
                LOG.warning("Could not delete old backup " + old.file() + ": " + e.getMessage());
            }
        }
        return deleted;
    }

    /**
     * Zips a closed database file and the data folder's evidence files as they are into {@code target} (temp file,
     * then moved into place): the safety copy before a restore; encrypted under {@code key} when not null (#19).
     */
    static void zipFile(Path databaseFile, Path target, DataKey key) {
        try {
            BackupZip.write(target, out -> Files.copy(databaseFile, out), databaseFile.getParent(), Map.of(), null,
                    key);
        } catch (IOException e) {
            throw BackupException.writing(target, e);
        }
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warning("Could not delete " + file + ": " + e.getMessage());
        }
    }
}
