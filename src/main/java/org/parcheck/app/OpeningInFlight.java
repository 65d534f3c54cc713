package org.parcheck.app;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;

/**
 * The database open that a window started and has not handed to its state yet. A window closed while its database
 * still opens (migrations after an update, the first check of a large file, the demo's seeding) waits here for the
 * open to end, and closes what it opened ({@link MainWindow}). Before, the open went on in a daemon thread that the
 * JVM stops at exit: a migration could be cut short, and the file it opened was never closed (H2's lock file left, no
 * compaction at close, no check after close). Found in session 11 by closing the window of a new folder while its
 * database was being created. One per window: a window opens its database once (after the protection check); a
 * restore reopens it through the window's state, not through here.
 */
final class OpeningInFlight {

    private static final Logger LOG = Logger.getLogger(OpeningInFlight.class.getName());

    private final CompletableFuture<AppServices> opened = new CompletableFuture<>();
    private volatile boolean started;
    private volatile boolean claimed;

    /** The open, wrapped so that its result or its failure is known here too. */
    Callable<AppServices> track(Callable<AppServices> open) {
        started = true;
        return () -> {
            try {
                AppServices services = open.call();
                opened.complete(services);
                return services;
            } catch (Exception | Error e) {
                opened.completeExceptionally(e);
                throw e;
            }
        };
    }

    /** The window took what the open opened (it is ready, or was later restored): nothing is left to close here. */
    void claimed() {
        claimed = true;
    }

    /**
     * At close, when the window has not taken what its open opened: waits up to {@code limit} for the open and
     * returns what it opened, for the caller to close. Empty when no open was started, when its result was claimed,
     * when it failed, or when it took longer than {@code limit} (logged: the open is then left to the JVM's exit).
     */
    Optional<AppServices> awaitUnclaimed(Duration limit) {
        if (!started || claimed) {
            return Optional.empty();
        }
        try {
            return Optional.of(opened.get(limit.toMillis(), TimeUnit.MILLISECONDS));
        } catch (ExecutionException e) {
            return Optional.empty();
        } catch (TimeoutException e) {
            LOG.warning(() -> "The window closed while its database was opening; the open took longer than " + limit
                    + " and was left unfinished");
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
