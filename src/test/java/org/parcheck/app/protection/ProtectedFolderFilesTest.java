package org.parcheck.app.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.answering.AttachmentProblem;
import org.parcheck.answering.EvidenceCitation;
import org.parcheck.answering.EvidenceFiles;
import org.parcheck.app.AppServices;
import org.parcheck.app.backup.BackupService;
import org.parcheck.common.util.HashedFiles;
import org.parcheck.persistence.backup.BackupException;
import org.parcheck.persistence.backup.BackupInfo;
import org.parcheck.persistence.backup.DatabaseRestore;
import org.parcheck.protection.DataKey;
import org.parcheck.protection.SealedStreams;
import org.parcheck.report.SeedReports;

/** #19: the evidence copies and the automatic backups of a protected folder are encrypted, and still work. */
class ProtectedFolderFilesTest {

    private static final char[] PASSWORD = "mật khẩu đủ dài 2026".toCharArray();

    @TempDir
    Path dataDir;
    @TempDir
    Path outside;
    private final StepClock clock = new StepClock();
    private DataKey key;
    private AppServices services;
    private BackupService backups;
    private long visitId;
    private byte[] content;

    @BeforeEach
    void open() throws Exception {
        FolderProtection.protectNewFolder(dataDir, PASSWORD);
        key = FolderProtection.unlock(dataDir, PASSWORD);
        reopen();
        visitId = SeedReports.haLangVisitId(services);
        content = ("Căn cước công dân số 0380 9912 3456 — Nguyễn Thị Bí Mật " + "x".repeat(200_000))
                .getBytes(StandardCharsets.UTF_8);
    }

    private void reopen() {
        services = AppServices.open(dataDir, true, key);
        backups = new BackupService(dataDir, services.database(), () -> 10, clock, () -> "Trần Văn Kiểm", key);
    }

    @AfterEach
    void close() {
        if (services != null) {
            services.close();
        }
        key.close();
    }

    private Path attach(String name) throws Exception {
        Path original = outside.resolve(name);
        Files.write(original, content);
        EvidenceFiles.Stored stored = services.evidenceFiles().store(visitId, original);
        services.answerService().addEvidence(visitId, EvidenceCitation.of(null, name, null, null, name)
                .withAttachment(stored.relativePath(), stored.sha256()));
        return dataDir.resolve(stored.relativePath());
    }

    @Test
    void anEvidenceCopyIsEncryptedUnderANameThatTellsNothingAndIsCheckedDecrypted() throws Exception {
        Path file = attach("CCCD Nguyễn Thị Bí Mật.pdf");
        assertThat(file.getFileName().toString()).matches("[0-9a-f]{24}\\.bin");
        assertTrue(SealedStreams.isSealed(file));
        byte[] raw = Files.readAllBytes(file);
        assertFalse(contains(raw, "Bí Mật".getBytes(StandardCharsets.UTF_8)));
        assertEquals(HashedFiles.sha256(outside.resolve("CCCD Nguyễn Thị Bí Mật.pdf")),
                HashedFiles.sha256(file, key.fileKey()));
        assertThat(services.answerService().attachmentProblems(visitId)).isEmpty();

        // the same content attached again gets the same name; a changed byte is reported as altered
        assertEquals(file, dataDir.resolve(services.evidenceFiles().store(visitId,
                outside.resolve("CCCD Nguyễn Thị Bí Mật.pdf")).relativePath()));
        raw[raw.length / 2] ^= 1;
        Files.write(file, raw);
        assertThat(services.answerService().attachmentProblems(visitId)).extracting(AttachmentProblem::kind)
                .containsExactly(AttachmentProblem.Kind.ALTERED);
    }

    @Test
    void aBackupIsEncryptedWholeAndRestoresWithTheKey() throws Exception {
        Path file = attach("Biên bản mật.pdf");
        String sha = HashedFiles.sha256(file, key.fileKey());
        BackupInfo backup = backups.backupNow();
        assertTrue(SealedStreams.isSealed(backup.file()));
        byte[] raw = Files.readAllBytes(backup.file());
        assertFalse(contains(raw, "attachments".getBytes(StandardCharsets.US_ASCII)));
        assertFalse(contains(raw, "Trần Văn Kiểm".getBytes(StandardCharsets.UTF_8)));
        assertEquals("Trần Văn Kiểm", backups.madeBy(backup).orElseThrow());
        assertThat(backups.list()).extracting(BackupInfo::file).containsExactly(backup.file());

        // lost, then restored with the key
        Files.delete(file);
        clock.advance(Duration.ofMinutes(1));
        services.close();
        services = null;
        BackupService.restore(dataDir, backup, clock, key);
        reopen();
        assertEquals(sha, HashedFiles.sha256(file, key.fileKey()));
        assertThat(services.answerService().attachmentProblems(visitId)).isEmpty();
        BackupInfo safety = backups.list().stream().filter(BackupInfo::beforeRestore).findFirst().orElseThrow();
        assertTrue(SealedStreams.isSealed(safety.file()));
    }

    @Test
    void anEncryptedBackupIsRefusedWithoutTheKeyOrWithAnotherFolderKey() throws Exception {
        attach("Tờ trình.pdf");
        BackupInfo backup = backups.backupNow();
        BackupException none = assertThrows(BackupException.class, () -> DatabaseRestore.check(dataDir,
                backup.file()));
        assertEquals(BackupException.Kind.DAMAGED_BACKUP, none.kind());
        try (DataKey other = DataKey.random()) {
            BackupException wrong = assertThrows(BackupException.class, () -> DatabaseRestore.check(dataDir,
                    backup.file(), other));
            assertEquals(BackupException.Kind.DAMAGED_BACKUP, wrong.kind());
        }
        DatabaseRestore.check(dataDir, backup.file(), key);
    }

    /** A clock moved on by hand: two backups never share a name. */
    static final class StepClock extends Clock {
        private Instant now = Instant.parse("2026-03-14T02:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.ofHours(7);
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
