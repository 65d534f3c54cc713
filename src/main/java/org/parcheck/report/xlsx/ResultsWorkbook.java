package org.parcheck.report.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.parcheck.report.PlanSummaryModel;
import org.parcheck.report.PlanSummaryModel.AreaAverage;
import org.parcheck.report.PlanSummaryModel.ItemLine;
import org.parcheck.report.PlanSummaryModel.VisitResult;

/**
 * Writes the results table of a {@link PlanSummaryModel} as an XLSX workbook: sheet "Kết quả" (one row per visit,
 * ranked as in the report, each area's percentage as a column), sheet "Lĩnh vực" (the area averages, with how
 * they are computed) and sheet "Điểm từng nội dung" (every item × every visit, the points). Each sheet starts with
 * a heading naming the plan ("Kết quả kiểm tra … theo Kế hoạch số 3199/KH-UBND ngày … của …"); the table's header
 * row ({@link #HEADER_ROW}) is bold and frozen. Numbers are numbers rounded to two decimals as printed (#16 §6),
 * shown with a "0.00" format; percentages are stored as fractions of the two-decimal percentage (0.8136) with a
 * "0.00%" format; dates as dates. Knows only the model.
 */
public final class ResultsWorkbook {

    /** Sheet names. */
    public static final String RESULTS_SHEET = "Kết quả";
    public static final String AREAS_SHEET = "Lĩnh vực";
    public static final String ITEMS_SHEET = "Điểm từng nội dung";
    /** The header row of every sheet (0-based): the plan's heading and a blank row come first. */
    public static final int HEADER_ROW = 2;

    private final Workbook workbook = new XSSFWorkbook();
    private final SheetCells cells;
    private final CellStyle header;
    private final CellStyle percent;
    private final CellStyle number;
    private final CellStyle date;
    private final CellStyle title;

    private ResultsWorkbook() {
        cells = new SheetCells(workbook);
        header = cells.header;
        percent = cells.percent;
        number = cells.number;
        date = cells.date;
        title = cells.title;
    }

    /** The plan's heading in the first row of a sheet. */
    private void heading(Sheet sheet, PlanSummaryModel model) {
        text(sheet.createRow(0), 0, model.summary().replace('\u00A0', ' '), title);
    }

    /** Writes the workbook to {@code out} (not closed). */
    public static void write(PlanSummaryModel model, OutputStream out) throws IOException {
        ResultsWorkbook writer = new ResultsWorkbook();
        try (Workbook book = writer.workbook) {
            writer.results(model);
            writer.areas(model);
            writer.items(model);
            book.write(out);
        }
    }

    private void results(PlanSummaryModel model) {
        Sheet sheet = workbook.createSheet(RESULTS_SHEET);
        heading(sheet, model);
        List<AreaAverage> areas = model.areas();
        Row head = sheet.createRow(HEADER_ROW);
        String[] fixed = {"Hạng", "Đơn vị được kiểm tra", "Ngày kiểm tra", "Trạng thái", "Tổng điểm",
            "Điểm tối đa", "Tỷ lệ", "Xếp loại", "So với lần trước (điểm %)"};
        int c = 0;
        for (String title : fixed) {
            text(head, c++, title, header);
        }
        for (AreaAverage area : areas) {
            text(head, c++, area.code() + ". " + area.title() + " (tỷ lệ)", header);
        }
        int r = HEADER_ROW + 1;
        for (VisitResult v : model.visits()) {
            Row row = sheet.createRow(r++);
            if (v.rank() != null) {
                row.createCell(0).setCellValue(v.rank());
            }
            text(row, 1, v.unit(), null);
            if (v.date() != null) {
                Cell cell = row.createCell(2);
                cell.setCellValue(v.date());
                cell.setCellStyle(date);
            }
            text(row, 3, v.status(), null);
            numberCell(row, 4, v.total(), number);
            numberCell(row, 5, v.max(), number);
            if (v.scored()) {
                numberCell(row, 6, fraction(v.percent()), percent);
            } else {
                text(row, 6, v.percentText(), null);
            }
            text(row, 7, v.classification(), null);
            numberCell(row, 8, v.change(), number);
            int a = fixed.length;
            for (AreaAverage area : areas) {
                numberCell(row, a++, v.scored() ? fraction(v.areaPercents().get(area.code())) : null, percent);
            }
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);
        sheet.setColumnWidth(0, 8 * 256);
        sheet.setColumnWidth(1, 30 * 256);
        sheet.setColumnWidth(2, 14 * 256);
        sheet.setColumnWidth(3, 16 * 256);
        for (int i = 4; i < c; i++) {
            sheet.setColumnWidth(i, (i == 7 ? 18 : 14) * 256);
        }
    }

    private void areas(PlanSummaryModel model) {
        Sheet sheet = workbook.createSheet(AREAS_SHEET);
        heading(sheet, model);
        Row head = sheet.createRow(HEADER_ROW);
        text(head, 0, "Mã số", header);
        text(head, 1, "Lĩnh vực", header);
        text(head, 2, "Số cuộc có điểm", header);
        text(head, 3, "Tỷ lệ trung bình", header);
        int r = HEADER_ROW + 1;
        for (AreaAverage area : model.areas()) {
            Row row = sheet.createRow(r++);
            text(row, 0, area.code(), null);
            text(row, 1, area.title(), null);
            row.createCell(2).setCellValue(area.visits());
            numberCell(row, 3, fraction(area.average()), percent);
        }
        r++;
        text(sheet.createRow(r), 0, "Cách tính: " + model.averageMethod(), null);
        sheet.createFreezePane(0, HEADER_ROW + 1);
        sheet.setColumnWidth(0, 10 * 256);
        sheet.setColumnWidth(1, 60 * 256);
        sheet.setColumnWidth(2, 16 * 256);
        sheet.setColumnWidth(3, 16 * 256);
    }

    /** Every item (rows) × every visit (columns, in ranking order): the points, or why there are none. */
    private void items(PlanSummaryModel model) {
        Sheet sheet = workbook.createSheet(ITEMS_SHEET);
        heading(sheet, model);
        Row head = sheet.createRow(HEADER_ROW);
        text(head, 0, "Mã số", header);
        text(head, 1, "Nội dung kiểm tra", header);
        text(head, 2, "Điểm tối đa", header);
        List<VisitResult> visits = model.visits();
        for (int v = 0; v < visits.size(); v++) {
            text(head, 3 + v, visits.get(v).unit(), header);
            sheet.setColumnWidth(3 + v, 16 * 256);
        }
        int r = HEADER_ROW + 1;
        for (ItemLine item : model.items()) {
            Row row = sheet.createRow(r++);
            text(row, 0, item.code(), null);
            text(row, 1, item.title(), null);
            numberCell(row, 2, item.max(), number);
            for (int v = 0; v < visits.size(); v++) {
                long visitId = visits.get(v).visitId();
                BigDecimal points = item.points().get(visitId);
                if (points != null) {
                    numberCell(row, 3 + v, points, number);
                } else if (item.texts().containsKey(visitId)) {
                    text(row, 3 + v, item.texts().get(visitId), null);
                }
            }
        }
        sheet.createFreezePane(3, HEADER_ROW + 1);
        sheet.setColumnWidth(0, 10 * 256);
        sheet.setColumnWidth(1, 60 * 256);
        sheet.setColumnWidth(2, 12 * 256);
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
