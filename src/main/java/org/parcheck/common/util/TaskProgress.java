package org.parcheck.common.util;

import java.util.concurrent.CancellationException;

/**
 * What long work (an import, an export, a backup) is handed to say how far it got and to learn that the user
 * cancelled it. Cancelling is cooperative: the work looks at {@link #isCancelled()} or calls
 * {@link #checkCancelled()} between steps and stops there; nothing is interrupted in the middle of a database write
 * (an interrupted thread closes H2's file channel and with it the database).
 */
public interface TaskProgress {

    /** For work run without anybody watching (the command line, tests). */
    TaskProgress NONE = new TaskProgress() {
        @Override
        public void update(long done, long total) {
            // nobody watches
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** {@code done} of {@code total} steps are done; a total of 0 or less means "unknown". */
    void update(long done, long total);

    /** Whether the user cancelled: the work should stop at the next step. */
    boolean isCancelled();

    /** Stops the work with a {@link CancellationException} when the user cancelled. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancellationException("cancelled by the user");
        }
    }
}
