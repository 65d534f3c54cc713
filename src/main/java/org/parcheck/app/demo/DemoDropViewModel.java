package org.parcheck.app.demo;

import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.parcheck.common.fx.BackgroundExecutor;
import org.parcheck.common.fx.DialogService;
import org.parcheck.common.i18n.Messages;
import org.parcheck.persistence.DemoRows;
import org.parcheck.persistence.backup.BackupException;

/**
 * The "Dữ liệu mẫu" section of the settings page (#16 §5): shown only when the data folder holds the demo beside real
 * work; asks once, naming what will go, then drops it ({@link DemoDrop}: verified backup first).
 */
public final class DemoDropViewModel {

    private static final Logger LOG = Logger.getLogger(DemoDropViewModel.class.getName());

    private final DemoDrop drop;
    private final BackgroundExecutor executor;
    private final Messages messages;
    private final DialogService dialogs;
    private final ReadOnlyBooleanWrapper offered = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private DemoRows.Found preview;

    public DemoDropViewModel(DemoDrop drop, BackgroundExecutor executor, Messages messages, DialogService dialogs) {
        this.drop = drop;
        this.executor = executor;
        this.messages = messages;
        this.dialogs = dialogs;
    }

    /** Finds out, in the background, whether to offer the drop and what it would delete. */
    public void load() {
        executor.run(() -> drop.offered() ? Optional.of(drop.preview()) : Optional.<DemoRows.Found>empty())
                .onSuccess(found -> {
                    preview = found.orElse(null);
                    offered.set(found.isPresent());
                })
                .onError(e -> {
                    LOG.log(Level.WARNING, "Looking for the demo data failed", e);
                    offered.set(false);
                })
                .start();
    }

    /** Asks once, naming what will go; on yes, backs up and drops. */
    public void askAndDrop() {
        if (preview == null || working.get()) {
            return;
        }
        if (dialogs.confirm(messages.get("app.demoDrop.confirmTitle"), question(preview))) {
            dropNow();
        }
    }

    /** The question's text: the plans, how many visits, the frameworks, how many units. */
    public String question(DemoRows.Found found) {
        return messages.get("app.demoDrop.confirm", names(found.planNames()), found.visitIds().size(),
                names(found.frameworkNames()), found.unitIds().size());
    }

    private String names(List<String> names) {
        return names.isEmpty() ? messages.get("app.demoDrop.none") : String.join("; ", names);
    }

    private void dropNow() {
        working.set(true);
        message.set(messages.get("app.demoDrop.working"));
        executor.write(drop::drop).onSuccess(dropped -> {
            working.set(false);
            offered.set(false);
            preview = null;
            message.set(messages.get("app.demoDrop.done", dropped.backup().fileName()));
        }).onError(e -> {
            working.set(false);
            LOG.log(Level.WARNING, "Dropping the demo data failed", e);
            message.set(messages.get(e instanceof BackupException ? "app.demoDrop.backupFailed"
                    : "app.demoDrop.failed"));
        }).start();
    }

    public ReadOnlyBooleanProperty offeredProperty() {
        return offered.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
