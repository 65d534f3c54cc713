package org.parcheck.app.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parcheck.common.i18n.Messages;
import org.parcheck.common.util.DiskSpace;
import org.parcheck.persistence.Database;
import org.parcheck.persistence.backup.BackupException;
import org.parcheck.persistence.backup.BackupFolder;
import org.parcheck.persistence.backup.BackupInfo;
import org.parcheck.persistence.backup.DatabaseRestore;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code parcheck backup}: a backup now into the data folder's {@code backups/} (as the window's "Back up now"), then
 * checked as a restore would check it (unpacked, every row read, seals and evidence hashes matching); prints its
 * path. {@code parcheck restore <backup.zip> [--yes]}: without {@code --yes} checks the backup and says what a
 * restore would do, changing nothing (exit 5); with it, backs up the current data ({@code ...-before-restore.zip})
 * and puts the backup in place ({@link DatabaseRestore}). Both take the data folder's lock, so they refuse while
 * ParCheck is open on it (exit 4). Exit codes: 0 done, 1 unexpected (log), 3 cannot write or disk full, 4 folder in
 * use, 5 backup damaged, from a newer ParCheck, or restore not confirmed, 8 damaged data (backup only).
 */
final class BackupCommands {

    static final int OK = 0;
    static final int NOT_WRITABLE = 3;
    /** The backup does not check out, or a restore without {@code --yes}. */
    static final int REFUSED = 5;

    private static final Logger LOG = Logger.getLogger(BackupCommands.class.getName());

    private BackupCommands() {
    }

    /** {@code parcheck backup}. */
    static final class Backup implements Callable<Integer> {
        private CommandSpec spec;

        /** The model of {@code backup} ({@link CommandModel}). */
        CommandSpec model() {
            spec = CommandModel.of(this).build();
            return spec;
        }

        @Override
        public Integer call() {
            ParCheckCommand root = ParCheckCommand.of(spec);
            CliContext context = root.context();
            Path dataDir = root.dataDir();
            return DataSession.open(dataDir, false, context, (services, log) -> {
                BackupInfo made;
                try {
                    made = services.backups().backupNow();
                    DatabaseRestore.check(dataDir, made.file(), services.dataKey().orElse(null));
                } catch (BackupException e) {
                    return failed(e, context);
                }
                context.out().println(context.messages().get("app.cli.backup.made", made.file(),
                        DiskSpace.format(made.size())));
                return OK;
            });
        }
    }

    /** {@code parcheck restore <backup.zip> [--yes]}. */
    static final class Restore implements Callable<Integer> {
        private CommandSpec spec;
        private Path backup;
        private boolean yes;

        /** The model of {@code restore} ({@link CommandModel}). */
        CommandSpec model() {
            spec = CommandModel.of(this).unsorted()
                    .parameter("${bundle:label.backup}", "param.backup", Path.class, v -> backup = v)
                    .flag("--yes", "option.yes", v -> yes = v)
                    .build();
            return spec;
        }

        @Override
        public Integer call() {
            ParCheckCommand root = ParCheckCommand.of(spec);
            CliContext context = root.context();
            Messages messages = context.messages();
            Path dataDir = root.dataDir();
            Path file = backup.toAbsolutePath().normalize();
            if (!Files.isRegularFile(file)) {
                context.err().println(messages.get("app.cli.noFile", file));
                return REFUSED;
            }
            return DataSession.lockedWithKey(dataDir, true, context, (log, key) -> {
                try {
                    if (!yes) {
                        DatabaseRestore.check(dataDir, file, key);
                        context.out().println(messages.get("app.cli.restore.wouldDo", file,
                                dataDir.resolve(BackupFolder.FOLDER_NAME), dataDir));
                        return REFUSED;
                    }
                    boolean hadData = Files.exists(Database.fileIn(dataDir));
                    DatabaseRestore.Restored done = DatabaseRestore.restore(dataDir, file, Clock.systemDefaultZone(),
                            key);
                    LOG.info(() -> "Restored " + dataDir + " from " + file);
                    context.out().println(hadData && done.safetyCopy().isPresent()
                            ? messages.get("app.cli.restore.done", file, done.safetyCopy().get())
                            : messages.get("app.cli.restore.doneNew", file, dataDir));
                    return OK;
                } catch (BackupException e) {
                    return failed(e, context);
                }
            });
        }
    }

    /** A failed backup or restore: its message (nothing was changed) and exit code. */
    static int failed(BackupException e, CliContext context) {
        LOG.log(Level.WARNING, "Backup or restore failed: " + e.getMessage(), e);
        PrintStream err = context.err();
        err.println(context.messages().get("app.backups.failed." + e.kind().name(), e.file()));
        switch (e.kind()) {
            case NOT_WRITABLE:
            case DISK_FULL:
                return NOT_WRITABLE;
            case DATABASE_OPEN:
                return DataSession.DATA_FOLDER_IN_USE;
            case DAMAGED_BACKUP:
            case NEWER_VERSION:
                return REFUSED;
            default:
                return ParCheckCli.FAILED;
        }
    }
}
