package org.parcheck.criteria.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Workbook;
import org.parcheck.scoring.Band;

/** Reads the sheet "Xếp loại": code, Vietnamese label, English label, minimum percent. */
final class BandsReader {

    private BandsReader() {
    }

    /** The bands, or null when the sheet cannot be read. */
    static Located<Band, BandColumn> read(Workbook workbook, Problems problems) {
        Table<BandColumn> table = TableReader.read(workbook, Layout.BANDS, BandColumn.class, problems);
        if (table == null) {
            return null;
        }
        List<Band> bands = new ArrayList<>();
        Map<String, Integer> rows = new HashMap<>();
        for (TableRow<BandColumn> row : table.rows()) {
            String code = row.requiredText(BandColumn.CODE);
            String labelVi = row.requiredText(BandColumn.LABEL_VI);
            String labelEn = row.text(BandColumn.LABEL_EN);
            BigDecimal min = null;
            if (row.isBlank(BandColumn.MIN_PERCENT)) {
                row.error(BandColumn.MIN_PERCENT, ProblemCode.REQUIRED);
            } else {
                min = row.percent(BandColumn.MIN_PERCENT);
            }
            if (code == null) {
                continue;
            }
            Integer first = rows.putIfAbsent(code, row.row());
            if (first != null) {
                row.error(BandColumn.CODE, ProblemCode.DUPLICATE_CODE, code, first);
            }
            bands.add(new Band(code, labelVi, labelEn, min));
        }
        return new Located<>(bands, rows, table.header());
    }
}
