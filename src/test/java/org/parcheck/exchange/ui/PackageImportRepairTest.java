package org.parcheck.exchange.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.parcheck.answering.EvidenceFiles;
import org.parcheck.app.AppServices;
import org.parcheck.common.fx.SameThreadExecutor;
import org.parcheck.common.i18n.Messages;
import org.parcheck.exchange.TwoLaptops;
import org.parcheck.common.util.HashedFiles;
import org.parcheck.report.SeedReports;

/** The import screen says which evidence files a package put back (two real H2 files). */
class PackageImportRepairTest {

    @RegisterExtension
    final TwoLaptops laptops = new TwoLaptops();

    @Test
    void openingAPackageAgainRepairsADeletedFileAndSaysSo() throws Exception {
        AppServices b = laptops.b().services;
        long visitId = SeedReports.haLangVisitId(laptops.a().services);
        EvidenceFiles.Stored stored = laptops.attach(laptops.a(), visitId, "Công văn 7.pdf",
                "%PDF-1.4 công văn 7".getBytes(StandardCharsets.UTF_8), "7/CV", null, "Công văn 7");
        Path file = laptops.exportDemoPlan(laptops.a(), "plan.parcheck");
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
