package org.parcheck.answering;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.common.util.HashedFiles;

/**
 * Opening a visit checks its attached files from two places at once (the visit screen's warning and the findings
 * tab): each file is read and hashed once, counted through the hash seam.
 */
class EvidenceFilesHashOnceTest {

    @TempDir
    Path dataDir;
    @TempDir
    Path outside;
    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicLong nanos = new AtomicLong(1_000);
    private EvidenceFiles files;
    private List<EvidenceCitation> evidence;

    @BeforeEach
    void attachTwoFiles() throws Exception {
        files = new EvidenceFiles(dataDir, (file, sha) -> {
            reads.incrementAndGet();
            return HashedFiles.matches(file, sha);
        }, nanos::get);
        evidence = List.of(citation("Quyết định số 12"), citation("Báo cáo tự đánh giá"));
    }

    private EvidenceCitation citation(String text) throws Exception {
        Path original = outside.resolve(UUID.randomUUID() + ".txt");
        Files.writeString(original, text);
        EvidenceFiles.Stored stored = files.store(7, original);
        return new EvidenceCitation(null, UUID.randomUUID(), null, "1/QĐ", null, null, text, stored.relativePath(),
                stored.sha256());
    }

    @Test
    void twoChecksOfOneOpeningReadEachFileOnce() {
        assertThat(files.check(evidence)).isEmpty();
        assertThat(files.check(evidence)).isEmpty();
        assertThat(reads).hasValue(2);
    }

    @Test
    void aFileChangedSinceIsReadAgainAndReported() throws Exception {
        assertThat(files.check(evidence)).isEmpty();
        Files.writeString(files.resolve(evidence.get(0).attachmentPath()), "Quyết định đã bị sửa");
        List<AttachmentProblem> found = files.check(evidence);
        assertThat(found).extracting(AttachmentProblem::kind).containsExactly(AttachmentProblem.Kind.ALTERED);
        assertThat(reads).hasValue(3);
        Files.delete(files.resolve(evidence.get(1).attachmentPath()));
        assertThat(files.check(evidence)).extracting(AttachmentProblem::kind)
                .containsExactly(AttachmentProblem.Kind.ALTERED, AttachmentProblem.Kind.MISSING);
        assertThat(reads).hasValue(3);
    }

    @Test
    void finalisingReadsEveryFileAgain() {
        assertThat(files.check(evidence)).isEmpty();
        assertThat(files.checkNow(evidence)).isEmpty();
        assertThat(reads).hasValue(4);
    }

    @Test
    void aLaterCheckReadsTheFilesAgain() {
        files.check(evidence);
        nanos.addAndGet(EvidenceFiles.REUSE.toNanos() + 1);
        files.check(evidence);
        assertThat(reads).hasValue(4);
    }

    @Test
    void aCheckMadeWhileAnotherReadsWaitsForThatRead() throws Exception {
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        EvidenceFiles slow = new EvidenceFiles(dataDir, (file, sha) -> {
            reads.incrementAndGet();
            reading.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return HashedFiles.matches(file, sha);
        }, nanos::get);
        List<EvidenceCitation> one = evidence.subList(0, 1);
        CompletableFuture<List<AttachmentProblem>> first = CompletableFuture.supplyAsync(() -> slow.check(one));
        assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<List<AttachmentProblem>> second = CompletableFuture.supplyAsync(() -> slow.check(one));
        release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isEmpty();
        assertThat(second.get(10, TimeUnit.SECONDS)).isEmpty();
        assertThat(reads).hasValue(1);
    }
}
