package org.parcheck.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.answering.EvidenceCitation;
import org.parcheck.answering.EvidenceFiles;
import org.parcheck.answering.audit.FinalisedVisits;
import org.parcheck.app.AppServices;
import org.parcheck.report.SeedReports;

/** {@code parcheck verify visit …} reads the attached evidence files back and names a missing or altered one. */
class VerifyAttachmentsCommandTest {

    @TempDir
    Path dataDir;
    @TempDir
    Path outside;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private int verify(long visitId) {
        out.reset();
        return new CliRunner(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), Map.of())
                .verify(new String[] {"visit", Long.toString(visitId), "--data-dir", dataDir.toString()});
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aFinalisedVisitWithACutThenDeletedAttachmentIsReportedByName() throws Exception {
        long visitId;
        Path file;
        try (AppServices services = AppServices.open(dataDir)) {
            visitId = SeedReports.haLangVisitId(services);
            Path original = outside.resolve("Ảnh trụ sở.jpg");
            Files.write(original, new byte[40_000]);
            EvidenceFiles.Stored stored = new EvidenceFiles(dataDir).store(visitId, original);
            services.answerService().addEvidence(visitId, EvidenceCitation.of(null, "Ảnh 1", null, null,
                    "Ảnh trụ sở").withAttachment(stored.relativePath(), stored.sha256()));
            FinalisedVisits.completeAndFinalise(services.answerService(), visitId);
            file = dataDir.resolve(stored.relativePath());
        }
        assertEquals(AuditCommand.OK, verify(visitId), output());

        Files.write(file, new byte[6_300]);
        assertEquals(AuditCommand.ATTACHMENTS_DAMAGED, verify(visitId), output());
        assertThat(output()).startsWith("Nguyên vẹn")
                .contains("Tệp minh chứng Ảnh trụ sở.jpg (bị thay đổi: mã SHA-256 không khớp): attachments/");

        Files.delete(file);
        assertEquals(AuditCommand.ATTACHMENTS_DAMAGED, verify(visitId), output());
        assertThat(output()).contains("Tệp minh chứng Ảnh trụ sở.jpg (bị thiếu)");

        try (AppServices services = AppServices.open(dataDir)) {
            services.database().dsl().execute("UPDATE visit SET place = 'Hội trường khác' WHERE id = ?", visitId);
        }
        assertEquals(AuditCommand.ALTERED, verify(visitId), "a changed content is still reported as altered first");
        assertThat(output()).contains("Ảnh trụ sở.jpg (bị thiếu)");
    }
}
