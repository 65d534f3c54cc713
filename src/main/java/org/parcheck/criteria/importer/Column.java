package org.parcheck.criteria.importer;

/**
 * A column of one of the workbook's tables. Headers are matched ignoring case, diacritics, spaces and punctuation
 * ({@link Words#key(String)}), so "Mã cha", "MA CHA" and "mã  cha" are the same column; the English alias is
 * accepted too.
 */
interface Column {

    /** The Vietnamese header written on export. */
    String header();

    /** An English header accepted on import. */
    String alias();

    /** Column width on export, in characters. */
    int width();

    /** Whether the table cannot be read without this column. */
    boolean required();

    /** Whether the column holds codes that must stay text (so Excel keeps "3.10" and does not make it 3.1). */
    boolean textFormat();

    /** The position of the column in the export (0-based). */
    int ordinal();
}
