package org.parcheck.report.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.app.AppServices;
import org.parcheck.common.fx.SameThreadExecutor;
import org.parcheck.common.i18n.Messages;
import org.parcheck.persistence.JooqAnswerRepository;
import org.parcheck.plan.VisitStatus;

class ReportsViewModelTest {

    private final List<Long> opened = new ArrayList<>();

    @TempDir
    Path dataDir;
    private AppServices services;
    private ReportsViewModel vm;

    @BeforeEach
    void setUp() {
        services = AppServices.open(dataDir);
        vm = new ReportsViewModel(services.planService(), services.planSummaries(), services.visitReports(),
                opened::add, new SameThreadExecutor(), new Messages(Messages.VIETNAMESE));
        vm.load();
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    @Test
    void theDemoPlanIsChosenAndItsSummaryAndResultsAreWritten() throws Exception {
        assertThat(vm.planLabel(vm.selectedPlanProperty().get())).startsWith("3199/KH-UBND");
        Path pdf = dataDir.resolve("tong-hop.pdf");
        vm.writeSummaryPdf(pdf);
        assertEquals("%PDF", new String(Files.readAllBytes(pdf), 0, 4, StandardCharsets.US_ASCII));
        Path xlsx = dataDir.resolve("ket-qua.xlsx");
        vm.writeResultsXlsx(xlsx);
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertThat(workbook.getSheetAt(0).getPhysicalNumberOfRows()).isGreaterThanOrEqualTo(4);
        }
        assertThat(vm.messageProperty().get()).contains("ket-qua.xlsx");
        assertThat(Files.exists(dataDir.resolve("ket-qua.xlsx.part"))).isFalse();
    }

    @Test
    void theSelectedPlansVisitsAreListedAndAFinalisedOnesReportIsSavedAsOnTheVisitScreen() throws Exception {
        assertThat(vm.visits()).extracting(ReportsViewModel.VisitRow::unit)
                .containsExactly("Huyện Hạ Lang", "Xã Cô Ngân, huyện Hạ Lang", "Xã Vinh Quý, huyện Hạ Lang");
        ReportsViewModel.VisitRow haLang = vm.visits().get(0);
        assertEquals("01/10/2021", haLang.date());
        assertThat(haLang.finalised()).isFalse();

        Path early = dataDir.resolve("chua-xong.pdf");
        vm.selectedVisitProperty().set(haLang);
        vm.writeVisitPdf(early);
        assertThat(Files.exists(early)).as("an unfinished visit has no report to save here").isFalse();
        vm.openSelectedVisit();
        assertThat(opened).as("it is opened instead").containsExactly(haLang.visitId());

        new JooqAnswerRepository(services.database()).setStatus(haLang.visitId(), VisitStatus.FINALISED, null, "An");
        vm.selectedPlanProperty().set(null);
        vm.load();
        ReportsViewModel.VisitRow finalised = vm.visits().get(0);
        assertThat(finalised.finalised()).isTrue();
        assertEquals("Đã hoàn tất", finalised.status());
        vm.selectedVisitProperty().set(finalised);
        Path pdf = dataDir.resolve("bien-ban.pdf");
        vm.writeVisitPdf(pdf);
        Path fromScreen = dataDir.resolve("bien-ban-screen.pdf");
        services.writeVisitReport(finalised.visitId(), fromScreen);
        try (PDDocument here = Loader.loadPDF(pdf.toFile()); PDDocument screen = Loader.loadPDF(fromScreen.toFile())) {
            assertEquals(new PDFTextStripper().getText(screen), new PDFTextStripper().getText(here));
        }
        Path docx = dataDir.resolve("bien-ban.docx");
        vm.writeVisitDocx(docx);
        try (XWPFDocument document = new XWPFDocument(Files.newInputStream(docx))) {
            assertThat(document.getParagraphs().stream().map(XWPFParagraph::getText))
                    .anyMatch(t -> t.contains("BIÊN BẢN"));
        }
        assertThat(vm.messageProperty().get()).contains("bien-ban.docx");
    }

    @Test
    void theSummaryIsAlsoWrittenAsDocx() throws Exception {
        Path docx = dataDir.resolve("tong-hop.docx");
        vm.writeSummaryDocx(docx);
        try (XWPFDocument document = new XWPFDocument(Files.newInputStream(docx))) {
            assertThat(document.getParagraphs().stream().map(XWPFParagraph::getText))
                    .contains("BÁO CÁO KẾT QUẢ KIỂM TRA CÔNG TÁC CẢI CÁCH HÀNH CHÍNH");
        }
        assertThat(vm.messageProperty().get()).contains("tong-hop.docx");
        assertThat(Files.exists(dataDir.resolve("tong-hop.docx.part"))).isFalse();
    }
}
