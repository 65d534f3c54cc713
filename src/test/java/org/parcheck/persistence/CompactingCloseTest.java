package org.parcheck.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.protection.DataKey;
import org.parcheck.testing.LogCapture;

/**
 * D34: a data file that is mostly dead space after a burst of commits is rewritten whole when the database closes,
 * and keeps every value; a small or mostly live file is left to H2's own compaction at close.
 */
class CompactingCloseTest {

    private static final String SECRET = "Phường Đông Khê, hồ sơ trễ hạn 7f3a";

    @TempDir
    Path dataDir;

    /**
     * What {@link CompactingClose} logged. H2's own compaction at close often shrinks a test's small burst as well
     * (not the bench folder's, D34), so the size alone would not show which of the two ran.
     */
    private LogCapture log;

    @BeforeEach
    void listen() {
        log = LogCapture.of(CompactingClose.class);
    }

    @AfterEach
    void stopListening() {
        log.close();
    }

    @Test
    void theRuleRewritesOnlyLargeFilesWithLittleLiveData() {
        assertTrue(CompactingClose.worthRewriting(CompactingClose.MIN_FILE_BYTES, 49));
        assertTrue(CompactingClose.worthRewriting(110_379_008L, 1));
        assertFalse(CompactingClose.worthRewriting(CompactingClose.MIN_FILE_BYTES, 50));
        assertFalse(CompactingClose.worthRewriting(CompactingClose.MIN_FILE_BYTES - 1, 1));
        assertFalse(CompactingClose.worthRewriting(-1, 1), "a size H2 did not give");
    }

    @Test
    void aFileMostlyDeadAfterABurstIsRewrittenWholeAtCloseAndKeepsEveryValue() throws Exception {
        Map<String, String> saved;
        long before;
        try (Database db = Database.open(dataDir)) {
            saved = burst(db);
            before = Files.size(db.file());
            assertThat(before).as("the burst made a file the rule rewrites")
                    .isGreaterThanOrEqualTo(CompactingClose.MIN_FILE_BYTES);
        }
        long after = Files.size(Database.fileIn(dataDir));
        assertThat(after).isLessThan(before / 4);
        assertThat(log.messages())
                .anyMatch(line -> line.startsWith("Rewrote ") && line.contains(" -> " + after + " bytes"));
        assertEverythingThere(Database.open(dataDir), saved);
    }

    @Test
    void aProtectedFileIsRewrittenEncryptedWithItsKey() throws Exception {
        try (DataKey key = DataKey.random()) {
            Map<String, String> saved;
            long before;
            try (Database db = Database.open(dataDir, key)) {
                saved = burst(db);
                before = Files.size(db.file());
            }
            Path file = Database.fileIn(dataDir);
            assertThat(Files.size(file)).isLessThan(before / 4);
            assertThat(log.messages()).anyMatch(line -> line.startsWith("Rewrote "));
            assertTrue(DatabaseCipher.isEncrypted(file));
            assertFalse(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)
                    .contains(new String(SECRET.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1)));
            assertEverythingThere(Database.open(dataDir, key), saved);
        }
    }

    @Test
    void aSmallFileIsLeftToH2sOwnCompaction() throws Exception {
        try (Database db = Database.open(dataDir)) {
            new AppMetadata(db).put("probe", SECRET);
            assertThat(Files.size(db.file())).isLessThan(CompactingClose.MIN_FILE_BYTES);
            boolean rewritten = db.dsl().connectionResult(c -> CompactingClose.closeIfMostlyDead(c, db.file(),
                    new ReentrantLock()));
            assertFalse(rewritten);
            assertEquals(SECRET, new AppMetadata(db).get("probe").orElseThrow(), "still open");
        }
        assertThat(log.messages()).noneMatch(line -> line.startsWith("Rewrote "));
    }

    @Test
    void aTransactionStillRunningIsNotCutShort() throws Exception {
        try (Database db = Database.open(dataDir)) {
            Map<String, String> saved = burst(db);
            long before = Files.size(db.file());
            ReentrantLock running = new ReentrantLock();
            CountDownLatch held = new CountDownLatch(1);
            CountDownLatch done = new CountDownLatch(1);
            Thread other = new Thread(() -> {
                running.lock();
                held.countDown();
                try {
                    done.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    running.unlock();
                }
            });
            other.start();
            held.await();
            try {
                boolean rewritten = db.dsl().connectionResult(c -> CompactingClose.closeIfMostlyDead(c, db.file(),
                        running));
                assertFalse(rewritten);
            } finally {
                done.countDown();
                other.join();
            }
            assertEquals(before, Files.size(db.file()), "not rewritten");
            assertEquals(saved.get("burst.0"), new AppMetadata(db).get("burst.0").orElseThrow(), "still open");
        }
    }

    @Test
    void aTransactionOfThisVeryThreadIsNotCutShortEither() throws Exception {
        try (Database db = Database.open(dataDir)) {
            burst(db);
            ReentrantLock running = new ReentrantLock();
            running.lock();
            try {
                boolean rewritten = db.dsl().connectionResult(c -> CompactingClose.closeIfMostlyDead(c, db.file(),
                        running));
                assertFalse(rewritten);
                assertEquals(1, running.getHoldCount(), "the caller's hold is left as it was");
            } finally {
                running.unlock();
            }
            assertTrue(new AppMetadata(db).get("burst.0").isPresent(), "still open");
        }
    }

    @Test
    void aRewriteThatCannotFinishLeavesTheFileWhole() throws Exception {
        Map<String, String> saved;
        long before;
        // H2 writes the copy beside the file under this name: a folder in its place makes the rewrite fail
        Path blocker = dataDir.resolve(Database.FILE_NAME + ".tempFile");
        try (Database db = Database.open(dataDir)) {
            saved = burst(db);
            before = Files.size(db.file());
            Files.createDirectories(blocker.resolve("in-the-way"));
        }
        assertThat(Files.size(Database.fileIn(dataDir))).as("not replaced").isGreaterThan(before / 4);
        assertThat(log.messages()).anyMatch(line -> line.startsWith("Could not rewrite "))
                .noneMatch(line -> line.startsWith("Rewrote "));
        Files.delete(blocker.resolve("in-the-way"));
        Files.delete(blocker);
        assertEverythingThere(Database.open(dataDir), saved);
    }

    @Test
    void aRewriteStoppedBetweenItsLastTwoRenamesIsFinishedAndCheckedAtTheNextOpen() throws Exception {
        try (Database db = Database.open(dataDir)) {
            new AppMetadata(db).put("probe", SECRET);
        }
        // what H2's rename in two steps leaves when it stops after removing the old file: only the finished copy
        Path file = Database.fileIn(dataDir);
        Files.move(file, file.resolveSibling(Database.FILE_NAME + ".newFile"));

        // the read-only open (which takes a folder without a file for a new one) finds it, checked as any other
        try (Database db = Database.openForReading(dataDir, null).orElseThrow()) {
            assertTrue(db.damage().isEmpty());
            assertEquals(SECRET, new AppMetadata(db).get("probe").orElseThrow());
        }
        assertTrue(Files.isRegularFile(file));
        assertFalse(Files.exists(file.resolveSibling(Database.FILE_NAME + ".newFile")));
    }

    /** Commits the same few values again and again, one commit each: the live data stays small, the file grows. */
    private static Map<String, String> burst(Database db) throws Exception {
        AppMetadata metadata = new AppMetadata(db);
        Map<String, String> last = new LinkedHashMap<>();
        String filler = "x".repeat(2000);
        for (int i = 0; Files.size(db.file()) < CompactingClose.MIN_FILE_BYTES + (1 << 20); i++) {
            String value = (i < 20 ? SECRET + i : SECRET + i + filler);
            metadata.put("burst." + i % 20, value);
            last.put("burst." + i % 20, value);
        }
        return last;
    }

    private static void assertEverythingThere(Database reopened, Map<String, String> saved) {
        try (Database db = reopened) {
            assertTrue(db.damage().isEmpty(), "the full check at open finds nothing: " + db.damage());
            for (Map.Entry<String, String> entry : saved.entrySet()) {
                assertEquals(entry.getValue(), new AppMetadata(db).get(entry.getKey()).orElseThrow(), entry.getKey());
            }
        }
    }
}
