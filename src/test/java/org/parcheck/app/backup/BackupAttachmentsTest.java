package org.parcheck.app.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.answering.EvidenceCitation;
import org.parcheck.answering.EvidenceFiles;
import org.parcheck.app.AppServices;
import org.parcheck.common.util.HashedFiles;
import org.parcheck.persistence.StartupCleanup;
import org.parcheck.persistence.backup.BackupException;
import org.parcheck.persistence.backup.BackupInfo;
import org.parcheck.report.SeedReports;

/** Backups carry the evidence files, hashed while zipped and restoring; a restore brings them back. */
class BackupAttachmentsTest {

    @TempDir
    Path dataDir;
    @TempDir
    Path outside;
    private final BackupServiceTest.StepClock clock = new BackupServiceTest.StepClock();
    private AppServices services;
    private BackupService backups;
    private long visitId;
    private byte[] content;

    @BeforeEach
    void open() {
        reopen();
        visitId = SeedReports.haLangVisitId(services);
        content = new byte[2 * 1024 * 1024];
        new Random(4).nextBytes(content);
    }

    private void reopen() {
        services = AppServices.open(dataDir);
        backups = new BackupService(dataDir, services.database(), () -> 10, clock);
    }

    private void closeServices() {
        services.close();
        services = null;
    }

    @AfterEach
    void close() {
        if (services != null) {
            services.close();
        }
    }

    /** Attaches a file named {@code name} to the Hạ Lang visit; returns its path in the data folder. */
    private Path attach(String name, byte[] bytes) throws Exception {
        Path original = outside.resolve(name);
        Files.write(original, bytes);
        EvidenceFiles.Stored stored = new EvidenceFiles(dataDir).store(visitId, original);
        services.answerService().addEvidence(visitId, EvidenceCitation.of(null, name, null, null, name)
                .withAttachment(stored.relativePath(), stored.sha256()));
        return dataDir.resolve(stored.relativePath());
    }

    private static List<String> entries(Path zip) throws Exception {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        return names;
    }

    private static String entry(Path zip, String name) throws Exception {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no " + name + " in " + zip);
    }

    @Test
    void aBackupCarriesTheEvidenceFilesAndARestoreBringsThemBack() throws Exception {
        Path file = attach("Biên bản.pdf", content);
        String relative = dataDir.relativize(file).toString().replace('\\', '/');
        String sha = HashedFiles.sha256(file);
        BackupInfo backup = backups.backupNow();
        assertThat(entries(backup.file())).containsExactly("parcheck.mv.db", relative, "attachments.sha256");
        assertEquals(sha + "  " + relative + "\n", entry(backup.file(), "attachments.sha256"));

        // lost, then restored
        Files.delete(file);
        clock.advance(Duration.ofMinutes(1));
        closeServices();
        BackupService.restore(dataDir, backup, clock);
        reopen();
        assertEquals(sha, HashedFiles.sha256(file));
        assertThat(services.answerService().attachmentProblems(visitId)).isEmpty();

        // cut short, then restored: the short file is replaced, other current files stay
        Path later = outside.resolve("later.txt");
        Files.writeString(later, "x");
        Path unrelated = dataDir.resolve("attachments").resolve("999").resolve("later.txt");
        Files.createDirectories(unrelated.getParent());
        Files.copy(later, unrelated);
        Files.write(file, Arrays.copyOf(content, 1000));
        clock.advance(Duration.ofMinutes(1));
        closeServices();
        BackupService.restore(dataDir, backup, clock);
        reopen();
        assertEquals(sha, HashedFiles.sha256(file));
        // a file no row of the restored database refers to is kept: moved to lost+found/ when the folder opens
        assertEquals("x", Files.readString(keptOrFound(unrelated)));
    }

    @Test
    void aDamagedFileIsLeftOutOfTheNextBackupAndAnEarlierOneStillHasIt() throws Exception {
        Path file = attach("Ảnh.jpg", content);
        String relative = dataDir.relativize(file).toString().replace('\\', '/');
        BackupInfo good = backups.backupNow();
        Files.write(file, Arrays.copyOf(content, 6_300));
        clock.advance(Duration.ofMinutes(1));
        BackupInfo later = backups.backupNow();
        assertThat(entries(later.file())).doesNotContain(relative);
        assertThat(entries(good.file())).contains(relative);
    }

    @Test
    void aBackupWhoseFileDoesNotMatchItsListIsRefusedAndNothingChanges() throws Exception {
        Path file = attach("Tờ trình.pdf", content);
        String relative = dataDir.relativize(file).toString().replace('\\', '/');
        BackupInfo backup = backups.backupNow();
        // the same backup with the evidence file's bytes altered inside the zip
        Path tampered = backups.folder().resolve("parcheck-20250314-090000.zip");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(backup.file()));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(tampered))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(e.getName()));
                byte[] bytes = in.readAllBytes();
                if (e.getName().equals(relative)) {
                    bytes[10] ^= 1;
                }
                out.write(bytes);
                out.closeEntry();
            }
        }
        Files.write(file, Arrays.copyOf(content, 1000));
        closeServices();
        byte[] database = Files.readAllBytes(dataDir.resolve("parcheck.mv.db"));
        BackupInfo chosen = new BackupFolderAccess(dataDir).info(tampered);
        BackupException refused = assertThrows(BackupException.class,
                () -> BackupService.restore(dataDir, chosen, clock));
        assertEquals(BackupException.Kind.DAMAGED_BACKUP, refused.kind());
        assertEquals(1000, Files.size(file), "the current file is as it was");
        assertThat(Files.readAllBytes(dataDir.resolve("parcheck.mv.db"))).isEqualTo(database);
        try (var left = Files.list(dataDir)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("restore-"));
        }
    }

    @Test
    void aRestoreThatFailsHalfWayPutsBackTheFilesItMovedAndLeavesTheDatabase() throws Exception {
        long other = services.planService().visits(services.planService().overviews().get(0).plan().id()).stream()
                .map(v -> v.visit().id()).filter(id -> id != visitId).findFirst().orElseThrow();
        Path first = attach("Một.pdf", content);
        long firstVisit = visitId;
        visitId = other;
        Path second = attach("Hai.pdf", Arrays.copyOf(content, 5000));
        if (first.toString().compareTo(second.toString()) > 0) {
            Path swap = first;
            first = second;
            second = swap;
        }
        visitId = firstVisit;
        BackupInfo backup = backups.backupNow();
        // now: the first file cut short, and the second visit's folder replaced by a plain file, so that putting
        // the second file back fails after the first one was put back
        Files.write(first, Arrays.copyOf(content, 1000));
        Path secondFolder = second.getParent();
        Files.delete(second);
        Files.delete(secondFolder);
        Files.writeString(secondFolder, "not a folder");
        clock.advance(Duration.ofMinutes(1));
        closeServices();
        byte[] database = Files.readAllBytes(dataDir.resolve("parcheck.mv.db"));

        assertThrows(BackupException.class, () -> BackupService.restore(dataDir, backup, clock));
        assertEquals(1000, Files.size(first), "the file moved aside is back");
        assertEquals("not a folder", Files.readString(secondFolder));
        assertThat(Files.readAllBytes(dataDir.resolve("parcheck.mv.db"))).isEqualTo(database);
        try (var left = Files.list(dataDir)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("restore-"));
        }
    }

    @Test
    void anOldBackupWithOnlyTheDatabaseRestoresAndKeepsTheCurrentFiles() throws Exception {
        BackupInfo full = backups.backupNow();
        // a backup as ParCheck made them before: one entry, the database
        Path old = backups.folder().resolve("parcheck-20250101-080000.zip");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(full.file()));
             OutputStream raw = Files.newOutputStream(old); ZipOutputStream out = new ZipOutputStream(raw)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals("parcheck.mv.db")) {
                    out.putNextEntry(new ZipEntry(e.getName()));
                    in.transferTo(out);
                    out.closeEntry();
                }
            }
        }
        assertThat(entries(old)).containsExactly("parcheck.mv.db");
        Path file = attach("Quyết định.pdf", content);
        clock.advance(Duration.ofMinutes(1));
        closeServices();
        BackupService.restore(dataDir, new BackupFolderAccess(dataDir).info(old), clock);
        reopen();
        assertThat(services.answerService().sheet(visitId).evidence()).as("the old database has no citation")
                .noneMatch(e -> "Quyết định.pdf".equals(e.docNumber()));
        try (InputStream in = Files.newInputStream(keptOrFound(file))) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        assertFalse(Files.exists(dataDir.resolve("attachments.sha256")));
    }

    /** The backups folder of a data folder (to pick a backup by file). */
    private static final class BackupFolderAccess {
        private final org.parcheck.persistence.backup.BackupFolder folder;

        BackupFolderAccess(Path dataDir) {
            this.folder = new org.parcheck.persistence.backup.BackupFolder(dataDir);
        }

        BackupInfo info(Path file) {
            return folder.info(file);
        }
    }

    /** {@code file} where it was, or where the start-up clean-up moved it (lost+found/&lt;time&gt;/same path). */
    private Path keptOrFound(Path file) throws IOException {
        if (Files.exists(file)) {
            return file;
        }
        Path relative = dataDir.relativize(file);
        try (Stream<Path> found = Files.list(dataDir.resolve(StartupCleanup.LOST_AND_FOUND))) {
            return found.map(folder -> folder.resolve(relative)).filter(Files::exists).findFirst().orElseThrow();
        }
    }
}
