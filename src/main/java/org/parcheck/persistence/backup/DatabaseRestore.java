package org.parcheck.persistence.backup;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.parcheck.persistence.Database;
import org.parcheck.persistence.DatabaseException;

/**
 * Puts a backup back as the database of a data folder. The database must be closed. The sequence:
 * <ol>
 *   <li>the backup is unpacked into a scratch folder inside the data folder and opened there (and migrated to this
 *       ParCheck's schema): a damaged zip, a file that is not a ParCheck database or one from a newer ParCheck is
 *       refused here, and the current database has not been touched;</li>
 *   <li>the current database file is checked to be closed (nobody holds its file lock);</li>
 *   <li>the current database file is zipped into the backups folder as {@code ...-before-restore.zip};</li>
 *   <li>the checked copy replaces the database file in one atomic move.</li>
 * </ol>
 * A failure at any step leaves the current database as it was; the scratch folder is removed.
 */
public final class DatabaseRestore {

    /** Larger than any real ParCheck database: a guard against zip bombs. */
    static final long MAX_DATABASE_BYTES = 8L * 1024 * 1024 * 1024;
    private static final String SCRATCH_PREFIX = "restore-";

    private DatabaseRestore() {
    }

    /**
     * What a restore did.
     *
     * @param restoredFrom the backup now in place
     * @param safetyCopy   the zip of the database as it was just before (empty if there was no database)
     */
    public record Restored(Path restoredFrom, Optional<Path> safetyCopy) {
    }

    /** Restores {@code backup} into {@code dataDir}; the database there must be closed. */
    public static Restored restore(Path dataDir, Path backup, Clock clock) {
        Path data = dataDir.toAbsolutePath();
        Path current = Database.fileIn(data);
        BackupFolder folder = new BackupFolder(data);
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory(data, SCRATCH_PREFIX);
            Path checked = unpackAndCheck(backup, scratch);
            Optional<Path> safety = Optional.empty();
            if (Files.exists(current)) {
                requireClosed(current);
                folder.ensureWritable();
                Path safetyFile = folder.newFile(clock, true);
                BackupFolder.zipFile(current, safetyFile);
                safety = Optional.of(safetyFile);
            }
            Files.move(checked, current, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new Restored(backup, safety);
        } catch (IOException e) {
            throw BackupException.writing(current, e);
        } finally {
            if (scratch != null) {
                deleteTree(scratch);
            }
        }
    }

    /**
     * What restoring the newest clean backup did.
     *
     * @param restoredFrom the backup now in place
     * @param keptAside    where the damaged database file now is (empty if there was none)
     * @param skipped      the newer backups that did not check out (damaged, or from a newer ParCheck)
     */
    public record RestoredClean(Path restoredFrom, Optional<Path> keptAside, List<Path> skipped) {
    }

    /**
     * Restores the newest of {@code backups} (newest first) that checks out: unpacked, opened read-only, every row
     * read and matching its seals. The current database file (damaged) is first moved aside into
     * {@code <dataDir>/damaged/parcheck-damaged-<yyyyMMdd-HHmmss>.mv.db}, never deleted. The database must be closed.
     * If no backup checks out, nothing is moved and {@link BackupException.Kind#DAMAGED_BACKUP} is thrown.
     */
    public static RestoredClean restoreNewestClean(Path dataDir, List<Path> backups, Clock clock) {
        Path data = dataDir.toAbsolutePath();
        Path current = Database.fileIn(data);
        List<Path> skipped = new ArrayList<>();
        for (Path backup : backups) {
            Path scratch = null;
            try {
                scratch = Files.createTempDirectory(data, SCRATCH_PREFIX);
                Path checked;
                try {
                    checked = unpackAndCheck(backup, scratch);
                } catch (BackupException e) {
                    if (e.kind() == BackupException.Kind.DAMAGED_BACKUP
                            || e.kind() == BackupException.Kind.NEWER_VERSION) {
                        skipped.add(backup);
                        continue;
                    }
                    throw e;
                }
                Optional<Path> aside = Optional.empty();
                if (Files.exists(current)) {
                    requireClosed(current);
                    aside = Optional.of(moveAside(data, current, clock));
                }
                Files.move(checked, current, StandardCopyOption.ATOMIC_MOVE);
                return new RestoredClean(backup, aside, List.copyOf(skipped));
            } catch (IOException e) {
                throw BackupException.writing(current, e);
            } finally {
                if (scratch != null) {
                    deleteTree(scratch);
                }
            }
        }
        throw new BackupException(BackupException.Kind.DAMAGED_BACKUP, data.resolve(BackupFolder.FOLDER_NAME),
                "No backup checks out (" + skipped.size() + " tried)", null);
    }

    /** The folder inside the data folder where damaged database files are kept. */
    public static final String DAMAGED_FOLDER = "damaged";

    private static Path moveAside(Path data, Path current, Clock clock) throws IOException {
        Path folder = Files.createDirectories(data.resolve(DAMAGED_FOLDER));
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(LocalDateTime.now(clock));
        Path target = folder.resolve(Database.FILE_BASE_NAME + "-damaged-" + stamp + ".mv.db");
        for (int n = 1; Files.exists(target); n++) {
            target = folder.resolve(Database.FILE_BASE_NAME + "-damaged-" + stamp + "-" + n + ".mv.db");
        }
        Files.move(current, target, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }

    /** Unpacks the one database entry of {@code backup} into {@code scratch}, opens and migrates it there. */
    static Path unpackAndCheck(Path backup, Path scratch) {
        Path unpacked = scratch.resolve(Database.FILE_NAME);
        if (!Files.isRegularFile(backup)) {
            throw new BackupException(BackupException.Kind.DAMAGED_BACKUP, backup, "No backup file " + backup, null);
        }
        boolean found = false;
        try (InputStream in = Files.newInputStream(backup); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (!entry.getName().equals(Database.FILE_NAME) || found) {
                    continue; // only the database entry; other names (paths) are never written anywhere
                }
                copyLimited(zip, unpacked, backup);
                found = true;
            }
        } catch (ZipException | EOFException e) {
            throw new BackupException(BackupException.Kind.DAMAGED_BACKUP, backup, "Damaged backup: " + e, e);
        } catch (IOException e) {
            throw BackupException.writing(unpacked, e);
        }
        if (!found) {
            throw new BackupException(BackupException.Kind.DAMAGED_BACKUP, backup,
                    "Not a ParCheck backup (no " + Database.FILE_NAME + "): " + backup, null);
        }
        try (Database opened = Database.open(scratch)) {
            if (opened.damage().isPresent()) {
                throw new BackupException(BackupException.Kind.DAMAGED_BACKUP, backup,
                        "Backup is damaged inside: " + opened.damage().get(), null);
            }
            return unpacked;
        } catch (DatabaseException e) {
            BackupException.Kind kind = e.kind() == DatabaseException.Kind.NEWER_VERSION
                    ? BackupException.Kind.NEWER_VERSION : BackupException.Kind.DAMAGED_BACKUP;
            throw new BackupException(kind, backup, "Backup cannot be opened: " + e.getMessage(), e);
        }
    }

    private static void copyLimited(InputStream in, Path target, Path backup) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(target)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
                if (total > MAX_DATABASE_BYTES) {
                    throw new BackupException(BackupException.Kind.DAMAGED_BACKUP, backup,
                            "Backup entry larger than " + MAX_DATABASE_BYTES + " bytes", null);
                }
                out.write(buffer, 0, n);
            }
        }
    }

    /** Fails with {@link BackupException.Kind#DATABASE_OPEN} if a process (this one included) has the file open. */
    static void requireClosed(Path databaseFile) throws IOException {
        try (FileChannel channel = FileChannel.open(databaseFile, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw open(databaseFile);
            }
            lock.release();
        } catch (OverlappingFileLockException e) {
            throw open(databaseFile);
        }
    }

    private static BackupException open(Path databaseFile) {
        return new BackupException(BackupException.Kind.DATABASE_OPEN, databaseFile,
                "The database is open; close it before restoring", null);
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(BackupFolder::deleteQuietly);
        } catch (IOException e) {
            BackupFolder.deleteQuietly(dir);
        }
    }
}
