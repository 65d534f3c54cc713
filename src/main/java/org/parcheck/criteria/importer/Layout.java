package org.parcheck.criteria.importer;

import java.util.List;

/** The sheets of a framework workbook, in the order they are written. */
final class Layout {

    static final String SETTINGS = "Thông tin";
    static final String ITEMS = "Tiêu chí";
    static final String FIGURES = "Số liệu";
    static final String CONSTRAINTS = "Ràng buộc";
    static final String BANDS = "Xếp loại";

    static final List<String> SHEETS = List.of(SETTINGS, ITEMS, FIGURES, CONSTRAINTS, BANDS);

    /** In the column "Mã cha": the node has no parent (an area whose code contains a dot). */
    static final String NO_PARENT = "-";

    private Layout() {
    }

    /** Position of a sheet in the layout, for sorting problems; -1 for the file itself or an unknown sheet. */
    static int order(String sheet) {
        if (sheet == null) {
            return -1;
        }
        String key = Words.key(sheet);
        for (int i = 0; i < SHEETS.size(); i++) {
            if (Words.key(SHEETS.get(i)).equals(key)) {
                return i;
            }
        }
        return SHEETS.size();
    }
}
