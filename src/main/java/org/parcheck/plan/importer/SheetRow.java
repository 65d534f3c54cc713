package org.parcheck.plan.importer;

import java.util.List;

/** One row of a spreadsheet or CSV file: its 1-based row number as the user sees it, and its cells as text. */
public record SheetRow(int number, List<String> cells) {

    public SheetRow {
        cells = List.copyOf(cells);
    }

    /** The text of column {@code index} (0-based), stripped; empty when absent. */
    public String cell(int index) {
        return index < cells.size() && cells.get(index) != null ? cells.get(index).strip() : "";
    }

    public boolean isBlank() {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }
}
