package org.parcheck.common.fx;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Production executor: a daemon pool for reads, one writer thread for writes, callbacks on the FX thread. Cancelling
 * never interrupts a thread (an interrupt closes H2's file channel and with it the database): work stops where it
 * looks at its progress, and a cancelled result is dropped.
 */
public final class FxBackgroundExecutor implements BackgroundExecutor {

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
        return runTracked(progress -> work.call());
    }

    @Override
    public <T> BackgroundTask<T> write(Callable<T> work) {
        return writeTracked(progress -> work.call());
    }

    @Override
    public <T> BackgroundTask<T> runTracked(BackgroundTask.Work<T> work) {
        return new BackgroundTask<>(work, this::launchOnPool, callbackThread, false);
    }

    @Override
    public <T> BackgroundTask<T> writeTracked(BackgroundTask.Work<T> work) {
        return new BackgroundTask<>(work, this::launchOnWriter, callbackThread, true);
    }

    private <T> void launchOnPool(BackgroundTask<T> task) {
        pool.execute(() -> task.execute(true));
    }

    private <T> void launchOnWriter(BackgroundTask<T> task) {
        writer.execute(() -> task.execute(true));
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

    /**
     * Starts {@code work} on a new daemon thread of its own, which ends with the work. Only for work that must start
     * before any executor exists and cannot wait for one to be set up: the window's warm-up, started before
     * {@code Application.launch} (docs/performance.md "Session 8"). Everything else goes through an executor.
     */
    public static Thread startDaemon(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
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
