package org.parcheck.common.fx;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;

/** Production executor: a daemon pool for reads, one writer thread for writes, callbacks on the FX thread. */
public final class FxBackgroundExecutor implements BackgroundExecutor {

    private static final Logger LOG = Logger.getLogger(FxBackgroundExecutor.class.getName());

    private final ExecutorService pool;
    private final ExecutorService writer;
    private final Consumer<Runnable> callbackThread;

    public FxBackgroundExecutor() {
        this(Platform::runLater);
    }

    /** For tests and headless use: callbacks delivered through {@code callbackThread}. */
    public FxBackgroundExecutor(Consumer<Runnable> callbackThread) {
        this.callbackThread = callbackThread;
        this.pool = Executors.newFixedThreadPool(2, named("parcheck-worker", true));
        this.writer = Executors.newSingleThreadExecutor(named("parcheck-writer", false));
    }

    @Override
    public <T> BackgroundTask<T> run(Callable<T> work) {
        return new BackgroundTask<>(work, this::launchOnPool);
    }

    @Override
    public <T> BackgroundTask<T> write(Callable<T> work) {
        return new BackgroundTask<>(work, this::launchOnWriter);
    }

    private <T> void launchOnPool(BackgroundTask<T> task) {
        pool.execute(() -> execute(task));
    }

    private <T> void launchOnWriter(BackgroundTask<T> task) {
        writer.execute(() -> execute(task));
    }

    private <T> void execute(BackgroundTask<T> task) {
        try {
            T value = task.work().call();
            callbackThread.accept(() -> task.succeed(value));
        } catch (Exception | Error e) {
            // the window's "details are in the log file" messages rely on this line (docs/record/bad-input.md)
            LOG.log(Level.WARNING, "Background work failed on " + Thread.currentThread().getName(), e);
            callbackThread.accept(() -> task.fail(e));
        }
    }

    @Override
    public void shutdown() {
        pool.shutdown();
        writer.shutdown();
        try {
            writer.awaitTermination(10, TimeUnit.SECONDS);
            pool.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory named(String prefix, boolean daemon) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(daemon);
            return thread;
        };
    }
}
