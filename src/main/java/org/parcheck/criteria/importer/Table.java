package org.parcheck.criteria.importer;

import java.util.List;

/**
 * A sheet read as a table.
 *
 * @param header the header row and column positions
 * @param rows   the data rows, blank rows skipped
 * @param <C>    the table's columns
 */
record Table<C extends Enum<C> & Column>(TableHeader<C> header, List<TableRow<C>> rows) {

    Table {
        rows = List.copyOf(rows);
    }

    String sheet() {
        return header.sheet();
    }
}
