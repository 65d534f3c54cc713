package org.parcheck.persistence;

import java.nio.file.Path;
import java.util.Optional;
import org.parcheck.app.InstanceLock;

/** Child-process main: holds the database or the instance lock of a data folder until killed. */
public final class DataFolderHolder {

    private DataFolderHolder() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[1]);
        AutoCloseable held;
        if ("database".equals(args[0])) {
            held = Database.open(dataDir);
        } else {
            Optional<InstanceLock> lock = InstanceLock.tryAcquire(dataDir);
            if (lock.isEmpty()) {
                System.out.println("NOT_ACQUIRED");
                return;
            }
            held = lock.get();
        }
        System.out.println("HOLDING");
        System.out.flush();
        try (AutoCloseable ignored = held) {
            Thread.currentThread().join();
        }
    }
}
