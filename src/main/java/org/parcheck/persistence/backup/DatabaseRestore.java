package org.parcheck.persistence.backup;

import java.io.IOException;
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
import org.parcheck.persistence.Database;
import org.parcheck.protection.DataKey;

/**
 * Puts a backup back as the database of a data folder. The database must be closed. The sequence:
 * <ol>
 *   <li>the backup is unpacked into a scratch folder inside the data folder and opened there (and migrated to this
 *       ParCheck's schema): a damaged zip, a file that is not a ParCheck database or one from a newer ParCheck is
 *       refused here, and the current database has not been touched;</li>
 *   <li>the current database file is checked to be closed (nobody holds its file lock);</li>
 *   <li>the current database file and evidence files are zipped into the backups folder as
 *       {@code ...-before-restore.zip};</li>
 *   <li>the backup's evidence files (each checked against the backup's list of hashes) are put in place, the files
 *       they replace moved aside; current files the backup does not have stay;</li>
 *   <li>the checked copy replaces the database file in one atomic move.</li>
 * </ol>
 * A failure at any step leaves the current database and evidence files as they were; the scratch folder is
 * removed. A backup made before evidence files were included restores the database and keeps the current files.
 */
public final class DatabaseRestore {

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
        return restore(dataDir, backup, clock, null);
    }

    /**
     * {@link #restore(Path, Path, Clock)} into a protected folder (#19) with its key (null: unprotected): the backup is
     * read decrypted (or, made before protection, encrypted on the way in), the safety copy is written encrypted.
     */
    public static Restored restore(Path dataDir, Path backup, Clock clock, DataKey key) {
        Path data = dataDir.toAbsolutePath();
        Path current = Database.fileIn(data);
        BackupFolder folder = new BackupFolder(data);
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory(data, SCRATCH_PREFIX);
            BackupUnpack.Unpacked checked = BackupUnpack.unpack(backup, scratch, key);
            Optional<Path> safety = Optional.empty();
            if (Files.exists(current)) {
                requireClosed(current);
                folder.ensureWritable();
                Path safetyFile = folder.newFile(clock, true);
                BackupFolder.zipFile(current, safetyFile, key);
                safety = Optional.of(safetyFile);
            }
            AttachmentSwap swap = new AttachmentSwap(data, scratch, key == null ? null : key.fileKey());
            try {
                swap.putBack(checked.attachments());
                Files.move(checked.database(), current, StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException | RuntimeException e) {
                swap.undo();
                throw e;
            }
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
        return restoreNewestClean(dataDir, backups, clock, null);
    }

    /** {@link #restoreNewestClean(Path, List, Clock)} in a protected folder (#19) with its key (null: unprotected). */
    public static RestoredClean restoreNewestClean(Path dataDir, List<Path> backups, Clock clock, DataKey key) {
        Path data = dataDir.toAbsolutePath();
        Path current = Database.fileIn(data);
        List<Path> skipped = new ArrayList<>();
        for (Path backup : backups) {
            Path scratch = null;
            try {
                scratch = Files.createTempDirectory(data, SCRATCH_PREFIX);
                BackupUnpack.Unpacked checked;
                try {
                    checked = BackupUnpack.unpack(backup, scratch, key);
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
                AttachmentSwap swap = new AttachmentSwap(data, scratch, key == null ? null : key.fileKey());
                try {
                    swap.putBack(checked.attachments());
                    Files.move(checked.database(), current, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException | RuntimeException e) {
                    swap.undo();
                    if (aside.isPresent() && !Files.exists(current)) {
                        Files.move(aside.get(), current, StandardCopyOption.ATOMIC_MOVE);
                    }
                    throw e;
                }
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

    /**
     * Checks {@code backup} as a restore would, without restoring: unpacked into a scratch folder inside
     * {@code dataDir}, its evidence files compared with its list of hashes, its database opened (every row read,
     * seals matching); the scratch folder is removed after. The current database is not touched. Throws
     * {@link BackupException} ({@code DAMAGED_BACKUP}, {@code NEWER_VERSION}, or a writing kind) when it does not
     * check out.
     */
    public static void check(Path dataDir, Path backup) {
        check(dataDir, backup, null);
    }

    /** {@link #check(Path, Path)} for a backup of a protected folder (#19), with its key (null: unprotected). */
    public static void check(Path dataDir, Path backup, DataKey key) {
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory(dataDir.toAbsolutePath(), SCRATCH_PREFIX);
            BackupUnpack.unpack(backup, scratch, key);
        } catch (IOException e) {
            throw BackupException.writing(dataDir, e);
        } finally {
            if (scratch != null) {
                deleteTree(scratch);
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
