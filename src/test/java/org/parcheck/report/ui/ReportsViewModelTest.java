package org.parcheck.report.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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
import org.parcheck.plan.Plan;
import org.parcheck.plan.PlanOverview;
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

    @Test
    void theCounterSpeaksOfTheSelectedPlanOnly() {
        // #16 §6: with a second plan (no visits yet), the counter counts only the selected plan's visits
        services.plans().insert(new Plan(null, UUID.randomUUID(), "215/KH-UBND", LocalDate.of(2026, 1, 15),
                "UBND tỉnh Cao Bằng", null, "Kiểm tra năm 2026", null, 2026, "Cao Bằng", false), List.of());
        vm.load();
        assertThat(vm.plans()).hasSize(2);
        assertEquals("Kế hoạch này chưa có cuộc kiểm tra nào đã hoàn tất (tổng số cuộc kiểm tra của kế hoạch: 3).",
                vm.summaryProperty().get());
        PlanOverview next = vm.plans().stream().filter(p -> p.plan().year() == 2026).findFirst().orElseThrow();
        vm.selectedPlanProperty().set(next);
        assertEquals("Kế hoạch này chưa có cuộc kiểm tra nào đã hoàn tất (tổng số cuộc kiểm tra của kế hoạch: 0).",
                vm.summaryProperty().get());
        assertEquals("BC_215-KH-UBND_2026.pdf", vm.summaryFileName("pdf"));
    }

    @Test
    void defaultFileNamesCarryThePlanNumberTheUnitAndTheYear() {
        vm.selectedVisitProperty().set(vm.visits().get(1));
        assertEquals("BB_3199-KH-UBND_Xa-Co-Ngan-Huyen-Ha-Lang_2021.pdf", vm.visitFileName("pdf"));
        assertEquals("BC_3199-KH-UBND_2021.docx", vm.summaryFileName("docx"));
        assertEquals("KQ_3199-KH-UBND_2021.xlsx", vm.resultsFileName());
    }
}
