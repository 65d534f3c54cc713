package org.parcheck.common.fx;

import java.util.concurrent.Callable;

/** Runs every task at once on the calling thread; used by tests and the command line. */
public final class SameThreadExecutor implements BackgroundExecutor {

    @Override
    public <T> BackgroundTask<T> run(Callable<T> work) {
        return new BackgroundTask<>(work, SameThreadExecutor::execute);
    }

    @Override
    public <T> BackgroundTask<T> write(Callable<T> work) {
        return new BackgroundTask<>(work, SameThreadExecutor::execute);
    }

    private static <T> void execute(BackgroundTask<T> task) {
        T value;
        try {
            value = task.work().call();
        } catch (Exception | Error e) {
            task.fail(e);
            return;
        }
        task.succeed(value);
    }

    @Override
    public void shutdown() {
        // nothing to stop
    }
}
