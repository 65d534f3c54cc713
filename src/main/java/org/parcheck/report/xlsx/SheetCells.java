package org.parcheck.report.xlsx;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles and cell writing the results workbooks share (plan results, and results across plans and years):
 * bold wrapped headers, a 13 pt bold title, percentages, two-decimal numbers and dates; numbers written as printed.
 */
final class SheetCells {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    final CellStyle header;
    final CellStyle percent;
    final CellStyle number;
    final CellStyle date;
    final CellStyle title;

    SheetCells(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        CreationHelper helper = workbook.getCreationHelper();
        percent = workbook.createCellStyle();
        percent.setDataFormat(helper.createDataFormat().getFormat("0.00%"));
        number = workbook.createCellStyle();
        number.setDataFormat(helper.createDataFormat().getFormat("0.00"));
        date = workbook.createCellStyle();
        date.setDataFormat(helper.createDataFormat().getFormat("dd/mm/yyyy"));
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 13);
        title = workbook.createCellStyle();
        title.setFont(big);
    }

    /** The fraction of the percentage as printed (two decimals): 81.3641 % → 0.8136. */
    static BigDecimal fraction(BigDecimal percentValue) {
        return percentValue == null ? null
                : percentValue.setScale(2, RoundingMode.HALF_UP).divide(HUNDRED, MathContext.DECIMAL128);
    }

    static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    void numberCell(Row row, int column, BigDecimal value, CellStyle style) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        // two decimals as printed (a fraction for a percentage: four), never a raw double like 83.31807692307693
        cell.setCellValue(value.setScale(style == number ? 2 : 4, RoundingMode.HALF_UP).doubleValue());
        cell.setCellStyle(style);
    }
}
