package org.parcheck.criteria.importer;

import java.math.BigDecimal;

/**
 * What a cell shows, read once: blank, text (NFC, stripped), a number, a boolean, or an error.
 *
 * @param type           the kind of content
 * @param text           the text (TEXT), the error text (ERROR) or the formula (NO_CACHED_VALUE)
 * @param number         the number (NUMBER), normalised
 * @param bool           the boolean (BOOLEAN)
 * @param percentFormat  whether a number is displayed as a percent (0.8 shown as 80%)
 */
record CellValue(Type type, String text, BigDecimal number, boolean bool, boolean percentFormat) {

    static final CellValue BLANK = new CellValue(Type.BLANK, null, null, false, false);

    /** Kinds of cell content. */
    enum Type {
        BLANK, TEXT, NUMBER, BOOLEAN, ERROR, NO_CACHED_VALUE
    }

    static CellValue text(String text) {
        return new CellValue(Type.TEXT, text, null, false, false);
    }

    static CellValue number(BigDecimal number, boolean percentFormat) {
        return new CellValue(Type.NUMBER, null, number, false, percentFormat);
    }

    static CellValue bool(boolean value) {
        return new CellValue(Type.BOOLEAN, null, null, value, false);
    }

    static CellValue error(String errorText) {
        return new CellValue(Type.ERROR, errorText, null, false, false);
    }

    static CellValue noCachedValue(String formula) {
        return new CellValue(Type.NO_CACHED_VALUE, formula, null, false, false);
    }

    boolean isBlank() {
        return type == Type.BLANK;
    }

    /** The content as text: numbers without trailing zeros ("3.2"), booleans as TRUE/FALSE; null if blank. */
    String asText() {
        return switch (type) {
            case TEXT -> text;
            case NUMBER -> number.toPlainString();
            case BOOLEAN -> bool ? "TRUE" : "FALSE";
            default -> null;
        };
    }
}
