package org.parcheck.criteria.importer;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.parcheck.common.util.Text;

/** Reads a POI cell into a {@link CellValue}; formulas give their saved (cached) result, never re-evaluated. */
final class CellValues {

    private CellValues() {
    }

    static CellValue of(Cell cell) {
        if (cell == null) {
            return CellValue.BLANK;
        }
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            if (cell instanceof XSSFCell xssf && !xssf.getCTCell().isSetV()) {
                return CellValue.noCachedValue("=" + cell.getCellFormula());
            }
            type = cell.getCachedFormulaResultType();
        }
        return switch (type) {
            case STRING -> text(cell.getStringCellValue());
            case NUMERIC -> number(cell);
            case BOOLEAN -> CellValue.bool(cell.getBooleanCellValue());
            case ERROR -> CellValue.error(errorText(cell.getErrorCellValue()));
            default -> CellValue.BLANK;
        };
    }

    /** NFC, no-break spaces made plain, stripped; blank text is a blank cell. */
    static CellValue text(String raw) {
        String text = clean(raw);
        return text == null ? CellValue.BLANK : CellValue.text(text);
    }

    static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        String text = Text.nfc(raw.replace('\u00A0', ' ').replace('\u202F', ' ')).strip();
        return text.isEmpty() ? null : text;
    }

    private static CellValue number(Cell cell) {
        double value = cell.getNumericCellValue();
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return CellValue.error(String.valueOf(value));
        }
        String format = cell.getCellStyle() == null ? null : cell.getCellStyle().getDataFormatString();
        boolean percent = format != null && format.contains("%");
        return CellValue.number(Numbers.canonical(BigDecimal.valueOf(value)), percent);
    }

    private static String errorText(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#ERR" + code;
        }
    }
}
