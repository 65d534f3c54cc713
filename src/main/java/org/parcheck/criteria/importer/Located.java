package org.parcheck.criteria.importer;

import java.util.List;
import java.util.Map;

/**
 * What a sheet yielded, with where each code was read, so that later problems (the scoring engine's) can point
 * at the row.
 *
 * @param values  the values in sheet order
 * @param rows    each code's row number (first occurrence)
 * @param header  the sheet's header, for column letters
 * @param <T>     the value type
 * @param <C>     the sheet's columns
 */
record Located<T, C extends Enum<C> & Column>(List<T> values, Map<String, Integer> rows, TableHeader<C> header) {

    Located {
        values = List.copyOf(values);
        rows = Map.copyOf(rows);
    }
}
