package org.parcheck.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
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
    void withinOneProcessTheLockIsNotHandedOutTwice() throws Exception {
        try (InstanceLock first = InstanceLock.tryAcquire(dataDir).orElseThrow()) {
            assertTrue(InstanceLock.tryAcquire(dataDir).isEmpty());
            assertTrue(first != null);
        }
    }
}
