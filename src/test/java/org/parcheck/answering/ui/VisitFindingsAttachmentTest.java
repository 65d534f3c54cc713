package org.parcheck.answering.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.answering.EvidenceCitation;
import org.parcheck.answering.EvidenceFiles;
import org.parcheck.app.AppServices;
import org.parcheck.common.fx.SameThreadExecutor;
import org.parcheck.common.i18n.Messages;
import org.parcheck.report.SeedReports;

/** The evidence rows say which attached file is missing or altered; attaching a file gives it a safe name. */
class VisitFindingsAttachmentTest {

    @TempDir
    Path dataDir;
    @TempDir
    Path outside;
    private AppServices services;

    @AfterEach
    void close() {
        services.close();
    }

    private VisitFindingsViewModel load(long visitId) {
        VisitFindingsViewModel vm = new VisitFindingsViewModel(visitId, services.answerService(),
                new SameThreadExecutor(), new Messages(Messages.VIETNAMESE), new EvidenceFiles(dataDir));
        vm.load();
        return vm;
    }

    @Test
    void aDamagedAttachmentIsMarkedOnItsRowAndANewOneGetsASafeName() throws Exception {
        services = AppServices.open(dataDir);
        long visitId = SeedReports.haLangVisitId(services);
        VisitFindingsViewModel vm = load(visitId);
        Path original = outside.resolve("CON. ");
        Files.writeString(original, "Giấy mời họp");
        vm.evidenceForm().evidenceNumberProperty().set("GM-1");
        vm.evidenceForm().attachmentProperty().set(original);
        vm.evidenceForm().addEvidence();
        EvidenceCitation added = vm.evidenceForm().evidence().stream().filter(e -> "GM-1".equals(e.docNumber()))
                .findFirst()
                .orElseThrow();
        assertThat(added.attachmentPath()).endsWith("-_CON");
        assertThat(vm.evidenceForm().evidenceLabel(added)).endsWith("có tệp đính kèm");

        Files.delete(dataDir.resolve(added.attachmentPath()));
        VisitFindingsViewModel reloaded = load(visitId);
        EvidenceCitation row = reloaded.evidenceForm().evidence().stream().filter(e -> "GM-1".equals(e.docNumber()))
                .findFirst()
                .orElseThrow();
        assertThat(reloaded.evidenceForm().evidenceLabel(row)).endsWith("có tệp đính kèm ⚠ bị thiếu");
    }
}
