package org.parcheck.app;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One ParCheck per data folder: an OS file lock on {@code parcheck.lock}, taken before anything else is
 * touched and released by the OS if the process dies.
 *
 * <p>A window that closes keeps the lock for a few seconds after it disappears: it closes the database (compacting
 * it, D22/D34) and checks the file once more (D33). It says so with {@link #markClosing()}, a file
 * {@code parcheck.closing} beside the lock, removed when the lock is let go. A ParCheck started meanwhile
 * ({@link #acquire}) waits for that close instead of saying that ParCheck is already open when no window is left.
 */
public final class InstanceLock implements AutoCloseable {

    public static final String FILE_NAME = "parcheck.lock";
    /**
     * How long a start waits for a ParCheck that is closing the folder: a close compacts the file and checks it,
     * seconds on a laptop; one that first waits for the database it was still opening takes longer (rare).
     */
    public static final Duration CLOSING_WAIT = Duration.ofSeconds(20);
    /** Beside the lock while its holder closes the data folder. */
    public static final String CLOSING_FILE = "parcheck.closing";

    private static final Logger LOG = Logger.getLogger(InstanceLock.class.getName());
    private static final long POLL_MILLIS = 100;

    private final Path dataDir;

    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(Path dataDir, FileChannel channel, FileLock lock) {
        this.dataDir = dataDir;
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock, or empty when another ParCheck holds it. */
    public static Optional<InstanceLock> tryAcquire(Path dataDir) throws IOException {
        FileChannel channel = FileChannel.open(dataDir.resolve(FILE_NAME), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            // a holder that died while it closed left its note: the lock it spoke of is gone
            Files.deleteIfExists(dataDir.resolve(CLOSING_FILE));
            return Optional.of(new InstanceLock(dataDir, channel, lock));
        } catch (OverlappingFileLockException e) {
            channel.close();
            return Optional.empty();
        }
    }

    /**
     * The lock, waiting up to {@code wait} while its holder says it is closing ({@link #isClosing}); empty when
     * another ParCheck holds it and is not closing, or is still closing after {@code wait}.
     */
    public static Optional<InstanceLock> acquire(Path dataDir, Duration wait) throws IOException {
        return acquire(dataDir, wait, () -> false);
    }

    /**
     * {@link #acquire(Path, Duration)}, giving up (empty) as soon as {@code giveUp} says so: the window that waited
     * was closed ({@link ClosingWait}).
     */
    public static Optional<InstanceLock> acquire(Path dataDir, Duration wait, BooleanSupplier giveUp)
            throws IOException {
        long end = System.nanoTime() + wait.toNanos();
        Optional<InstanceLock> lock = tryAcquire(dataDir);
        while (lock.isEmpty() && isClosing(dataDir) && System.nanoTime() < end && !giveUp.getAsBoolean()) {
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
            lock = tryAcquire(dataDir);
        }
        return lock;
    }

    /** Whether the holder of {@code dataDir}'s lock has said that it is closing the folder. */
    public static boolean isClosing(Path dataDir) {
        return Files.exists(dataDir.resolve(CLOSING_FILE));
    }

    /**
     * Says that this holder is closing the folder (its window is gone) until the lock is let go. A failure to say
     * it is logged: a ParCheck started meanwhile then says that ParCheck is open, as before.
     */
    public void markClosing() {
        try {
            Files.writeString(dataDir.resolve(CLOSING_FILE), "closing since " + Instant.now() + "\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not note that " + dataDir + " is being closed", e);
        }
    }

    /** Lets the lock go, and its note of closing with it; a second call does nothing. */
    @Override
    public void close() throws IOException {
        if (!channel.isOpen()) {
            return;
        }
        try {
            Files.deleteIfExists(dataDir.resolve(CLOSING_FILE));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not remove " + CLOSING_FILE + " from " + dataDir, e);
        }
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
