package org.parcheck.criteria.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parcheck.criteria.importer.Fixtures.n;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.parcheck.common.i18n.Messages;
import org.parcheck.criteria.FrameworkContent;

/**
 * The self-assessment form: written with the framework's items and the recorded self scores, read back as given,
 * and a filled form with mistakes refused as a whole, every mistake named by row and column.
 *
 * <p>Rows of the form (pre-order, header in row 1): 2 = 1, 3 = 1.1, 4 = 1.2, 5 = 1.3, 6 = 1.4, 7 = 1.5, 8 = 2,
 * 9 = 2.1, 10 = 2.1.1, 11 = 2.1.2, 12 = 2.1.3, 13 = 2.2, 14 = 2.3, 15 = 2.4, 16 = 3, 17 = 3.10.
 */
class SelfScoreWorkbookTest {

    private static final FrameworkContent CONTENT = Fixtures.content();

    private static byte[] form(Map<String, BigDecimal> current) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SelfScoreWorkbook.write(CONTENT, current, new SelfScoreWorkbook.About("huyện Hạ Lang",
                "Bộ tiêu chí cấp huyện", 2, LocalDate.of(2021, 10, 1)), out);
        return out.toByteArray();
    }

    private static SelfScoreWorkbook.Read read(byte[] bytes) {
        return SelfScoreWorkbook.read(new ByteArrayInputStream(bytes), CONTENT);
    }

    /** Sets column D ("Điểm tự chấm") of the given rows (1-based, as the spreadsheet shows them). */
    private static byte[] filled(byte[] form, Object... rowAndValue) {
        return Fixtures.edit(form, workbook -> {
            XSSFSheet sheet = workbook.getSheet(SelfScoreWorkbook.SHEET);
            for (int i = 0; i < rowAndValue.length; i += 2) {
                Row row = sheet.getRow((Integer) rowAndValue[i] - 1);
                Cell cell = row.getCell(3) == null ? row.createCell(3) : row.getCell(3);
                Object value = rowAndValue[i + 1];
                if (value instanceof Number number) {
                    cell.setCellValue(number.doubleValue());
                } else {
                    cell.setCellValue((String) value);
                }
            }
        });
    }

    @Test
    void theFormListsEveryItemWithItsMaximumAndTheRecordedScores() throws IOException {
        byte[] bytes = form(Map.of("1.1", n("1.5"), "2.1.2", n("0.75")));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            XSSFSheet sheet = workbook.getSheet("Tự chấm");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Mã");
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Điểm tự chấm");
            assertThat(sheet.getLastRowNum()).isEqualTo(16);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("1.1");
            assertThat(sheet.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(2.0);
            assertThat(sheet.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(1.5);
            assertThat(sheet.getRow(16).getCell(0).getStringCellValue()).as("3.10 stays text").isEqualTo("3.10");
            assertThat(sheet.getRow(1).getCell(3).getCellType()).as("areas have no self score")
                    .isEqualTo(CellType.BLANK);
            assertThat(sheet.getRow(1).getCell(3).getCellStyle().getFillForegroundColor())
                    .as("area rows are grey headings").isNotEqualTo(sheet.getRow(2).getCell(3).getCellStyle()
                            .getFillForegroundColor());
            XSSFSheet guide = workbook.getSheet(SelfScoreWorkbook.GUIDE_SHEET);
            StringBuilder text = new StringBuilder();
            guide.forEach(row -> text.append(row.getCell(0).getStringCellValue()).append('\n'));
            assertThat(text).contains("Đơn vị: huyện Hạ Lang", "phiên bản 2", "01/10/2021", "Điểm tự chấm");
        }
        assertThat(read(bytes).scores()).containsExactly(Map.entry("1.1", n("1.5")), Map.entry("2.1.2", n("0.75")));
    }

    @Test
    void filledScoresComeBackInSheetOrderAndBlankCellsChangeNothing() throws IOException {
        byte[] bytes = filled(form(Map.of()), 3, 2, 5, "1,5", 10, 0, 15, 1.5, 17, " 1 ");
        SelfScoreWorkbook.Read read = read(bytes);
        assertThat(read.problems()).isEmpty();
        Map<String, BigDecimal> expected = new LinkedHashMap<>();
        expected.put("1.1", n("2"));
        expected.put("1.3", n("1.5"));
        expected.put("2.1.1", n("0"));
        expected.put("2.4", n("1.5"));
        expected.put("3.10", n("1"));
        assertThat(read.scores()).containsExactlyEntriesOf(expected);
    }

    @Test
    void textCellsAreReadByTheOneNumberRule() throws IOException {
        // issue #16 §1: "0,75" with a decimal comma, "1.5" by English habit, "0,50" with a trailing zero
        byte[] bytes = filled(form(Map.of()), 3, "0,75", 5, "1.5", 10, "0,50", 15, "1.25");
        SelfScoreWorkbook.Read read = read(bytes);
        assertThat(read.problems()).isEmpty();
        assertThat(read.scores()).containsExactly(Map.entry("1.1", n("0.75")), Map.entry("1.3", n("1.5")),
                Map.entry("2.1.1", n("0.5")), Map.entry("2.4", n("1.25")));
        assertThat(read(filled(form(Map.of()), 3, "1.2.3,4,5")).problems()).extracting(ImportProblem::code)
                .containsExactly(ProblemCode.NOT_A_NUMBER);
    }

    @Test
    void mistakesAreRefusedAsAWholeEachWithItsRowAndColumn() throws IOException {
        byte[] bytes = filled(form(Map.of()), 3, 2.5, 4, -1, 5, "ba", 8, 4, 10, 1);
        bytes = Fixtures.edit(bytes, workbook -> {
            XSSFSheet sheet = workbook.getSheet(SelfScoreWorkbook.SHEET);
            Row unknown = sheet.createRow(18);
            unknown.createCell(0).setCellValue("9.9");
            unknown.createCell(3).setCellValue(1);
            Row twice = sheet.createRow(19);
            twice.createCell(0).setCellValue("2.1.1");
            twice.createCell(3).setCellValue(1);
        });
        SelfScoreWorkbook.Read read = read(bytes);
        assertThat(read.scores()).as("nothing of a form with mistakes").isEmpty();
        assertThat(read.problems()).extracting(p -> p.position() + " " + p.code()).containsExactly(
                "Tự chấm!D3 ABOVE_MAX", "Tự chấm!D4 NEGATIVE", "Tự chấm!D5 NOT_A_NUMBER",
                "Tự chấm!D8 SCORE_ON_GROUP", "Tự chấm!A19 UNKNOWN_ITEM", "Tự chấm!A20 DUPLICATE_CODE");
        ImportProblemFormatter format = new ImportProblemFormatter(new Messages(Messages.VIETNAMESE));
        assertThat(format.format(read.problems().get(0)))
                .isEqualTo("Trang tính \"Tự chấm\", dòng 3, cột D (Điểm tự chấm): "
                        + "Điểm tự chấm 2,5 lớn hơn điểm tối đa 2 của mục.");
        assertThat(format.format(read.problems().get(4))).contains("không có mục mã \"9.9\"");
    }

    @Test
    void aFormWithoutItsSheetOrColumnOrNotAWorkbookIsRefused() throws IOException {
        byte[] renamed = Fixtures.edit(form(Map.of()), workbook -> workbook.setSheetName(0, "Sheet1"));
        assertThat(read(renamed).problems()).extracting(ImportProblem::code).containsExactly(ProblemCode.MISSING_SHEET);
        byte[] noColumn = Fixtures.edit(form(Map.of()), workbook -> workbook.getSheetAt(0).getRow(0).getCell(3)
                .setCellValue("Điểm"));
        assertThat(read(noColumn).problems()).extracting(ImportProblem::code)
                .containsExactly(ProblemCode.MISSING_COLUMN);
        byte[] csv = "Mã;Điểm tự chấm\n1.1;2\n".getBytes(StandardCharsets.UTF_8);
        assertThat(read(csv).problems()).extracting(ImportProblem::code).containsExactly(ProblemCode.NOT_XLSX);
        assertThat(read(new byte[0]).problems()).extracting(ImportProblem::code)
                .containsExactly(ProblemCode.EMPTY_FILE);
    }

    @Test
    void englishHeadersAndATitleAboveTheTableAreAccepted() throws IOException {
        byte[] bytes;
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("tu cham");
            sheet.createRow(0).createCell(0).setCellValue("BẢNG TỰ CHẤM ĐIỂM CCHC NĂM 2025");
            Row header = sheet.createRow(2);
            header.createCell(0).setCellValue("Self score");
            header.createCell(1).setCellValue("Code");
            Row row = sheet.createRow(3);
            row.createCell(0).setCellValue(1);
            row.createCell(1).setCellValue("1.2");
            bytes = Fixtures.bytes(workbook);
        }
        SelfScoreWorkbook.Read read = read(bytes);
        assertThat(read.problems()).isEmpty();
        assertThat(read.scores()).isEqualTo(Map.of("1.2", n("1")));
        assertThat(List.copyOf(read.scores().keySet())).containsExactly("1.2");
    }
}
