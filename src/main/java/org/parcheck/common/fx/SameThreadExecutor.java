package org.parcheck.common.fx;

import java.util.concurrent.Callable;

/** Runs every task at once on the calling thread; used by tests and the command line. */
public final class SameThreadExecutor implements BackgroundExecutor {

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
        return new BackgroundTask<>(work, SameThreadExecutor::execute, Runnable::run, false);
    }

    @Override
    public <T> BackgroundTask<T> writeTracked(BackgroundTask.Work<T> work) {
        return new BackgroundTask<>(work, SameThreadExecutor::execute, Runnable::run, true);
    }

    private static <T> void execute(BackgroundTask<T> task) {
        task.execute(false);
    }

    @Override
    public void shutdown() {
        // nothing to stop
    }
}
