package org.parcheck.criteria.importer;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.util.CellReference;

/**
 * The header of a sheet read as a table: the header row found and where each known column is.
 *
 * @param sheet     the sheet's name in the file
 * @param headerRow the header's row number as shown (1-based)
 * @param index     0-based position of each column present
 * @param headers   each present column's header as written in the file
 * @param <C>       the table's columns
 */
record TableHeader<C extends Enum<C> & Column>(String sheet, int headerRow, Map<C, Integer> index,
                                               Map<C, String> headers) {

    TableHeader {
        index = index.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(index));
        headers = headers.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(headers));
    }

    /** The column's letter ("F"), or null when the column is absent. */
    String letter(C column) {
        Integer i = index.get(column);
        return i == null ? null : CellReference.convertNumToColString(i);
    }

    /** The column's header as written in the file, or the layout's header when the column is absent. */
    String header(C column) {
        return headers.getOrDefault(column, column.header());
    }
}
