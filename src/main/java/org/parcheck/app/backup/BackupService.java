package org.parcheck.app.backup;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.parcheck.persistence.Database;
import org.parcheck.persistence.backup.BackupException;
import org.parcheck.persistence.backup.BackupFolder;
import org.parcheck.persistence.backup.BackupInfo;
import org.parcheck.persistence.backup.DatabaseBackup;
import org.parcheck.persistence.backup.DatabaseRestore;
import org.parcheck.persistence.backup.ZipComment;
import org.parcheck.protection.DataKey;

/**
 * Backups of the open database, for the app: on start when the data changed since the last backup, after every
 * finalise, on demand; the newest N are kept ({@link #DEFAULT_KEEP} unless the setting says otherwise); export of
 * the whole database to a chosen file; restore (static: the database must be closed first). No JavaFX; every call
 * does file I/O, so call it off the FX thread. Failures are {@link BackupException}s whose kind the UI localises.
 */
public final class BackupService {

    private static final Logger LOG = Logger.getLogger(BackupService.class.getName());
    public static final int DEFAULT_KEEP = 10;

    private final BackupFolder folder;
    private final DatabaseBackup backup;
    private final IntSupplier keep;
    private final Clock clock;
    private final Supplier<String> madeBy;
    private final DataKey key;

    public BackupService(Path dataDir, Database database, IntSupplier keep, Clock clock) {
        this(dataDir, database, keep, clock, () -> null);
    }

    /** {@code madeBy}: the person recorded in each backup made (the current inspector, #15). */
    public BackupService(Path dataDir, Database database, IntSupplier keep, Clock clock, Supplier<String> madeBy) {
        this(dataDir, database, keep, clock, madeBy, null);
    }

    /** The backups of a protected folder (#19): written encrypted under {@code key} (null: unprotected). */
    public BackupService(Path dataDir, Database database, IntSupplier keep, Clock clock, Supplier<String> madeBy,
                         DataKey key) {
        this.folder = new BackupFolder(dataDir);
        this.backup = new DatabaseBackup(database, key);
        this.keep = keep;
        this.clock = clock;
        this.madeBy = madeBy;
        this.key = key;
    }

    /** The folder's key when it is protected (#19), for checking and restoring its backups; null otherwise. */
    public DataKey key() {
        return key;
    }

    /** Whether any data changed since the last backup (true when there never was one). */
    public boolean changedSinceLastBackup() {
        return !backup.lastBackedUpRevision().equals(Optional.of(backup.revision()));
    }

    /** On start: a backup if the data changed since the last one. */
    public Optional<BackupInfo> backupOnStartIfChanged() {
        return changedSinceLastBackup() ? Optional.of(backupNow()) : Optional.empty();
    }

    /**
     * After a visit was finalised: always a backup. The finalise is already committed; if this fails, tell the
     * user (the visit stays finalised).
     */
    public BackupInfo afterFinalise() {
        return backupNow();
    }

    /** A backup now, then the oldest beyond the newest N are deleted. */
    public BackupInfo backupNow() {
        // the revision is taken before the copy: a write in between makes the next start back up again, never less
        String revision = backup.revision();
        folder.ensureWritable();
        Path target = folder.newFile(clock, false);
        backup.backupTo(target, madeBy.get());
        backup.markBackedUp(revision, target);
        for (BackupInfo old : folder.keepNewest(keep.getAsInt())) {
            LOG.info(() -> "Deleted old backup " + old.file());
        }
        LOG.info(() -> "Database backed up to " + target);
        return folder.info(target);
    }

    /** The backups, newest first. */
    public List<BackupInfo> list() {
        return folder.list();
    }

    public Path folder() {
        return folder.path();
    }

    /** Writes a copy of the whole database to {@code target} (a zip; an existing file is replaced on success). */
    public void exportTo(Path target) {
        backup.backupTo(target, madeBy.get());
    }

    /** Who made {@code backup}, as recorded in it; empty for backups made before ParCheck recorded it. */
    public Optional<String> madeBy(BackupInfo backup) {
        return ZipComment.madeBy(backup.file(), key);
    }

    /**
     * Restores the newest backup that checks out (every row read, seals matching), after moving the damaged
     * database aside into {@code <dataDir>/damaged/} (kept, never deleted). The database must be closed first.
     */
    public static DatabaseRestore.RestoredClean restoreNewestVerified(Path dataDir, Clock clock) {
        return restoreNewestVerified(dataDir, clock, null);
    }

    /** {@link #restoreNewestVerified(Path, Clock)} in a protected folder (#19) with its key (null: unprotected). */
    public static DatabaseRestore.RestoredClean restoreNewestVerified(Path dataDir, Clock clock, DataKey key) {
        List<Path> files = new BackupFolder(dataDir).list().stream().map(BackupInfo::file).toList();
        return DatabaseRestore.restoreNewestClean(dataDir, files, clock, key);
    }

    /**
     * Restores {@code backup} into {@code dataDir}. The app must have closed the database first
     * ({@code AppServices.close()}), and reopens it after ({@code AppServices.open(dataDir)}). The database as it
     * was is zipped into the backups folder first ({@code ...-before-restore.zip}).
     */
    public static DatabaseRestore.Restored restore(Path dataDir, BackupInfo backup, Clock clock) {
        return restore(dataDir, backup, clock, null);
    }

    /** {@link #restore(Path, BackupInfo, Clock)} in a protected folder (#19) with its key (null: unprotected). */
    public static DatabaseRestore.Restored restore(Path dataDir, BackupInfo backup, Clock clock, DataKey key) {
        return DatabaseRestore.restore(dataDir, backup.file(), clock, key);
    }
}
