package org.parcheck.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.app.AppServices;
import org.parcheck.report.PlanSummaryModel;
import org.parcheck.report.PlanSummaryModel.ItemLine;
import org.parcheck.report.PlanSummaryModel.VisitResult;

/** #16 §6: the results workbook of the demo plan: a heading with the plan, numbers as numbers, every item. */
class ResultsWorkbookTest {

    @TempDir
    static Path dataDir;
    private static AppServices services;
    private static PlanSummaryModel model;
    private static Workbook book;

    @BeforeAll
    static void write() throws IOException {
        services = AppServices.open(dataDir);
        model = services.planSummaries().model(services.planService().overviews().get(0).plan().id());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultsWorkbook.write(model, out);
        book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @AfterAll
    static void close() throws IOException {
        book.close();
        services.close();
    }

    @Test
    void everySheetStartsWithThePlan() {
        for (String name : new String[] {ResultsWorkbook.RESULTS_SHEET, ResultsWorkbook.AREAS_SHEET,
            ResultsWorkbook.ITEMS_SHEET}) {
            String heading = book.getSheet(name).getRow(0).getCell(0).getStringCellValue();
            assertThat(heading).as(name).contains("Kế hoạch số 3199/KH-UBND ngày 22/12/2020 của UBND tỉnh Cao Bằng")
                    .doesNotContain("\u00A0");
        }
    }

    @Test
    void totalsAreNumbersWithTwoDecimals() {
        Sheet results = book.getSheet(ResultsWorkbook.RESULTS_SHEET);
        int checked = 0;
        for (int i = 0; i < model.visits().size(); i++) {
            VisitResult v = model.visits().get(i);
            if (!v.scored()) {
                continue;
            }
            Row row = results.getRow(ResultsWorkbook.HEADER_ROW + 1 + i);
            for (int column : new int[] {4, 5}) {
                Cell cell = row.getCell(column);
                assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("0.00");
                // stored as printed: two decimals, never a raw double like 83.31807692307693
                assertThat(BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().scale())
                        .isLessThanOrEqualTo(2);
            }
            assertThat(BigDecimal.valueOf(row.getCell(6).getNumericCellValue()).stripTrailingZeros().scale())
                    .isLessThanOrEqualTo(4);
            checked++;
        }
        assertThat(checked).isPositive();
    }

    @Test
    void theItemSheetHasEveryItemForEveryVisit() {
        Sheet items = book.getSheet(ResultsWorkbook.ITEMS_SHEET);
        Row header = items.getRow(ResultsWorkbook.HEADER_ROW);
        assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Mã số");
        for (int v = 0; v < model.visits().size(); v++) {
            assertThat(header.getCell(3 + v).getStringCellValue()).isEqualTo(model.visits().get(v).unit());
        }
        assertThat(model.items()).extracting(ItemLine::code).contains("1.1.1", "3.2.2", "8.2.3");
        assertThat(items.getLastRowNum()).isEqualTo(ResultsWorkbook.HEADER_ROW + model.items().size());
        int haLang = model.visits().stream().map(VisitResult::unit).toList().indexOf("huyện Hạ Lang");
        int onTime = model.items().stream().map(ItemLine::code).toList().indexOf("3.2.2");
        Row row = items.getRow(ResultsWorkbook.HEADER_ROW + 1 + onTime);
        assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(3.0);
        assertThat(row.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0.00");
        assertThat(row.getCell(3 + haLang).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(row.getCell(3 + haLang).getNumericCellValue()).isEqualTo(0.0);
        int deduction = model.items().stream().map(ItemLine::code).toList().indexOf("1.6");
        assertThat(items.getRow(ResultsWorkbook.HEADER_ROW + 1 + deduction).getCell(3 + haLang)
                .getNumericCellValue()).as("a deduction is negative").isEqualTo(-0.25);
        int pending = model.items().stream().map(ItemLine::code).toList().indexOf("8.2.3");
        assertThat(items.getRow(ResultsWorkbook.HEADER_ROW + 1 + pending).getCell(3 + haLang)
                .getStringCellValue()).isEqualTo("Chưa chấm");
    }
}
