package org.parcheck.report.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.parcheck.report.YearSeriesModel;
import org.parcheck.report.YearSeriesModel.RankedVisit;
import org.parcheck.report.YearSeriesModel.UnitSeries;

/**
 * Writes a {@link YearSeriesModel} as an XLSX workbook (#17 office mode): sheet "Xếp hạng" (every scored visit of
 * the years, ranked) and sheet "Theo năm" (one row per unit, one column per year: its percentage, then the change
 * between its first and last year). Same conventions as {@link ResultsWorkbook}: a heading row, the header row
 * ({@link #HEADER_ROW}) bold and frozen, numbers rounded to two decimals as shown, percentages as fractions with a
 * "0.00%" format. No temporary files (POI's streaming workbook would write the rows to the temp folder).
 */
public final class YearSeriesWorkbook {

    public static final String RANKING_SHEET = "Xếp hạng";
    public static final String SERIES_SHEET = "Theo năm";
    public static final int HEADER_ROW = 2;

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final SheetCells cells;
    private final CellStyle header;
    private final CellStyle percent;
    private final CellStyle number;
    private final CellStyle date;
    private final CellStyle title;

    private YearSeriesWorkbook() {
        cells = new SheetCells(workbook);
        header = cells.header;
        percent = cells.percent;
        number = cells.number;
        date = cells.date;
        title = cells.title;
    }

    /** "Kết quả kiểm tra công tác cải cách hành chính các năm 2021, 2022". */
    public static String heading(YearSeriesModel model) {
        return "Kết quả kiểm tra công tác cải cách hành chính các năm "
                + model.years().stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** Writes the workbook to {@code out} (not closed). */
    public static void write(YearSeriesModel model, OutputStream out) throws IOException {
        YearSeriesWorkbook writer = new YearSeriesWorkbook();
        try (Workbook book = writer.workbook) {
            writer.ranking(model);
            writer.series(model);
            book.write(out);
        }
    }

    private void ranking(YearSeriesModel model) {
        Sheet sheet = workbook.createSheet(RANKING_SHEET);
        text(sheet.createRow(0), 0, heading(model), title);
        Row head = sheet.createRow(HEADER_ROW);
        String[] titles = {"Hạng", "Đơn vị được kiểm tra", "Năm", "Kế hoạch", "Ngày kiểm tra", "Tổng điểm",
            "Điểm tối đa", "Tỷ lệ", "Xếp loại"};
        for (int c = 0; c < titles.length; c++) {
            text(head, c, titles[c], header);
        }
        int r = HEADER_ROW + 1;
        for (RankedVisit v : model.ranking()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(v.rank());
            text(row, 1, v.unit(), null);
            row.createCell(2).setCellValue(v.year());
            text(row, 3, v.planNumber(), null);
            if (v.date() != null) {
                Cell cell = row.createCell(4);
                cell.setCellValue(v.date());
                cell.setCellStyle(date);
            }
            numberCell(row, 5, v.total(), number);
            numberCell(row, 6, v.max(), number);
            numberCell(row, 7, fraction(v.percent()), percent);
            text(row, 8, v.classification(), null);
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);
        int[] widths = {8, 34, 8, 18, 14, 12, 12, 12, 22};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
    }

    private void series(YearSeriesModel model) {
        Sheet sheet = workbook.createSheet(SERIES_SHEET);
        text(sheet.createRow(0), 0, heading(model), title);
        Row head = sheet.createRow(HEADER_ROW);
        text(head, 0, "Đơn vị", header);
        int c = 1;
        for (Integer year : model.years()) {
            text(head, c++, "Năm " + year + " (tỷ lệ)", header);
        }
        text(head, c, "Thay đổi (điểm %)", header);
        int r = HEADER_ROW + 1;
        for (UnitSeries unit : model.units()) {
            Row row = sheet.createRow(r++);
            text(row, 0, unit.unit(), null);
            int y = 1;
            for (Integer year : model.years()) {
                numberCell(row, y++, fraction(unit.percents().get(year)), percent);
            }
            numberCell(row, y, unit.change(), number);
        }
        sheet.createFreezePane(1, HEADER_ROW + 1);
        sheet.setColumnWidth(0, 34 * 256);
        for (int i = 1; i <= model.years().size() + 1; i++) {
            sheet.setColumnWidth(i, 16 * 256);
        }
    }

    private static BigDecimal fraction(BigDecimal percentValue) {
        return SheetCells.fraction(percentValue);
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        SheetCells.text(row, column, value, style);
    }

    private void numberCell(Row row, int column, BigDecimal value, CellStyle style) {
        cells.numberCell(row, column, value, style);
    }
}
