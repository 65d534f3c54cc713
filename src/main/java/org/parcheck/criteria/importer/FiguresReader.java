package org.parcheck.criteria.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Workbook;
import org.parcheck.scoring.FigureDef;
import org.parcheck.scoring.rules.NumberKind;

/** Reads the sheet "Số liệu": code, name, unit, kind (blank kind means a count). */
final class FiguresReader {

    private FiguresReader() {
    }

    /** The figures, or null when the sheet cannot be read. */
    static Located<FigureDef, FigureColumn> read(Workbook workbook, Problems problems) {
        Table<FigureColumn> table = TableReader.read(workbook, Layout.FIGURES, FigureColumn.class, problems);
        if (table == null) {
            return null;
        }
        List<FigureDef> figures = new ArrayList<>();
        Map<String, Integer> rows = new HashMap<>();
        for (TableRow<FigureColumn> row : table.rows()) {
            String code = row.requiredText(FigureColumn.CODE);
            String name = row.requiredText(FigureColumn.NAME);
            String unit = row.text(FigureColumn.UNIT);
            NumberKind kind = row.word(FigureColumn.KIND, Words.NUMBER_KINDS, NumberKind.COUNT);
            if (code == null) {
                continue;
            }
            Integer first = rows.putIfAbsent(code, row.row());
            if (first != null) {
                row.error(FigureColumn.CODE, ProblemCode.DUPLICATE_CODE, code, first);
            }
            figures.add(new FigureDef(code, name, unit, kind));
        }
        return new Located<>(figures, rows, table.header());
    }
}
