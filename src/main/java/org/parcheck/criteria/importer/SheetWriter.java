package org.parcheck.criteria.importer;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;

/**
 * Writes one table sheet: the bold frozen header row with an auto-filter, set column widths, rows of values
 * (String, BigDecimal, or null for blank), and drop-down lists of the accepted words (which still allow other
 * values, such as the English codes).
 *
 * @param <C> the table's columns
 */
final class SheetWriter<C extends Enum<C> & Column> {

    /** Rows below the data that still get the drop-down lists, for rows the user adds. */
    private static final int SPARE_ROWS = 500;
    private static final int WRAP_WIDTH = 30;

    private final Sheet sheet;
    private final C[] columns;
    private final WorkbookStyles styles;
    private int next = 1;

    SheetWriter(Workbook workbook, String name, Class<C> type, WorkbookStyles styles) {
        this.sheet = workbook.createSheet(name);
        this.columns = type.getEnumConstants();
        this.styles = styles;
        Row header = sheet.createRow(0);
        for (C column : columns) {
            Cell cell = header.createCell(column.ordinal());
            cell.setCellValue(column.header());
            cell.setCellStyle(styles.header());
            sheet.setColumnWidth(column.ordinal(), column.width() * 256);
        }
        sheet.createFreezePane(1, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, columns.length - 1));
    }

    /** Appends a row; absent columns stay blank. */
    void row(Map<C, Object> values) {
        Row row = sheet.createRow(next++);
        for (C column : columns) {
            Object value = values.get(column);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(column.ordinal());
            if (value instanceof BigDecimal number && Numbers.fitsDouble(number)) {
                cell.setCellValue(number.doubleValue());
                cell.setCellStyle(styles.plain());
            } else {
                String text = value instanceof BigDecimal number ? Numbers.format(number) : value.toString();
                cell.setCellValue(text);
                cell.setCellStyle(column.textFormat() ? styles.text()
                        : column.width() >= WRAP_WIDTH ? styles.wrapped() : styles.plain());
            }
        }
    }

    /** Appends a heading row (bold on grey in every column, blank ones too): a row not to be filled in. */
    void groupRow(Map<C, Object> values) {
        row(values);
        Row row = sheet.getRow(next - 1);
        for (C column : columns) {
            Cell cell = row.getCell(column.ordinal()) == null ? row.createCell(column.ordinal())
                    : row.getCell(column.ordinal());
            cell.setCellStyle(styles.group());
        }
    }

    /** A drop-down of the given words on the column, warning (not refusing) on other values. */
    void choices(C column, List<String> words) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidationConstraint constraint = helper.createExplicitListConstraint(words.toArray(String[]::new));
        CellRangeAddressList range = new CellRangeAddressList(1, next + SPARE_ROWS, column.ordinal(),
                column.ordinal());
        DataValidation validation = helper.createValidation(constraint, range);
        validation.setErrorStyle(DataValidation.ErrorStyle.INFO);
        validation.setShowErrorBox(false);
        validation.setSuppressDropDownArrow(true);
        sheet.addValidationData(validation);
    }

    /** Empty text cells of code columns keep the text format for rows the user adds. */
    void textColumns() {
        for (C column : columns) {
            if (column.textFormat()) {
                sheet.setDefaultColumnStyle(column.ordinal(), styles.text());
            }
        }
    }
}
