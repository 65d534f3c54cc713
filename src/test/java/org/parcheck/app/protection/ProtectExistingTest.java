package org.parcheck.app.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.answering.EvidenceFiles;
import org.parcheck.app.AppServices;
import org.parcheck.app.backup.BackupService;
import org.parcheck.common.util.TaskProgress;
import org.parcheck.persistence.ChildProcess;
import org.parcheck.persistence.DatabaseException;
import org.parcheck.persistence.backup.BackupInfo;
import org.parcheck.protection.DataKey;
import org.parcheck.protection.RecoveryKey;
import org.parcheck.report.SeedReports;

/**
 * #19: turning protection on for a folder that holds data (evidence, a backup) encrypts all of it, and a crash at any
 * step leaves either the plain folder intact or a protected folder that the next open finishes.
 */
class ProtectExistingTest {

    static final char[] PASSWORD = "mật khẩu của đoàn kiểm tra".toCharArray();

    @TempDir
    static Path template;
    @TempDir
    static Path outside;
    @TempDir
    Path dataDir;

    /** One plain folder with the known strings, an evidence file and a backup; each test works on a copy. */
    @BeforeAll
    static void makeTemplate() throws Exception {
        try (AppServices services = AppServices.open(template)) {
            KnownStrings.fill(services, outside);
            services.backups().backupNow();
        }
    }

    private void copyTemplate() throws IOException {
        try (Stream<Path> walk = Files.walk(template)) {
            for (Path p : walk.sorted().toList()) {
                Path target = dataDir.resolve(template.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    /** The unit, the finding and the evidence file (checked against its hash) are all there. */
    private static void assertDataIntact(AppServices services) {
        assertThat(services.unitService().units()).anyMatch(u -> u.name().equals(KnownStrings.UNIT));
        long visitId = SeedReports.haLangVisitId(services);
        assertThat(services.answerService().sheet(visitId).findings()).anyMatch(
                f -> f.text().equals(KnownStrings.FINDING));
        assertThat(services.answerService().sheet(visitId).evidence()).anyMatch(e -> e.attachmentPath() != null);
        assertThat(services.answerService().attachmentProblems(visitId)).isEmpty();
    }

    @Test
    void aFolderWithDataIsProtectedWholeAndOpensWithThePasswordOrTheRecoveryKey() throws Exception {
        copyTemplate();
        // a log written before protection, as H2's trace wrote them (SQL with values)
        Files.createDirectories(dataDir.resolve("logs"));
        Files.writeString(dataDir.resolve("logs").resolve("parcheck0.log"), "INSERT ... {1: '" + KnownStrings.UNIT
                + "'}\n");
        assertThat(KnownStrings.foundIn(dataDir)).isNotEmpty();
        RecoveryKey recovery = FolderProtection.protectExisting(dataDir, PASSWORD, TaskProgress.NONE);

        assertTrue(FolderProtection.isProtected(dataDir));
        assertThat(KnownStrings.foundIn(dataDir)).isEmpty();
        assertFalse(Files.exists(dataDir.resolve(ExistingFolder.STAGING)));
        assertFalse(Files.exists(dataDir.resolve(ExistingFolder.JOURNAL)));
        assertThrows(DatabaseException.class, () -> AppServices.open(dataDir, true, null));
        try (DataKey key = FolderProtection.unlock(dataDir, PASSWORD);
             AppServices services = AppServices.open(dataDir, true, key)) {
            assertDataIntact(services);
            long visitId = SeedReports.haLangVisitId(services);
            assertThat(services.answerService().sheet(visitId).evidence()).filteredOn(e -> e.attachmentPath() != null)
                    .allMatch(e -> e.attachmentPath().endsWith(EvidenceFiles.PROTECTED_SUFFIX));
            // the backup made before protection (now sealed whole) restores into the protected folder
            List<BackupInfo> backups = services.backups().list();
            assertThat(backups).hasSize(1);
            services.close();
            BackupService.restore(dataDir, backups.get(0), Clock.systemDefaultZone(), key);
        }
        assertThat(KnownStrings.foundIn(dataDir)).isEmpty();
        try (DataKey key = FolderProtection.unlockWithRecoveryKey(dataDir, recovery.text());
             AppServices services = AppServices.open(dataDir, true, key)) {
            assertDataIntact(services);
        }
    }

    /** A crash injected after each step of the protection, as a real crash would (nothing is cleaned up). */
    @Test
    void aCrashAfterAnyStepLeavesThePlainFolderOrAProtectedOneThatTheNextOpenFinishes() throws Exception {
        for (int crashAt = 1; crashAt <= 10; crashAt++) {
            clear(dataDir);
            copyTemplate();
            int at = crashAt;
            assertThrows(Crash.class, () -> ExistingFolder.protect(dataDir, PASSWORD, TaskProgress.NONE, step -> {
                if (step == at) {
                    throw new Crash();
                }
            }));
            assertOpensAfterCrash(at >= 7);
        }
    }

    private void assertOpensAfterCrash(boolean protectedNow) throws Exception {
        assertEquals(protectedNow, FolderProtection.isProtected(dataDir));
        if (protectedNow) {
            try (DataKey key = FolderProtection.unlock(dataDir, PASSWORD);
                 AppServices services = AppServices.open(dataDir, true, key)) {
                assertDataIntact(services);
            }
            assertThat(KnownStrings.foundIn(dataDir)).isEmpty();
        } else {
            try (AppServices services = AppServices.open(dataDir, true, null)) {
                assertDataIntact(services);
            }
        }
        assertFalse(Files.exists(dataDir.resolve(ExistingFolder.STAGING)));
        assertFalse(Files.exists(dataDir.resolve(ExistingFolder.JOURNAL)));
    }

    @Test
    void aProcessKilledWhileStagingOrWhileSwitchingLeavesAFolderThatOpens() throws Exception {
        for (int killAt : new int[] {3, 9}) {
            clear(dataDir);
            copyTemplate();
            try (ChildProcess child = ChildProcess.start(ProtectingChild.class, dataDir.toString(),
                    Integer.toString(killAt))) {
                child.awaitLine("STEP " + killAt);
                child.process().destroyForcibly();
                child.process().waitFor();
            }
            assertOpensAfterCrash(killAt >= 7);
        }
    }

    private static void clear(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(folder)) {
                    Files.delete(p);
                }
            }
        }
    }

    /** Stands for the process dying: an Error, so that nothing on the way out cleans up. */
    static final class Crash extends Error {
        private static final long serialVersionUID = 1L;
    }

    /** A child JVM that protects a folder and stops dead (waits to be killed) after the given step. */
    public static final class ProtectingChild {
        public static void main(String[] args) throws Exception {
            int killAt = Integer.parseInt(args[1]);
            ExistingFolder.protect(Path.of(args[0]), PASSWORD, TaskProgress.NONE, step -> {
                if (step == killAt) {
                    System.out.println("STEP " + step);
                    System.out.flush();
                    try {
                        // parked until the test kills this JVM (at most a minute), never counted down
                        new java.util.concurrent.CountDownLatch(1).await(60, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            });
        }
    }
}
