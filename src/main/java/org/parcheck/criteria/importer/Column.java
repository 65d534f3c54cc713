package org.parcheck.criteria.importer;

/**
 * A column of one of the workbook's tables. Headers are matched ignoring case, diacritics, spaces and punctuation
 * ({@link Words#key(String)}), so "Mã cha", "MA CHA" and "mã  cha" are the same column; the English alias is
 * accepted too.
 */
interface Column {

    /**
     * What a column is.
     *
     * @param header     the Vietnamese header written on export
     * @param alias      an English header accepted on import
     * @param width      column width on export, in characters
     * @param required   whether the table cannot be read without this column
     * @param textFormat whether the column holds codes that must stay text (so Excel keeps "3.10", not 3.1)
     */
    record Spec(String header, String alias, int width, boolean required, boolean textFormat) {
    }

    Spec spec();

    /** The Vietnamese header written on export. */
    default String header() {
        return spec().header();
    }

    /** An English header accepted on import. */
    default String alias() {
        return spec().alias();
    }

    /** Column width on export, in characters. */
    default int width() {
        return spec().width();
    }

    /** Whether the table cannot be read without this column. */
    default boolean required() {
        return spec().required();
    }

    /** Whether the column holds codes that must stay text. */
    default boolean textFormat() {
        return spec().textFormat();
    }

    /**
     * The most characters a cell of this column may hold (the database column it is stored in; {@code
     * ImportColumnLimitsTest} checks the numbers against the schema), or 0 for no limit here.
     */
    default int maxLength() {
        return 0;
    }

    /** The position of the column in the export (0-based). */
    int ordinal();
}
