package org.parcheck.app.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.answering.Answer;
import org.parcheck.app.AppServices;
import org.parcheck.persistence.Database;
import org.parcheck.persistence.backup.BackupException;
import org.parcheck.persistence.backup.BackupFolder;
import org.parcheck.persistence.backup.BackupInfo;
import org.parcheck.persistence.backup.DatabaseRestore;
import org.parcheck.plan.PlanOverview;

/**
 * Backups on the demo database (a real H2 file in a temp data folder). H2 only: H2's {@code BACKUP}; the server's
 * backups are the IT staff's {@code pg_dump} (docs/server/setup.md).
 */
class BackupServiceTest {

    /** A clock that moves only when told to. */
    static final class StepClock extends Clock {
        private Instant now = Instant.parse("2025-03-14T08:30:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
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

    @TempDir
    Path dataDir;
    private final StepClock clock = new StepClock();
    private AppServices services;
    private BackupService backups;
    private long visitId;
    private String item;

    @BeforeEach
    void open() {
        reopen(10);
        PlanOverview plan = services.planService().overviews().get(0);
        visitId = services.planService().visits(plan.plan().id()).stream()
                .filter(v -> v.unitDisplayName().equals("huyện Hạ Lang")).findFirst().orElseThrow().visit().id();
        item = services.answerService().open(visitId).framework().content().leaves().get(0).code();
    }

    private void reopen(int keep) {
        services = AppServices.open(dataDir);
        backups = new BackupService(dataDir, services.database(), () -> keep, clock);
    }

    @AfterEach
    void close() {
        if (services != null) {
            services.close();
        }
    }

    private void setNote(String note) {
        Answer a = services.answerService().sheet(visitId).answer(item);
        services.answerService().saveAnswer(visitId, a.withNote(note));
    }

    private String note() {
        return services.answerService().sheet(visitId).answer(item).note();
    }

    @Test
    void restoreBringsBackYesterdaysDataAfterASafetyBackupOfToday() throws Exception {
        setNote("hôm qua");
        BackupInfo yesterday = backups.backupNow();
        assertThat(yesterday.fileName()).isEqualTo("parcheck-20250314-083000.zip");
        assertThat(yesterday.size()).isPositive();
        clock.advance(Duration.ofDays(1));
        setNote("hôm nay");

        services.close();
        services = null;
        DatabaseRestore.Restored restored = BackupService.restore(dataDir, yesterday, clock);
        reopen(10);

        assertEquals("hôm qua", note());
        Path safety = restored.safetyCopy().orElseThrow();
        assertThat(safety.getFileName()).hasToString("parcheck-20250315-083000-before-restore.zip");
        assertThat(backups.list()).extracting(BackupInfo::file).contains(safety, yesterday.file());
        assertTrue(backups.list().get(0).beforeRestore());

        // and the safety copy brings back today's data
        services.close();
        services = null;
        BackupService.restore(dataDir, backups.list().get(0), clock);
        reopen(10);
        assertEquals("hôm nay", note());
    }

    @Test
    void keepsTheNewestNBackups() {
        backups = new BackupService(dataDir, services.database(), () -> 3, clock);
        for (int i = 0; i < 5; i++) {
            backups.backupNow();
            clock.advance(Duration.ofMinutes(1));
        }
        List<BackupInfo> kept = backups.list();
        assertThat(kept).extracting(BackupInfo::fileName).containsExactly("parcheck-20250314-083400.zip",
                "parcheck-20250314-083300.zip", "parcheck-20250314-083200.zip");
    }

    @Test
    void twoBackupsInTheSameSecondGetDistinctNames() {
        BackupInfo first = backups.backupNow();
        BackupInfo second = backups.backupNow();
        assertThat(second.fileName()).isEqualTo("parcheck-20250314-083000-1.zip");
        assertThat(backups.list()).extracting(BackupInfo::file).containsExactly(second.file(), first.file());
    }

    @Test
    void backsUpOnStartOnlyWhenTheDataChangedSinceTheLastBackup() {
        assertTrue(backups.changedSinceLastBackup(), "never backed up");
        assertThat(backups.backupOnStartIfChanged()).isPresent();
        assertFalse(backups.changedSinceLastBackup());
        clock.advance(Duration.ofMinutes(1));
        assertThat(backups.backupOnStartIfChanged()).isEmpty();

        services.close();
        reopen(10);
        assertThat(backups.backupOnStartIfChanged()).as("reopening is not a change").isEmpty();

        setNote("đã sửa");
        assertTrue(backups.changedSinceLastBackup());
        assertThat(backups.backupOnStartIfChanged()).isPresent();
        assertThat(backups.list()).hasSize(2);
    }

    @Test
    void aDamagedBackupIsRefusedAndTheDatabaseIsLeftByteForByteUnchanged() throws Exception {
        BackupInfo good = backups.backupNow();
        setNote("hiện tại");
        services.close();
        services = null;
        Path db = Database.fileIn(dataDir);
        byte[] before = Files.readAllBytes(db);

        byte[] zip = Files.readAllBytes(good.file());
        Path truncated = dataDir.resolve("backups/parcheck-20250101-000000.zip");
        Files.write(truncated, Arrays.copyOf(zip, zip.length / 2));
        Path garbage = dataDir.resolve("backups/parcheck-20250101-000001.zip");
        Files.write(garbage, "không phải zip".getBytes(StandardCharsets.UTF_8));
        List<BackupInfo> listed = new BackupFolder(dataDir).list();

        for (BackupInfo bad : listed.stream().filter(b -> !b.file().equals(good.file())).toList()) {
            BackupException e = assertThrows(BackupException.class, () -> BackupService.restore(dataDir, bad, clock));
            assertEquals(BackupException.Kind.DAMAGED_BACKUP, e.kind(), e.getMessage());
        }
        BackupException missing = assertThrows(BackupException.class, () -> BackupService.restore(dataDir,
                new BackupInfo(dataDir.resolve("backups/none.zip"), null, 0, false), clock));
        assertEquals(BackupException.Kind.DAMAGED_BACKUP, missing.kind());

        assertArrayEquals(before, Files.readAllBytes(db));
        assertThat(new BackupFolder(dataDir).list()).hasSameElementsAs(listed);
        try (Stream<Path> files = Files.list(dataDir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("restore-"));
        }
        reopen(10);
        assertEquals("hiện tại", note());
    }

    @Test
    void restoreRefusesWhileTheDatabaseIsOpen() throws Exception {
        BackupInfo backup = backups.backupNow();
        BackupException e = assertThrows(BackupException.class, () -> BackupService.restore(dataDir, backup, clock));
        assertEquals(BackupException.Kind.DATABASE_OPEN, e.kind());
        assertThat(backups.list()).hasSize(1);
    }

    @Test
    void exportsTheWholeDatabaseToAChosenFile() throws Exception {
        setNote("xuất");
        Path target = Files.createDirectories(dataDir.resolve("usb")).resolve("parcheck-export.zip");
        backups.exportTo(target);
        try (InputStream in = Files.newInputStream(target); ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry entry = zip.getNextEntry();
            assertEquals(Database.FILE_NAME, entry.getName());
        }
        services.close();
        services = null;
        BackupService.restore(dataDir, new BackupInfo(target, null, Files.size(target), false), clock);
        reopen(10);
        assertEquals("xuất", note());
    }

    @Test
    void anUnwritableTargetIsReportedAndNothingIsLeftBehind() throws Exception {
        Path notAFolder = Files.writeString(dataDir.resolve("file"), "x");
        BackupException export = assertThrows(BackupException.class,
                () -> backups.exportTo(notAFolder.resolve("x.zip")));
        assertEquals(BackupException.Kind.NOT_WRITABLE, export.kind());

        Files.writeString(dataDir.resolve("backups"), "a file where the backups folder should be");
        BackupException backup = assertThrows(BackupException.class, () -> backups.backupNow());
        assertEquals(BackupException.Kind.NOT_WRITABLE, backup.kind());
        assertTrue(backups.changedSinceLastBackup(), "a failed backup is not recorded as made");
        assertEquals("a file where the backups folder should be", Files.readString(dataDir.resolve("backups")));
    }
}
