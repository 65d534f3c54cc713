package org.parcheck.app.backup;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parcheck.common.fx.BackgroundExecutor;
import org.parcheck.common.fx.DialogService;
import org.parcheck.common.fx.RunningTask;
import org.parcheck.common.i18n.Messages;
import org.parcheck.common.util.DiskSpace;
import org.parcheck.persistence.backup.BackupException;
import org.parcheck.persistence.backup.BackupInfo;

/** The backups section of the settings page: list, back up now, export, restore. */
public final class BackupsViewModel {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    private final BackupService backups;
    private final BackgroundExecutor executor;
    private final Messages messages;
    private final BackupRestorer restorer;
    private final ObservableList<BackupInfo> list = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final Map<Path, String> madeBy = new ConcurrentHashMap<>();
    private final DialogService dialogs;
    private final RunningTask running = new RunningTask();

    public BackupsViewModel(BackupService backups, BackgroundExecutor executor, Messages messages,
                            BackupRestorer restorer, DialogService dialogs) {
        this.dialogs = dialogs;
        this.backups = backups;
        this.executor = executor;
        this.messages = messages;
        this.restorer = restorer;
    }

    public void load() {
        executor.run(() -> {
            List<BackupInfo> found = backups.list();
            found.forEach(b -> backups.madeBy(b).ifPresent(who -> madeBy.put(b.file(), who)));
            return found;
        }).onSuccess(list::setAll)
                .onError(e -> message.set(failure(e)))
                .start();
    }

    public void backupNow() {
        message.set(messages.get("app.backups.working"));
        running.trackToEnd(messages.get("common.task.backingUp"), executor.write(backups::backupNow))
                .onSuccess(made -> {
            message.set(messages.get("app.backups.made", made.fileName()));
            load();
        }).onError(e -> message.set(failure(e))).start();
    }

    /** Asks where to export the data (a ZIP the user keeps elsewhere), then exports. */
    public void export() {
        dialogs.saveFile(null, "parcheck-du-lieu.zip", List.of(DialogService.FileType.of("ZIP", "zip")))
                .ifPresent(this::exportTo);
    }

    public void exportTo(Path target) {
        message.set(messages.get("app.backups.working"));
        running.trackToEnd(messages.get("common.task.backingUp"), executor.write(() -> {
            backups.exportTo(target);
            return target;
        })).onSuccess(t -> message.set(messages.get("app.backups.exported", t)))
                .onError(e -> message.set(failure(e))).start();
    }

    /** Asks the user to confirm, then restores {@code backup}. */
    public void askAndRestore(BackupInfo backup) {
        if (backup != null && dialogs.confirm(messages.get("app.backups.restore"),
                messages.get("app.backups.confirmRestore", label(backup)))) {
            restore(backup);
        }
    }

    /** The backup or export running: the view's progress bar. */
    public RunningTask runningTask() {
        return running;
    }

    /** Restores the chosen backup (the caller has asked the user to confirm). */
    public void restore(BackupInfo backup) {
        if (backup != null) {
            restorer.restore(backup);
        }
    }

    public String label(BackupInfo b) {
        String size = String.format(messages.locale(), "%.1f MB", b.size() / (1024.0 * 1024.0));
        String who = madeBy.get(b.file());
        return WHEN.format(b.createdAt()) + " · " + size + (b.beforeRestore()
                ? " · " + messages.get("app.backups.beforeRestore") : "")
                + (who == null ? "" : " · " + messages.get("app.backups.madeBy", who));
    }

    /** A localised message for a failed backup operation. */
    public String failure(Throwable e) {
        if (e instanceof BackupException backup && backup.kind() == BackupException.Kind.DISK_FULL) {
            // the disk is full: say how much a backup needs and how much is free (docs/record/bad-input.md)
            Path folder = backups.folder();
            return messages.get("app.backups.diskFull", backup.file() == null ? folder : backup.file(),
                    DiskSpace.format(BackupSpace.needed(folder.toAbsolutePath().getParent())),
                    DiskSpace.format(DiskSpace.usable(folder)));
        }
        if (e instanceof BackupException backup) {
            return messages.get("app.backups.failed." + backup.kind().name(),
                    backup.file() == null ? "" : backup.file());
        }
        return messages.get("app.backups.failed.OTHER", "");
    }

    public String folder() {
        return backups.folder().toString();
    }

    public ObservableList<BackupInfo> backups() {
        return list;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
