package org.parcheck.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A package opened while ParCheck already runs on the folder reaches the running ParCheck, once. */
class PackageInboxTest {

    @TempDir
    Path dataDir;

    @Test
    void aHandedOverPackageReachesTheRunningParCheck() throws Exception {
        Path file = dataDir.resolve("Gói của Bình.parcheck");
        AtomicReference<Path> received = new AtomicReference<>();
        CountDownLatch arrived = new CountDownLatch(1);
        try (PackageInbox inbox = PackageInbox.watch(dataDir, path -> {
            received.set(path);
            arrived.countDown();
        }, Clock.systemUTC(), Duration.ofMillis(50))) {
            PackageInbox.handOver(dataDir, file);
            assertTrue(arrived.await(10, TimeUnit.SECONDS), "the watcher took the request");
        }
        assertThat(received.get()).isEqualTo(file.toAbsolutePath().normalize());
        try (var left = Files.list(dataDir.resolve(PackageInbox.FOLDER))) {
            assertThat(left).as("the request is removed once taken").isEmpty();
        }
    }

    @Test
    void requestsAreTakenOnceInTheOrderTheyCame() throws Exception {
        List<Path> received = new ArrayList<>();
        Instant now = Instant.now();
        PackageInbox inbox = PackageInbox.unscheduled(dataDir, received::add, Clock.fixed(now, ZoneOffset.UTC));
        // requests are named <millis>-<uuid>; give them fixed times so the order does not depend on the clock
        handOverAs("2000000000000-b", dataDir.resolve("b.parcheck"));
        handOverAs("1000000000000-a", dataDir.resolve("a.parcheck"));
        inbox.poll();
        inbox.poll();
        assertThat(received).containsExactly(dataDir.resolve("a.parcheck"), dataDir.resolve("b.parcheck"));
    }

    /** Hands {@code file} over, then renames the new request to {@code name}. */
    private void handOverAs(String name, Path file) throws Exception {
        Path folder = dataDir.resolve(PackageInbox.FOLDER);
        List<Path> before = Files.isDirectory(folder) ? list(folder) : List.of();
        PackageInbox.handOver(dataDir, file);
        Path fresh = list(folder).stream().filter(r -> !before.contains(r)).findFirst().orElseThrow();
        Files.move(fresh, folder.resolve(name + ".request"));
    }

    private static List<Path> list(Path folder) throws Exception {
        try (var files = Files.list(folder)) {
            return files.toList();
        }
    }

    @Test
    void aStaleRequestIsDroppedNotOpened() throws Exception {
        List<Path> received = new ArrayList<>();
        Instant now = Instant.now();
        PackageInbox.handOver(dataDir, dataDir.resolve("old.parcheck"));
        try (var requests = Files.list(dataDir.resolve(PackageInbox.FOLDER))) {
            for (Path request : requests.toList()) {
                Files.setLastModifiedTime(request, FileTime.from(now.minus(PackageInbox.STALE).minusSeconds(1)));
            }
        }
        Files.writeString(dataDir.resolve(PackageInbox.FOLDER).resolve("9-empty.request"), "  ",
                StandardCharsets.UTF_8);
        PackageInbox.unscheduled(dataDir, received::add, Clock.fixed(now, ZoneOffset.UTC)).poll();
        assertThat(received).as("a stale request and an empty one open nothing").isEmpty();
        try (var left = Files.list(dataDir.resolve(PackageInbox.FOLDER))) {
            assertThat(left).as("both are cleared away").isEmpty();
        }
    }
}
