package org.parcheck.criteria.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Workbook;
import org.parcheck.scoring.ConstraintType;
import org.parcheck.scoring.FigureConstraint;

/** Reads the sheet "Ràng buộc": type, part figures (separated by ";" or ","), whole figure. */
final class ConstraintsReader {

    private ConstraintsReader() {
    }

    /**
     * The constraints, or null when the sheet cannot be read.
     *
     * @param figures the defined figure codes, or null when unknown (then references are not checked)
     */
    static Located<FigureConstraint, ConstraintColumn> read(Workbook workbook, Problems problems,
            Set<String> figures) {
        Table<ConstraintColumn> table = TableReader.read(workbook, Layout.CONSTRAINTS, ConstraintColumn.class,
                problems);
        if (table == null) {
            return null;
        }
        List<FigureConstraint> constraints = new ArrayList<>();
        for (TableRow<ConstraintColumn> row : table.rows()) {
            ConstraintType type = row.word(ConstraintColumn.TYPE, Words.CONSTRAINTS, null);
            if (type == null && row.isBlank(ConstraintColumn.TYPE)) {
                row.error(ConstraintColumn.TYPE, ProblemCode.REQUIRED);
            }
            List<String> parts = row.list(ConstraintColumn.PARTS);
            if (parts.isEmpty() && row.isBlank(ConstraintColumn.PARTS)) {
                row.error(ConstraintColumn.PARTS, ProblemCode.REQUIRED);
            }
            for (String part : parts) {
                known(row, ConstraintColumn.PARTS, part, figures);
            }
            String whole = row.requiredText(ConstraintColumn.WHOLE);
            if (whole != null) {
                known(row, ConstraintColumn.WHOLE, whole, figures);
            }
            if (type == ConstraintType.PART_OF && parts.size() > 1) {
                row.error(ConstraintColumn.PARTS, ProblemCode.PART_OF_ONE_PART, parts.size());
            }
            if (type != null && whole != null && !parts.isEmpty()) {
                constraints.add(new FigureConstraint(type, parts, whole));
            }
        }
        return new Located<>(constraints, Map.of(), table.header());
    }

    private static void known(TableRow<ConstraintColumn> row, ConstraintColumn column, String code,
            Set<String> figures) {
        if (figures != null && !figures.contains(code)) {
            row.error(column, ProblemCode.UNKNOWN_FIGURE, code);
        }
    }
}
