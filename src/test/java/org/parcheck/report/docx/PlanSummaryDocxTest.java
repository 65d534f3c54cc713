package org.parcheck.report.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.app.AppServices;
import org.parcheck.report.PlanSummaryModel;
import org.parcheck.report.PlanSummaryModel.AreaAverage;
import org.parcheck.report.PlanSummaryModel.ClassCount;
import org.parcheck.report.PlanSummaryModel.CommonLimitation;
import org.parcheck.report.PlanSummaryModel.VisitResult;
import org.parcheck.report.ReportWording;
import org.parcheck.report.SeedReports;
import org.parcheck.report.VisitReportModel.Signature;
import org.parcheck.report.pdf.PlanSummaryPdf;
import org.parcheck.report.xlsx.ResultsWorkbook;

/** The plan summary as DOCX: the demo plan's text and figures as in the PDF; the ranking as in the PDF and XLSX. */
class PlanSummaryDocxTest {

    @TempDir
    static Path dataDir;
    private static PlanSummaryModel demo;
    private static byte[] docx;

    @BeforeAll
    static void build() throws IOException {
        try (AppServices services = AppServices.open(dataDir)) {
            demo = services.planSummaries().model(services.planService().overviews().get(0).plan().id());
        }
        docx = PlanSummaryDocx.toBytes(demo);
        SeedReports.keep("plan-summary.docx", docx);
    }

    private static String pdfText(PlanSummaryModel model) throws IOException {
        try (PDDocument document = Loader.loadPDF(PlanSummaryPdf.toBytes(model))) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void theDemoSummarySaysWhatThePdfSays() throws IOException {
        String text = DocxText.bodyText(docx);
        assertThat(text).contains(ReportWording.NATIONAL_NAME, ReportWording.MOTTO, "/BC-ĐKT", "3199/KH-UBND",
                "BÁO CÁO KẾT QUẢ KIỂM TRA CÔNG TÁC CẢI CÁCH HÀNH CHÍNH", "huyện Hạ Lang", "81,36% (tạm tính)",
                "Khá (tạm tính)", "Chưa có kết quả", ReportWording.SUMMARY_CLASSIFICATION,
                ReportWording.SUMMARY_CHART_UNITS, ReportWording.SUMMARY_CHART_AREAS, "không tính cuộc chưa có điểm",
                "TRƯỞNG ĐOÀN KIỂM TRA", "Nơi nhận:", "- Lưu: VT, Hồ sơ.", "./.");
        Set<String> docxNumbers = DocxText.numbers(text);
        Set<String> pdfNumbers = DocxText.numbers(pdfText(demo));
        // the PDF draws the charts' scale (0, 25, 50, 75, 100 %) as text; in the DOCX it is inside the pictures
        Set<String> onlyInPdf = new TreeSet<>(pdfNumbers);
        onlyInPdf.removeAll(docxNumbers);
        assertThat(onlyInPdf).isSubsetOf("0", "25", "50", "75", "100");
        assertThat(pdfNumbers).containsAll(docxNumbers);
        assertThat(docxNumbers).contains("3199", "81,36", "2021");
    }

    @Test
    void bothChartsArePictures() throws IOException {
        try (XWPFDocument document = DocxText.open(docx)) {
            assertThat(document.getAllPictures()).hasSize(2).allSatisfy(p -> {
                assertThat(p.getPictureType()).isEqualTo(org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG);
                assertThat(p.getData().length).isGreaterThan(1000);
            });
        }
    }

    @Test
    void aLongChartIsSplitIntoPicturesThatFitAPage() throws IOException {
        List<VisitResult> many = new ArrayList<>();
        for (int i = 1; i <= 45; i++) {
            many.add(result(i, i, "xã Số " + i, "80,00"));
        }
        PlanSummaryModel model = withVisits(many);
        double textHeight = (OfficialDocx.PAGE_HEIGHT - OfficialDocx.TOP - OfficialDocx.BOTTOM) / 20.0;
        try (XWPFDocument document = DocxText.open(PlanSummaryDocx.toBytes(model))) {
            List<XWPFPicture> pictures = new ArrayList<>();
            for (XWPFParagraph p : document.getParagraphs()) {
                for (XWPFRun run : p.getRuns()) {
                    pictures.addAll(run.getEmbeddedPictures());
                }
            }
            // chart 1: 30 + 15 bars; chart 2: one area
            assertThat(pictures).hasSize(3).allSatisfy(picture -> {
                assertThat(picture.getDepth()).isLessThan(textHeight * 0.8);
                assertThat(picture.getWidth()).isCloseTo(OfficialDocx.TEXT_WIDTH / 20.0, within(1.0));
            });
            assertThat(pictures.get(0).getDepth()).isGreaterThan(pictures.get(1).getDepth());
        }
    }

    @Test
    void theRankingIsTheSameInDocxPdfAndXlsx() throws IOException {
        PlanSummaryModel tied = withTies();
        List<String> docxRanks = new ArrayList<>();
        try (XWPFDocument document = DocxText.open(PlanSummaryDocx.toBytes(tied))) {
            XWPFTable ranking = document.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals("Hạng")).findFirst().orElseThrow();
            assertThat(ranking.getRow(0).isRepeatHeader()).isTrue();
            for (XWPFTableRow row : ranking.getRows().subList(1, ranking.getRows().size())) {
                docxRanks.add(row.getCell(0).getText() + " " + row.getCell(1).getParagraphs().get(0).getText());
            }
        }
        assertThat(docxRanks).containsExactly("1 xã Alpha", "2 xã Beta", "2 xã Gamma", "4 xã Delta",
                "— xã Epsilon");

        String pdf = pdfText(tied).replaceAll("\\s+", " ");
        int from = 0;
        for (String rank : docxRanks) {
            int at = pdf.indexOf(rank, from);
            assertThat(at).as("PDF ranking row " + rank).isGreaterThanOrEqualTo(0);
            from = at + rank.length();
        }

        List<String> xlsxRanks = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultsWorkbook.write(tied, out);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = book.getSheet(ResultsWorkbook.RESULTS_SHEET);
            for (int r = ResultsWorkbook.HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                Cell rank = row.getCell(0);
                xlsxRanks.add((rank == null ? "—" : Integer.toString((int) rank.getNumericCellValue())) + " "
                        + row.getCell(1).getStringCellValue());
            }
        }
        assertThat(xlsxRanks).isEqualTo(docxRanks);
    }

    /** Five visits: two share rank 2, the next is 4, the last has no score. */
    private static PlanSummaryModel withTies() {
        return withVisits(List.of(result(1L, 1, "xã Alpha", "91,20"), result(2L, 2, "xã Beta", "85,00"),
                result(3L, 2, "xã Gamma", "85,00"), result(4L, 4, "xã Delta", "70,10"),
                new VisitResult(5L, null, "—", "xã Epsilon", null, "", "Đang kiểm tra", null, null, "—", null,
                        "Chưa có kết quả", "Chưa có kết quả", null, "—", false, Map.of())));
    }

    private static PlanSummaryModel withVisits(List<VisitResult> visits) {
        return new PlanSummaryModel(demo.parentBody(), demo.issuingBody(), demo.numberLine(), demo.placeAndDate(),
                demo.planNumber(), demo.summary(), "Đoàn đã kiểm tra 5 đơn vị.", visits,
                List.of(new ClassCount("Tốt", 1), new ClassCount("Khá", 2), new ClassCount("Chưa có kết quả", 1)),
                List.of(new AreaAverage("1", "Công tác chỉ đạo, điều hành", new BigDecimal("82.5"), "82,50%", 4)),
                demo.averageMethod(), List.of(new CommonLimitation("Chậm cập nhật thủ tục.", 3)), demo.closing(),
                new Signature(ReportWording.SIGN_LEAD, ReportWording.SIGN_HINT, "Lê Văn Miều"), demo.recipients());
    }

    private static VisitResult result(long id, int rank, String unit, String percent) {
        BigDecimal p = new BigDecimal(percent.replace(',', '.'));
        return new VisitResult(id, rank, Integer.toString(rank), unit, LocalDate.of(2021, 10, 1 + (int) id % 28),
                String.format("%02d/10/2021", 1 + id % 28), "Đã hoàn tất", p, new BigDecimal("100"),
                percent + " / 100", p, percent + "%", "Khá", null, "—", false, Map.of("1", p));
    }
}
