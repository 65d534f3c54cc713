package org.parcheck.app.protection;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.parcheck.common.util.TaskProgress;
import org.parcheck.persistence.Database;
import org.parcheck.protection.DataKey;
import org.parcheck.protection.FolderKeys;
import org.parcheck.protection.RecoveryKey;

/**
 * Protection of a data folder (#19), for the window and the command line: is it protected, unlock it, protect a new
 * folder, protect a folder that already holds data. No JavaFX; every call does file I/O (and the key derivation
 * takes a few hundred milliseconds), so call it off the FX thread. The key it returns is the session's: hand it to
 * {@code AppServices.open(dataDir, demo, key)} and close it when the folder is closed for good.
 *
 * <p>Call {@link #resumeIfInterrupted(Path)} before any open of a folder: a protection interrupted by a crash is
 * finished (or undone) there.
 */
public final class FolderProtection {

    private FolderProtection() {
    }

    /**
     * Whether {@code dataDir} is protected: its key file exists, or a protection was interrupted while switching over
     * (the next {@link #unlock} finishes it).
     */
    public static boolean isProtected(Path dataDir) {
        return FolderKeys.isProtected(dataDir) || ExistingFolder.switching(dataDir);
    }

    /**
     * The folder's key, unwrapped with the password; a wrong one is a {@code ProtectionException} (WRONG_PASSWORD).
     * An interrupted protection is finished first ({@link #resumeIfInterrupted}).
     */
    public static DataKey unlock(Path dataDir, char[] password) throws IOException {
        resumeIfInterrupted(dataDir);
        return FolderKeys.unlock(dataDir, password);
    }

    /** The folder's key, unwrapped with the recovery key (the password was forgotten). */
    public static DataKey unlockWithRecoveryKey(Path dataDir, String recoveryKey) throws IOException {
        resumeIfInterrupted(dataDir);
        return FolderKeys.unlockWithRecoveryKey(dataDir, recoveryKey);
    }

    /**
     * Protects a folder that holds no data yet (first start): writes the key file; the database is then created
     * encrypted by the first open with the key ({@link #unlock}). Refused when the folder already has a database
     * (use {@link #protectExisting}) or is already protected. Returns the recovery key, to be shown once.
     */
    public static RecoveryKey protectNewFolder(Path dataDir, char[] password) throws IOException {
        if (Files.exists(Database.fileIn(dataDir))) {
            throw new IllegalStateException("The folder already holds a database: protect it with protectExisting");
        }
        Files.createDirectories(dataDir);
        try (DataKey key = DataKey.random()) {
            return FolderKeys.create(dataDir, password, key);
        }
    }

    /**
     * Protects a folder that holds data (Settings → "Bảo vệ dữ liệu"): the database, the evidence copies and the
     * automatic backups are encrypted, then the plain files removed. The caller has closed the folder's
     * {@code AppServices}. Crash-safe: a crash at any point leaves the folder unprotected and intact, or protected
     * and finished by the next {@link #resumeIfInterrupted}. Returns the recovery key, to be shown once.
     */
    public static RecoveryKey protectExisting(Path dataDir, char[] password, TaskProgress progress)
            throws IOException {
        if (!Files.exists(Database.fileIn(dataDir))) {
            return protectNewFolder(dataDir, password);
        }
        return ExistingFolder.protect(dataDir, password, progress, step -> { });
    }

    /**
     * Finishes or undoes a {@link #protectExisting} interrupted by a crash; does nothing otherwise. Call it before
     * opening the folder (window and command line).
     */
    public static void resumeIfInterrupted(Path dataDir) throws IOException {
        ExistingFolder.resume(dataDir);
    }
}
