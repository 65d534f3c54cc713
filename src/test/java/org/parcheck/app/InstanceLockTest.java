package org.parcheck.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.persistence.ChildProcess;
import org.parcheck.persistence.DataFolderHolder;

class InstanceLockTest {

    @TempDir
    Path dataDir;

    @Test
    void aSecondParCheckOnTheSameFolderDoesNotGetTheLock() throws Exception {
        try (ChildProcess first = ChildProcess.start(DataFolderHolder.class, "lock", dataDir.toString())) {
            first.awaitLine("HOLDING");
            Optional<InstanceLock> second = InstanceLock.tryAcquire(dataDir);
            assertTrue(second.isEmpty(), "the second instance must be refused");
        }
    }

    @Test
    void theLockIsFreeAgainOnceTheFirstProcessIsGone() throws Exception {
        try (ChildProcess first = ChildProcess.start(DataFolderHolder.class, "lock", dataDir.toString())) {
            first.awaitLine("HOLDING");
        }
        Optional<InstanceLock> again = InstanceLock.tryAcquire(dataDir);
        assertTrue(again.isPresent(), "a killed instance must not block the folder");
        again.get().close();
    }

    @Test
    void aStartWaitsForAHolderThatIsClosingTheFolder() throws Exception {
        InstanceLock closing = InstanceLock.tryAcquire(dataDir).orElseThrow();
        closing.markClosing();
        assertTrue(InstanceLock.isClosing(dataDir));
        ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor();
        try {
            later.schedule(() -> {
                closing.close();
                return null;
            }, 300, TimeUnit.MILLISECONDS);
            Optional<InstanceLock> next = InstanceLock.acquire(dataDir, Duration.ofSeconds(60));
            assertTrue(next.isPresent(), "the lock, once the closing holder let it go");
            assertFalse(InstanceLock.isClosing(dataDir), "the note went with the lock");
            next.get().close();
        } finally {
            later.shutdownNow();
        }
    }

    @Test
    void aHolderThatIsNotClosingIsNotWaitedFor() throws Exception {
        try (InstanceLock open = InstanceLock.tryAcquire(dataDir).orElseThrow()) {
            long start = System.nanoTime();
            assertTrue(InstanceLock.acquire(dataDir, Duration.ofSeconds(120)).isEmpty());
            assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(60)) < 0,
                    "refused at once, not after the wait");
            assertFalse(InstanceLock.isClosing(dataDir), "said as open, not as closing");
            assertTrue(open != null);
        }
    }

    @Test
    void aHolderStillClosingAfterTheWaitIsSaidToBeClosing() throws Exception {
        try (InstanceLock closing = InstanceLock.tryAcquire(dataDir).orElseThrow()) {
            closing.markClosing();
            assertTrue(InstanceLock.acquire(dataDir, Duration.ofMillis(300)).isEmpty());
            assertTrue(InstanceLock.isClosing(dataDir));
        }
        assertFalse(InstanceLock.isClosing(dataDir));
    }

    @Test
    void theNoteOfAHolderThatDiedWhileClosingIsRemovedByTheNext() throws Exception {
        Files.writeString(dataDir.resolve(InstanceLock.CLOSING_FILE), "closing since yesterday");
        try (InstanceLock next = InstanceLock.acquire(dataDir, Duration.ofSeconds(60)).orElseThrow()) {
            assertFalse(InstanceLock.isClosing(dataDir));
            assertTrue(next != null);
        }
    }

    @Test
    void withinOneProcessTheLockIsNotHandedOutTwice() throws Exception {
        try (InstanceLock first = InstanceLock.tryAcquire(dataDir).orElseThrow()) {
            assertTrue(InstanceLock.tryAcquire(dataDir).isEmpty());
            assertTrue(first != null);
        }
    }
}
