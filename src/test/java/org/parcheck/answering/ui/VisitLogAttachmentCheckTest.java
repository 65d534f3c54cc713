package org.parcheck.answering.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.answering.EvidenceCitation;
import org.parcheck.answering.EvidenceFiles;
import org.parcheck.answering.audit.FinalisedVisits;
import org.parcheck.app.AppServices;
import org.parcheck.common.fx.SameThreadExecutor;
import org.parcheck.common.i18n.Messages;
import org.parcheck.report.SeedReports;

/** *Kiểm tra tính toàn vẹn* reads the attached files back: a deleted one is named and the result shows as altered. */
class VisitLogAttachmentCheckTest {

    @TempDir
    Path dataDir;
    @TempDir
    Path outside;
    private AppServices services;

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void theIntegrityCheckNamesADeletedAttachment() throws Exception {
        services = AppServices.open(dataDir);
        long visitId = SeedReports.haLangVisitId(services);
        Path original = outside.resolve("Báo cáo tự kiểm tra.docx");
        Files.writeString(original, "báo cáo");
        EvidenceFiles.Stored stored = new EvidenceFiles(dataDir).store(visitId, original);
        services.answerService().addEvidence(visitId, EvidenceCitation.of(null, "BC", null, null, "Báo cáo")
                .withAttachment(stored.relativePath(), stored.sha256()));
        FinalisedVisits.completeAndFinalise(services.answerService(), visitId);
        VisitLogViewModel vm = new VisitLogViewModel(visitId, services.answerService(), new SameThreadExecutor(),
                new Messages(Messages.VIETNAMESE), ZoneId.of("Asia/Ho_Chi_Minh"));
        vm.load();
        vm.verify();
        assertThat(vm.verificationProperty().get()).startsWith("Nguyên vẹn").doesNotContain("Tệp minh chứng");
        assertFalse(vm.alteredProperty().get());

        Files.delete(dataDir.resolve(stored.relativePath()));
        vm.verify();
        assertThat(vm.verificationProperty().get()).startsWith("Nguyên vẹn")
                .contains("Tệp minh chứng bị hỏng (1): Báo cáo tự kiểm tra.docx (bị thiếu)");
        assertTrue(vm.alteredProperty().get());
    }
}
