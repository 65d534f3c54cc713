package org.parcheck.common.fx;

import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A view model's long task as the window shows it: whether one runs, how far it got, what it does, and a way to
 * cancel it. A {@link TaskProgressBox} in the view binds to it. No {@code Node} here: view-model tests read it.
 */
public final class RunningTask {

    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(BackgroundTask.UNKNOWN);
    private final StringProperty text = new SimpleStringProperty("");
    private final BooleanProperty cancellable = new SimpleBooleanProperty(false);
    private BackgroundTask<?> current;

    /** Shows {@code task} as running with {@code what} and a cancel button until it ends; returns it, to start. */
    public <T> BackgroundTask<T> track(String what, BackgroundTask<T> task) {
        return show(what, task, true);
    }

    /**
     * Shows {@code task} as running without a cancel button: for a database write or a backup, which once begun
     * runs to its end (saying "cancelled" would not be true).
     */
    public <T> BackgroundTask<T> trackToEnd(String what, BackgroundTask<T> task) {
        return show(what, task, false);
    }

    /**
     * Shows {@code task} with a text that changes as the work goes through its steps (a sync: reading, downloading,
     * sending): {@code what} is read again at every progress update. With a cancel button when {@code canCancel}.
     */
    public <T> BackgroundTask<T> trackSteps(Supplier<String> what, BackgroundTask<T> task, boolean canCancel) {
        show(what.get(), task, canCancel);
        task.onProgress(value -> {
            progress.set(value);
            text.set(what.get());
        });
        return task;
    }

    private <T> BackgroundTask<T> show(String what, BackgroundTask<T> task, boolean canCancel) {
        current = task;
        cancellable.set(canCancel);
        text.set(what);
        progress.set(BackgroundTask.UNKNOWN);
        running.set(true);
        task.onProgress(progress::set).whenDone(() -> {
            if (current == task) {
                current = null;
                running.set(false);
            }
        });
        return task;
    }

    /** Cancels the task shown (the cancel button): its result is dropped, its onCancelled runs. */
    public void cancel() {
        if (current != null && cancellable.get()) {
            current.cancel();
        }
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    /** 0 to 1, or {@link BackgroundTask#UNKNOWN}. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    /** Whether the task shown can be cancelled (the cancel button shows). */
    public ReadOnlyBooleanProperty cancellableProperty() {
        return cancellable;
    }

    public ReadOnlyStringProperty textProperty() {
        return text;
    }
}
