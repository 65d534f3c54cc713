package org.parcheck.app;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parcheck.app.protection.FolderProtection;
import org.parcheck.common.fx.BackgroundExecutor;
import org.parcheck.protection.DataKey;
import org.parcheck.protection.RecoveryKey;
import org.parcheck.protection.ui.FolderProtector;
import org.parcheck.protection.ui.ProtectionWindows;

/**
 * The data folder's protection as the main window sees it (#19). Before the first open: a protection interrupted by a
 * crash is finished, a protected folder asks its password (the unlock dialog), and at first start with real work the
 * window offers to protect the new folder. The folder's key is kept for the session, so that reopening after a
 * restore never asks again; it is wiped when the window closes. From Settings, a folder with data is protected with
 * the database closed and opened again with the key.
 */
final class WindowProtection {

    private static final Logger LOG = Logger.getLogger(WindowProtection.class.getName());

    private final Path dataDir;
    private final BackgroundExecutor executor;
    private final AppState state;
    private DataKey key;
    private boolean offerAtFirstStart;

    WindowProtection(Path dataDir, BackgroundExecutor executor, AppState state) {
        this.dataDir = dataDir;
        this.executor = executor;
        this.state = state;
    }

    /** The folder's key for this session, or null for an unprotected folder. */
    DataKey key() {
        return key;
    }

    /** The first-start question was answered "real work": offer protection before the database is created. */
    void offerAtFirstStart() {
        offerAtFirstStart = true;
    }

    /**
     * Everything before the database opens: finishes an interrupted protection, then asks the password of a protected
     * folder (or, at first start, offers protection), then {@code open}. {@code quit} when the user quits the unlock
     * dialog: nothing in the folder was opened or changed.
     */
    void beforeOpening(ProtectionWindows windows, Runnable open, Runnable quit, Consumer<Throwable> failed) {
        executor.run(() -> {
            FolderProtection.resumeIfInterrupted(dataDir);
            return FolderProtection.isProtected(dataDir);
        }).onSuccess(isProtected -> {
            if (isProtected && key == null) {
                windows.unlock(unlocked -> {
                    key = unlocked;
                    open.run();
                }, quit);
            } else if (offerAtFirstStart && !isProtected && !FirstStart.isDemoFolder(dataDir)) {
                offerAtFirstStart = false;
                windows.protect(newFolder(), true, open);
            } else {
                open.run();
            }
        }).onError(failed).start();
    }

    /** Protects a folder without a database yet (first start): the key file, then the key for the session. */
    private FolderProtector newFolder() {
        return (password, onProtected, onFailed) -> executor.run(() -> {
            try {
                RecoveryKey recovery = FolderProtection.protectNewFolder(dataDir, password);
                return new Protected(recovery, FolderProtection.unlock(dataDir, password));
            } finally {
                Arrays.fill(password, '\0');
            }
        }).onSuccess(done -> {
            key = done.key();
            onProtected.accept(done.recoveryKey());
        }).onError(onFailed);
    }

    /**
     * Protects the open folder (Settings): closes its services, protects it (progress shown by the dialog), opens it
     * again with the key. On failure the folder opens again as it is, and the dialog says why.
     *
     * @param demo   whether the folder may be seeded with the demo (as the window opened it)
     * @param failed the window's step when the folder cannot be opened again
     */
    FolderProtector existingFolder(boolean demo, Consumer<Throwable> failed) {
        return (password, onProtected, onFailed) -> {
            AppServices old = state.services();
            state.reopening();
            return executor.writeTracked(progress -> {
                old.close();
                try {
                    RecoveryKey recovery = FolderProtection.protectExisting(dataDir, password, progress);
                    DataKey unlocked = FolderProtection.unlock(dataDir, password);
                    return new TurnedOn(AppServices.open(dataDir, demo, unlocked), recovery, unlocked, null);
                } catch (Exception e) {
                    FolderProtection.resumeIfInterrupted(dataDir);
                    DataKey now = FolderProtection.isProtected(dataDir) ? FolderProtection.unlock(dataDir, password)
                            : null;
                    return new TurnedOn(AppServices.open(dataDir, demo, now), null, now, e);
                } finally {
                    Arrays.fill(password, '\0');
                }
            }).onSuccess(done -> {
                state.ready(done.services());
                if (done.key() != null) {
                    key = done.key();
                }
                if (done.failure() == null) {
                    onProtected.accept(done.recoveryKey());
                } else {
                    LOG.log(Level.WARNING, "Turning protection on failed; the folder opened again as it is",
                            done.failure());
                    onFailed.accept(done.failure());
                }
            }).onError(error -> {
                onFailed.accept(error);
                failed.accept(error);
            });
        };
    }

    /** The window closed: the key is wiped. */
    void close() {
        if (key != null) {
            key.close();
            key = null;
        }
    }

    private record Protected(RecoveryKey recoveryKey, DataKey key) {
    }

    private record TurnedOn(AppServices services, RecoveryKey recoveryKey, DataKey key, Exception failure) {
    }
}
