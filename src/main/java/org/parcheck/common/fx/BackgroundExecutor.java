package org.parcheck.common.fx;

import java.util.concurrent.Callable;

/**
 * The one way to run work off the FX thread (style.md rule 5). Reads and computations run on a small pool;
 * database writes run one at a time on a single writer thread, in submission order. Callbacks run on the FX
 * thread in production and on the calling thread in tests ({@link SameThreadExecutor}).
 */
public interface BackgroundExecutor {

    /** Work that may run in parallel with other work (reads, computations, file rendering). */
    <T> BackgroundTask<T> run(Callable<T> work);

    /** Work that writes to the database; runs on the single writer thread, in order. */
    <T> BackgroundTask<T> write(Callable<T> work);

    /** Waits for queued writes and stops the threads. */
    void shutdown();
}
