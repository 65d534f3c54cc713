package org.parcheck.common.fx;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lifetime of a screen (or a dialog): the tasks started in it are cancelled when it ends, so that a result
 * arriving after the user left (a list loaded, a report written) is dropped instead of updating a screen nobody
 * sees; database writes still complete. The navigator ends the screen's scope on leaving it
 * ({@code NavigationModel}); view models get an executor
 * {@link BackgroundExecutor#within(TaskScope) within} the scope and need not know about it.
 */
public final class TaskScope implements AutoCloseable {

    private final Set<BackgroundTask<?>> running = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    /** Called when a task of this scope starts; a task started in an ended scope is cancelled at once. */
    void started(BackgroundTask<?> task) {
        if (closed) {
            task.screenLeft();
        } else {
            running.add(task);
        }
    }

    void finished(BackgroundTask<?> task) {
        running.remove(task);
    }

    /** How many tasks of this scope are still running. */
    public int running() {
        return running.size();
    }

    public boolean isClosed() {
        return closed;
    }

    /**
     * Ends the scope: its reads are cancelled (their results dropped, queued ones never run); its database writes
     * still run, so that no change is lost, but their callbacks are dropped.
     */
    @Override
    public void close() {
        closed = true;
        for (BackgroundTask<?> task : running) {
            task.screenLeft();
        }
        running.clear();
    }
}
