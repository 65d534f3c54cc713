package org.parcheck.criteria.importer;

import java.util.List;
import java.util.Objects;

/**
 * One problem found in a workbook, where Excel or LibreOffice shows it, and what is wrong as data (localised by
 * the caller, e.g. with {@link ImportProblemFormatter}).
 *
 * @param sheet  the sheet's name as in the file (or the layout's name of a missing sheet); null for the file
 * @param row    the row number as the spreadsheet shows it (1-based); 0 when the problem is not about one row
 * @param column the column letter ("F"); null when the problem is not about one column or the column is missing
 * @param header the column's header (or setting label); null when not about one column
 * @param code   what is wrong
 * @param args   the message arguments ({@link String}, {@link Integer}, {@link java.math.BigDecimal} or a scoring
 *               {@link org.parcheck.scoring.explain.Explanation}), as {@link ProblemCode} documents
 */
public record ImportProblem(String sheet, int row, String column, String header, ProblemCode code,
                            List<Object> args) {

    public ImportProblem {
        Objects.requireNonNull(code, "code");
        args = List.copyOf(args);
    }

    /** A problem with the file as a whole. */
    public static ImportProblem ofFile(ProblemCode code, Object... args) {
        return new ImportProblem(null, 0, null, null, code, List.of(args));
    }

    /** "Tiêu chí!F12", "Tiêu chí!12", "Tiêu chí" or "" for the position alone. */
    public String position() {
        if (sheet == null) {
            return "";
        }
        if (row <= 0) {
            return sheet;
        }
        return sheet + "!" + (column == null ? "" : column) + row;
    }
}
