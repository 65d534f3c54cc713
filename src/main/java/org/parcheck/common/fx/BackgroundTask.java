package org.parcheck.common.fx;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parcheck.common.util.TaskProgress;

/**
 * A unit of background work with callbacks, built fluently and then started:
 * {@code executor.run(() -> load()).onSuccess(this::show).onError(this::fail).start()}.
 *
 * <p>A task can be cancelled ({@link #cancel()}, or by ending the {@link TaskScope} it runs {@link #in(TaskScope)
 * in}): its result is then dropped and {@link #onCancelled} runs instead of {@code onSuccess}/{@code onError}. Work
 * started with {@link BackgroundExecutor#runTracked} is given a {@link TaskProgress}: it reports progress
 * ({@link #onProgress}, on the callback thread, the latest value only) and stops early when it sees the
 * cancellation. Callbacks run on the FX thread in production and on the calling thread with
 * {@link SameThreadExecutor}.</p>
 */
public final class BackgroundTask<T> {

    /** Work that reports progress and looks for cancellation. */
    @FunctionalInterface
    public interface Work<T> {
        T call(TaskProgress progress) throws Exception;
    }

    /** Runs a prepared task somewhere and delivers its result through the callbacks. */
    @FunctionalInterface
    interface Launcher {
        <T> void launch(BackgroundTask<T> task);
    }

    private static final Logger LOG = Logger.getLogger(FxBackgroundExecutor.class.getName());

    /** Progress value meaning "running, how far unknown" (as {@code ProgressIndicator.INDETERMINATE_PROGRESS}). */
    public static final double UNKNOWN = -1;

    private final Work<T> work;
    private final Launcher launcher;
    private final Consumer<Runnable> callbackThread;
    private final TaskProgress progress = new Progress();
    private final AtomicBoolean progressPending = new AtomicBoolean();
    private final List<Runnable> whenDone = new ArrayList<>();
    private Consumer<? super T> onSuccess = value -> { };
    private Consumer<Throwable> onError;
    private Runnable onCancelled = () -> { };
    private DoubleConsumer onProgress;
    private TaskScope scope;
    private boolean started;
    private final boolean write;
    private boolean finished;
    private volatile boolean cancelled;
    private volatile boolean dropped;
    private volatile double latestProgress = UNKNOWN;

    /** @param write whether the work writes to the database: then leaving the screen drops only its result */
    BackgroundTask(Work<T> work, Launcher launcher, Consumer<Runnable> callbackThread, boolean write) {
        this.write = write;
        this.work = Objects.requireNonNull(work);
        this.launcher = launcher;
        this.callbackThread = callbackThread;
    }

    public BackgroundTask<T> onSuccess(Consumer<? super T> callback) {
        this.onSuccess = Objects.requireNonNull(callback);
        return this;
    }

    public BackgroundTask<T> onError(Consumer<Throwable> callback) {
        this.onError = Objects.requireNonNull(callback);
        return this;
    }

    /** Runs instead of the success or error callback when the task was cancelled. */
    public BackgroundTask<T> onCancelled(Runnable callback) {
        this.onCancelled = Objects.requireNonNull(callback);
        return this;
    }

    /** Gets the work's progress, 0 to 1 or {@link #UNKNOWN}, on the callback thread. */
    public BackgroundTask<T> onProgress(DoubleConsumer callback) {
        this.onProgress = Objects.requireNonNull(callback);
        return this;
    }

    /** Runs after the task ended in any way (success, error or cancelled), after that callback. */
    public BackgroundTask<T> whenDone(Runnable callback) {
        whenDone.add(Objects.requireNonNull(callback));
        return this;
    }

    /** Ties the task to a screen's lifetime: it is cancelled when the scope ends. */
    public BackgroundTask<T> in(TaskScope lifetime) {
        this.scope = lifetime;
        return this;
    }

    /** Submits the work; calling it twice is a programming error. */
    public void start() {
        if (started) {
            throw new IllegalStateException("task already started");
        }
        started = true;
        if (scope != null) {
            scope.started(this);
        }
        launcher.launch(this);
    }

    /**
     * Cancels the task: work not yet begun never runs, work running is told through its {@link TaskProgress} and
     * its result is dropped. Safe from any thread, and more than once.
     */
    public void cancel() {
        cancelled = true;
        dropped = true;
    }

    /**
     * The screen that started the task is gone: a read is cancelled; a database write still runs to its end (the
     * user's change must not be lost), only its callbacks are dropped.
     */
    void screenLeft() {
        if (write) {
            dropped = true;
        } else {
            cancel();
        }
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /**
     * Runs the work on the calling thread and delivers its outcome through the callback thread: not at all when
     * cancelled while waiting, a cancellation as such (never logged as a failure), a failure logged when
     * {@code log} (the window's "details are in the log file" messages rely on that line, docs/record/bad-input.md).
     */
    void execute(boolean log) {
        if (cancelled) {
            callbackThread.accept(() -> succeed(null));
            return;
        }
        try {
            T value = work.call(progress);
            callbackThread.accept(() -> succeed(value));
        } catch (Exception | Error e) {
            if (log && !isCancellation(e)) {
                LOG.log(Level.WARNING, "Background work failed on " + Thread.currentThread().getName(), e);
            }
            callbackThread.accept(() -> fail(e));
        }
    }

    void succeed(T value) {
        if (cancelled) {
            end(onCancelled);
        } else if (dropped) {
            end(() -> { });
        } else {
            end(() -> onSuccess.accept(value));
        }
    }

    void fail(Throwable error) {
        if (cancelled || error instanceof CancellationException) {
            end(onCancelled);
        } else if (dropped) {
            end(() -> { });
        } else if (onError != null) {
            end(() -> onError.accept(error));
        } else {
            end(() -> UncaughtErrors.report(error));
        }
    }

    /** Whether the failure is the work stopping because it was cancelled (not worth a warning in the log). */
    private boolean isCancellation(Throwable error) {
        return cancelled || error instanceof CancellationException;
    }

    private void end(Runnable callback) {
        if (finished) {
            return;
        }
        finished = true;
        if (scope != null) {
            scope.finished(this);
        }
        try {
            callback.run();
        } finally {
            whenDone.forEach(Runnable::run);
        }
    }

    /** The work's side: progress posted to the callback thread, at most one post waiting at a time. */
    private final class Progress implements TaskProgress {
        @Override
        public void update(long done, long total) {
            latestProgress = total <= 0 ? UNKNOWN : Math.min(1.0, Math.max(0.0, (double) done / total));
            if (onProgress != null && progressPending.compareAndSet(false, true)) {
                callbackThread.accept(() -> {
                    progressPending.set(false);
                    if (!dropped && !finished) {
                        onProgress.accept(latestProgress);
                    }
                });
            }
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }
    }
}
