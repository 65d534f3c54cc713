package org.parcheck.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.app.AppServices;
import org.parcheck.report.PlanSummaryBuilder;
import org.parcheck.report.PlanSummaryModel;
import org.parcheck.report.PlanSummaryModel.VisitResult;
import org.parcheck.report.SeedReports;
import org.parcheck.report.xlsx.ResultsWorkbook;

/** The demo plan's summary report and results workbook: text, fonts, and the same figures in both. */
class PlanSummaryPdfTest {

    @TempDir
    static Path dataDir;
    private static PlanSummaryModel model;
    private static byte[] pdf;
    private static byte[] xlsx;

    @BeforeAll
    static void build() throws IOException {
        try (AppServices services = AppServices.open(dataDir)) {
            long planId = services.planService().overviews().get(0).plan().id();
            model = services.planSummaries().model(planId);
            pdf = PlanSummaryPdf.toBytes(model);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            services.planSummaries().writeXlsx(planId, out);
            xlsx = out.toByteArray();
        }
        SeedReports.keep("plan-summary.pdf", pdf);
    }

    private static String text() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void modelRanksTheScoredVisitFirstAndLeavesTheOthersUnranked() {
        assertThat(model.visits()).hasSize(3);
        VisitResult first = model.visits().get(0);
        assertThat(first.unit()).isEqualTo("huyện Hạ Lang");
        assertThat(first.rank()).isEqualTo(1);
        // the seed visit still has pending items: its result is provisional, and says so
        assertThat(first.provisional()).isTrue();
        assertThat(first.percentText()).isEqualTo("81,36% (tạm tính)");
        assertThat(first.classification()).isEqualTo("Khá (tạm tính)");
        assertThat(model.visits().subList(1, 3)).allSatisfy(v -> {
            assertThat(v.rank()).isNull();
            assertThat(v.classification()).isEqualTo(PlanSummaryBuilder.NO_RESULT);
        });
        assertThat(model.counts()).anySatisfy(c -> {
            assertThat(c.label()).isEqualTo("Khá");
            assertThat(c.count()).isEqualTo(1);
        });
        assertThat(model.counts().get(model.counts().size() - 1).count()).isEqualTo(2);
        assertThat(model.areas()).isNotEmpty().allSatisfy(a -> assertThat(a.visits()).isEqualTo(1));
        assertThat(model.averageMethod()).contains("trung bình cộng tỷ lệ điểm của từng lĩnh vực",
                "không tính cuộc chưa có điểm");
    }

    @Test
    void pdfTextHasThePlanTheResultsAndTheClosing() throws IOException {
        String text = text();
        assertThat(text).contains("3199/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "BÁO CÁO KẾT QUẢ KIỂM TRA CÔNG TÁC CẢI CÁCH HÀNH CHÍNH", "huyện Hạ Lang", "81,36", "Khá",
                "Chưa có kết quả", "chưa có kết quả", "TỔNG HỢP XẾP LOẠI", "Biểu đồ 1", "Biểu đồ 2",
                "không tính cuộc chưa có điểm", "TRƯỞNG ĐOÀN KIỂM TRA", "Nơi nhận", "./.");
        assertThat(text.replaceAll("\\s+", " ")).contains("Khá 1", "Chưa có kết quả 2");
        // the area chart's long labels take two lines instead of being cut short
        String chart = text.substring(text.indexOf("Biểu đồ 2"));
        assertThat(chart.replaceAll("\\s+", " "))
                .contains("2. Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật");
    }

    @Test
    void everyFontIsEmbeddedAndPagesAreA4() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isEqualTo(PageFlow.PAGE.getWidth());
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
        }
    }

    @Test
    void workbookHasTheSameFiguresAsTheReport() throws IOException {
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet results = book.getSheet(ResultsWorkbook.RESULTS_SHEET);
            Row header = results.getRow(ResultsWorkbook.HEADER_ROW);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Hạng");
            assertThat(book.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(results.getPaneInformation().isFreezePane()).isTrue();
            for (int i = 0; i < model.visits().size(); i++) {
                VisitResult v = model.visits().get(i);
                Row row = results.getRow(ResultsWorkbook.HEADER_ROW + 1 + i);
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo(v.unit());
                if (v.scored()) {
                    assertThat((int) row.getCell(0).getNumericCellValue()).isEqualTo(v.rank());
                    assertThat(row.getCell(6).getNumericCellValue() * 100)
                            .isCloseTo(v.percent().setScale(2, java.math.RoundingMode.HALF_UP).doubleValue(),
                                    offset(1e-9));
                    assertThat(row.getCell(6).getCellStyle().getDataFormatString()).isEqualTo("0.00%");
                } else {
                    assertThat(row.getCell(0)).isNull();
                    assertThat(row.getCell(6).getStringCellValue()).isEqualTo(PlanSummaryBuilder.NO_RESULT);
                }
            }
            Sheet areas = book.getSheet(ResultsWorkbook.AREAS_SHEET);
            for (int i = 0; i < model.areas().size(); i++) {
                Row area = areas.getRow(ResultsWorkbook.HEADER_ROW + 1 + i);
                assertThat(area.getCell(0).getStringCellValue()).isEqualTo(model.areas().get(i).code());
                assertThat(area.getCell(3).getNumericCellValue() * 100).isCloseTo(
                        model.areas().get(i).average().setScale(2, java.math.RoundingMode.HALF_UP).doubleValue(),
                        offset(1e-9));
            }
        }
    }
}
