package org.parcheck.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.answering.EvidenceCitation;
import org.parcheck.answering.EvidenceFiles;
import org.parcheck.app.AppServices;
import org.parcheck.testing.LogCapture;

/**
 * Leftovers of a ParCheck that was killed are cleared when the data folder is opened again, with a log line each.
 * H2 only: leftovers of a laptop's file and data folder (#17, docs/architecture/persistence.md).
 */
class StartupCleanupTest {

    @TempDir
    Path dir;

    @Test
    void leftoversOfAKilledProcessAreRemovedAtTheNextStartAndEvidenceInUseStays() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        String kept;
        try (AppServices services = AppServices.open(data)) {
            long visitId = services.planService().visits(services.planService().overviews().get(0).plan().id())
                    .get(0).visit().id();
            Path original = dir.resolve("bien-ban.pdf");
            Files.writeString(original, "%PDF-1.4 biên bản");
            EvidenceFiles.Stored stored = new EvidenceFiles(data).store(visitId, original);
            services.answerService().addEvidence(visitId, EvidenceCitation.of(null, "1/BB", null, "UBND", "Biên bản")
                    .withAttachment(stored.relativePath(), stored.sha256()));
            kept = stored.relativePath();
        }
        // what a kill leaves: a backup being written, an import's staging folder, an unfinished and an orphan copy
        Path backupTmp = write(data.resolve("backups/parcheck-20260101-101010.zip.tmp"));
        Path backup = write(data.resolve("backups/parcheck-20260101-090000.zip"));
        Path staged = write(data.resolve("exchange-staging/4d9f0f6e-0000-4000-8000-000000000001/evidence.bin"));
        Path part = write(data.resolve("attachments/1/incoming123.part"));
        Path orphan = write(data.resolve("attachments/0b6f2a3c-0000-4000-8000-000000000002/0123456789ab-cv.pdf"));

        LogCapture log = LogCapture.of(StartupCleanup.class);
        try (AppServices services = AppServices.open(data)) {
            assertThat(backupTmp).doesNotExist();
            assertThat(staged.getParent()).doesNotExist();
            assertThat(part).doesNotExist();
            assertThat(orphan).doesNotExist();
            assertThat(backup).exists();
            assertThat(data.resolve(kept)).exists().hasContent("%PDF-1.4 biên bản");
            try (var found = Files.walk(data.resolve(StartupCleanup.LOST_AND_FOUND))) {
                assertThat(found.filter(p -> p.getFileName().toString().equals("0123456789ab-cv.pdf")).toList())
                        .hasSize(1);
            }
        } finally {
            log.close();
        }
        assertThat(String.join("\n", log.messages())).contains(backupTmp.toString())
                .contains(staged.getParent().toString()).contains(part.toString()).contains(orphan.toString());
    }

    private static Path write(Path file) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "leftover", StandardCharsets.UTF_8);
        return file;
    }
}
