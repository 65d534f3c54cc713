package org.parcheck.exchange.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.answering.EvidenceCitation;
import org.parcheck.answering.EvidenceFiles;
import org.parcheck.app.AppServices;
import org.parcheck.common.fx.SameThreadExecutor;
import org.parcheck.common.i18n.Messages;
import org.parcheck.common.util.HashedFiles;
import org.parcheck.report.SeedReports;

/** The import screen says which evidence files a package put back (two real H2 files). */
class PackageImportRepairTest {

    @TempDir
    Path dir;
    private AppServices a;
    private AppServices b;

    @AfterEach
    void close() {
        a.close();
        b.close();
    }

    @Test
    void openingAPackageAgainRepairsADeletedFileAndSaysSo() throws Exception {
        a = AppServices.open(Files.createDirectories(dir.resolve("a")));
        b = AppServices.open(Files.createDirectories(dir.resolve("b")));
        long visitId = SeedReports.haLangVisitId(a);
        Path original = dir.resolve("Công văn 7.pdf");
        Files.writeString(original, "%PDF-1.4 công văn 7");
        EvidenceFiles.Stored stored = new EvidenceFiles(a.dataDir()).store(visitId, original);
        a.answerService().addEvidence(visitId, EvidenceCitation.of(null, "7/CV", null, null, "Công văn 7")
                .withAttachment(stored.relativePath(), stored.sha256()));
        Path file = dir.resolve("plan.parcheck");
        a.exchangeService().export(a.planService().overviews().get(0).plan().id(), List.of(), file);
        PackageImportViewModel viewModel = new PackageImportViewModel(b.exchangeService(), new SameThreadExecutor(),
                new Messages(Messages.ENGLISH));
        viewModel.open(file);
        viewModel.confirm();
        String path = b.database().dsl().fetchOne("SELECT attachment_path FROM evidence WHERE doc_number = '7/CV'")
                .get(0, String.class);
        Files.delete(b.dataDir().resolve(path));

        viewModel.open(file);
        assertThat(viewModel.summaryProperty().get()).contains("already imported")
                .contains("Repaired 1 evidence file that was missing or altered, from the package's copy: " + path);
        assertEquals(stored.sha256(), HashedFiles.sha256(b.dataDir().resolve(path)));
    }
}
