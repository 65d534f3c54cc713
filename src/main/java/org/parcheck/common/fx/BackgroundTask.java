package org.parcheck.common.fx;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * A unit of background work with callbacks, built fluently and then started:
 * {@code executor.run(() -> load()).onSuccess(this::show).onError(this::fail).start()}.
 */
public final class BackgroundTask<T> {

    /** Runs a prepared task somewhere and delivers its result through the callbacks. */
    @FunctionalInterface
    interface Launcher {
        <T> void launch(BackgroundTask<T> task);
    }

    private final Callable<T> work;
    private final Launcher launcher;
    private Consumer<? super T> onSuccess = value -> { };
    private Consumer<Throwable> onError;
    private boolean started;

    BackgroundTask(Callable<T> work, Launcher launcher) {
        this.work = Objects.requireNonNull(work);
        this.launcher = launcher;
    }

    public BackgroundTask<T> onSuccess(Consumer<? super T> callback) {
        this.onSuccess = Objects.requireNonNull(callback);
        return this;
    }

    public BackgroundTask<T> onError(Consumer<Throwable> callback) {
        this.onError = Objects.requireNonNull(callback);
        return this;
    }

    /** Submits the work; calling it twice is a programming error. */
    public void start() {
        if (started) {
            throw new IllegalStateException("task already started");
        }
        started = true;
        launcher.launch(this);
    }

    Callable<T> work() {
        return work;
    }

    void succeed(T value) {
        onSuccess.accept(value);
    }

    void fail(Throwable error) {
        if (onError != null) {
            onError.accept(error);
        } else {
            UncaughtErrors.report(error);
        }
    }
}
