package org.parcheck.common.fx;

import java.util.concurrent.Callable;

/**
 * The one way to run work off the FX thread (docs/architecture/house-rules.md). Reads and computations run on a
 * small pool; database writes run one at a time on a single writer thread, in submission order. Callbacks run on
 * the FX thread in production and on the calling thread in tests ({@link SameThreadExecutor}). Long work
 * ({@link #runTracked}, {@link #writeTracked}) reports progress and can be cancelled; an executor
 * {@link #within(TaskScope) within} a screen's scope drops every result once the user left the screen.
 */
public interface BackgroundExecutor {

    /** Work that may run in parallel with other work (reads, computations, file rendering). */
    <T> BackgroundTask<T> run(Callable<T> work);

    /** Work that writes to the database; runs on the single writer thread, in order. */
    <T> BackgroundTask<T> write(Callable<T> work);

    /** {@link #run(Callable)} for long work that reports progress and stops when cancelled. */
    <T> BackgroundTask<T> runTracked(BackgroundTask.Work<T> work);

    /** {@link #write(Callable)} for long work that reports progress and stops when cancelled. */
    <T> BackgroundTask<T> writeTracked(BackgroundTask.Work<T> work);

    /** Waits for queued writes and stops the threads. */
    void shutdown();

    /** This executor with every task tied to {@code scope}: cancelled, its result dropped, when the scope ends. */
    default BackgroundExecutor within(TaskScope scope) {
        BackgroundExecutor outer = this;
        return new BackgroundExecutor() {
            @Override
            public <T> BackgroundTask<T> run(Callable<T> work) {
                return outer.run(work).in(scope);
            }

            @Override
            public <T> BackgroundTask<T> write(Callable<T> work) {
                return outer.write(work).in(scope);
            }

            @Override
            public <T> BackgroundTask<T> runTracked(BackgroundTask.Work<T> work) {
                return outer.runTracked(work).in(scope);
            }

            @Override
            public <T> BackgroundTask<T> writeTracked(BackgroundTask.Work<T> work) {
                return outer.writeTracked(work).in(scope);
            }

            @Override
            public void shutdown() {
                scope.close();
            }
        };
    }
}
