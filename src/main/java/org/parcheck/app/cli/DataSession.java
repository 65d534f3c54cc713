package org.parcheck.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parcheck.app.AppLogging;
import org.parcheck.app.AppServices;
import org.parcheck.app.FirstStart;
import org.parcheck.app.InstanceLock;
import org.parcheck.app.protection.FolderProtection;
import org.parcheck.common.i18n.Messages;
import org.parcheck.persistence.Database;
import org.parcheck.persistence.DatabaseException;
import org.parcheck.protection.DataKey;
import org.parcheck.protection.ProtectionException;

/**
 * How every command that reads or writes the data gets at it, in one place: the data folder's single-instance lock
 * (so a command refuses while ParCheck is open on the folder), the folder's log file for the run, the database
 * opened through {@link AppServices}, and refusal of damaged data. A protected folder (#19) is unlocked first with
 * its password from {@code PARCHECK_PASSWORD} or the console ({@link Passwords}), never from an argument. Each
 * failure is one localised line on {@code err} and an exit code: 4 folder in use or cannot be opened, 8 damaged data
 * ({@link DamagedData}) or a damaged key file, 10 the folder's password not given or wrong (nothing changed), 1 an
 * unexpected failure (logged).
 */
final class DataSession {

    /** The data folder is in use by a running ParCheck, or cannot be opened. */
    static final int DATA_FOLDER_IN_USE = 4;

    private static final Logger LOG = Logger.getLogger(DataSession.class.getName());

    private DataSession() {
    }

    /** Work on the open data; returns the exit code. */
    @FunctionalInterface
    interface Work {
        int run(AppServices services, AppLogging.CommandLog log) throws IOException;
    }

    /** Work that needs the folder locked and logged but not the database open (restore). */
    @FunctionalInterface
    interface LockedWork {
        int run(AppLogging.CommandLog log) throws IOException;
    }

    /** Locked work that needs the folder's key when it is protected (restore); the key is null otherwise. */
    @FunctionalInterface
    interface KeyedWork {
        int run(AppLogging.CommandLog log, DataKey key) throws IOException;
    }

    /**
     * Locks {@code dataDir}, opens its data and runs {@code work}. {@code create}: a missing folder is created;
     * otherwise a missing folder is refused. A command is real work (#16 §5): a new database is marked never to be
     * seeded with the demo, which lives in its own folder ({@code --data-dir <folder>/demo}, seeded on its first
     * open as the window's {@code --demo} does).
     */
    static int open(Path dataDir, boolean create, CliContext context, Work work) {
        return open(dataDir, create, false, context, work);
    }

    /**
     * {@link #open(Path, boolean, CliContext, Work)} for a command that only reads (reports, #18 §2, D26): the database
     * is opened once, read-only, after the same checks of every row ({@link AppServices#openForReading}); a write
     * would be refused. Damaged data is refused with the same message and exit code.
     */
    static int openForReading(Path dataDir, boolean create, CliContext context, Work work) {
        return open(dataDir, create, true, context, work);
    }

    private static int open(Path dataDir, boolean create, boolean reading, CliContext context, Work work) {
        Messages messages = context.messages();
        PrintStream err = context.err();
        return locked(dataDir, create, context, log -> {
            FolderProtection.resumeIfInterrupted(dataDir);
            DataKey key = null;
            if (FolderProtection.isProtected(dataDir)) {
                Unlocked unlocked = unlock(dataDir, context);
                if (unlocked.key() == null) {
                    return unlocked.exitCode();
                }
                key = unlocked.key();
            }
            try (DataKey held = key;
                 AppServices services = reading
                         ? AppServices.openForReading(dataDir, FirstStart.isDemoFolder(dataDir), held)
                         : AppServices.open(dataDir, FirstStart.isDemoFolder(dataDir), held)) {
                if (DamagedData.refuse(services, dataDir, messages, err)) {
                    return DamagedData.EXIT_CODE;
                }
                return work.run(services, log);
            } catch (DatabaseException e) {
                LOG.log(Level.SEVERE, "Opening " + dataDir + " failed", e);
                if (DamagedData.refused(e, dataDir, messages, err)) {
                    return DamagedData.EXIT_CODE;
                }
                if (e.kind() == DatabaseException.Kind.WRONG_KEY) {
                    err.println(messages.get("app.error.wrongKey", Database.fileIn(dataDir), dataDir));
                    return DamagedData.EXIT_CODE;
                }
                err.println(messages.get(e.kind() == DatabaseException.Kind.ALREADY_OPEN ? "report.cli.dataFolderInUse"
                        : "report.cli.openFailed", dataDir));
                return DATA_FOLDER_IN_USE;
            }
        });
    }

    /**
     * Locks {@code dataDir}, unlocks it when it is protected (as {@link #open} does: 10 missing or wrong password, 8
     * damaged key file, nothing changed) and runs {@code work} with the key (null for an unprotected folder); the
     * database stays closed.
     */
    static int lockedWithKey(Path dataDir, boolean create, CliContext context, KeyedWork work) {
        return locked(dataDir, create, context, log -> {
            FolderProtection.resumeIfInterrupted(dataDir);
            if (!FolderProtection.isProtected(dataDir)) {
                return work.run(log, null);
            }
            Unlocked unlocked = unlock(dataDir, context);
            if (unlocked.key() == null) {
                return unlocked.exitCode();
            }
            try (DataKey key = unlocked.key()) {
                return work.run(log, key);
            }
        });
    }

    /** The key of a protected folder, or why there is none (the exit code, the reason already printed). */
    private record Unlocked(DataKey key, int exitCode) {
    }

    /**
     * Unlocks a protected folder with its password ({@link Passwords#folder()}): a missing or wrong password is
     * {@link Passwords#EXIT_CODE}, a damaged key file {@link DamagedData#EXIT_CODE}; nothing is written either way.
     */
    private static Unlocked unlock(Path dataDir, CliContext context) throws IOException {
        Optional<char[]> password = new Passwords(context).folder();
        if (password.isEmpty()) {
            return new Unlocked(null, Passwords.EXIT_CODE);
        }
        try {
            return new Unlocked(FolderProtection.unlock(dataDir, password.get()), 0);
        } catch (ProtectionException e) {
            LOG.warning(() -> "The data folder was not unlocked: " + e.kind());
            if (e.kind() == ProtectionException.Kind.WRONG_PASSWORD) {
                context.err().println(context.messages().get("app.cli.password.folderWrong"));
                return new Unlocked(null, Passwords.EXIT_CODE);
            }
            context.err().println(context.messages().get("app.cli.password.keyFileDamaged", dataDir));
            return new Unlocked(null, DamagedData.EXIT_CODE);
        } finally {
            Passwords.wipe(password.get());
        }
    }

    /** Locks {@code dataDir} and logs to its {@code logs/} while {@code work} runs; the database stays closed. */
    static int locked(Path dataDir, boolean create, CliContext context, LockedWork work) {
        Messages messages = context.messages();
        PrintStream err = context.err();
        Optional<InstanceLock> lock;
        try {
            if (create) {
                Files.createDirectories(dataDir);
            } else if (!Files.isDirectory(dataDir)) {
                err.println(messages.get("report.cli.openFailed", dataDir));
                return DATA_FOLDER_IN_USE;
            }
            lock = InstanceLock.tryAcquire(dataDir);
            if (lock.isEmpty() && InstanceLock.isClosing(dataDir)) {
                // right after the window was closed, ParCheck may still be closing the folder: say so, wait for it
                err.println(messages.get("report.cli.waitingForClose", dataDir));
                lock = InstanceLock.acquire(dataDir, InstanceLock.CLOSING_WAIT);
            }
        } catch (IOException e) {
            err.println(messages.get("report.cli.openFailed", dataDir));
            return DATA_FOLDER_IN_USE;
        }
        if (lock.isEmpty()) {
            err.println(messages.get(InstanceLock.isClosing(dataDir) ? "report.cli.dataFolderClosing"
                    : "report.cli.dataFolderInUse", dataDir));
            return DATA_FOLDER_IN_USE;
        }
        try (InstanceLock held = lock.get(); AppLogging.CommandLog log = AppLogging.command(dataDir)) {
            return work.run(log);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "Command failed on " + dataDir, e);
            err.println(messages.get("exchange.cli.failed", AppLogging.logFile(dataDir)));
            return ParCheckCli.FAILED;
        }
    }

    /** Whether {@code target} can be written: its folder exists and is writable, and it is not a folder. */
    static boolean writable(Path target) {
        Path folder = target.getParent();
        return folder != null && Files.isDirectory(folder) && Files.isWritable(folder) && !Files.isDirectory(target);
    }
}
