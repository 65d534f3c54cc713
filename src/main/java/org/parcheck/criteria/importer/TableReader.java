package org.parcheck.criteria.importer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * Reads a sheet of the layout as a table. The header row is the row among the first ten with the most known
 * headers (so a title above the table is allowed); columns may be in any order and unknown columns are ignored.
 * Blank rows are skipped. A merged range inside the table counts as its top-left value in every cell it covers
 * (what the spreadsheet shows), with a warning.
 */
final class TableReader {

    private static final int HEADER_SEARCH_ROWS = 10;
    /**
     * More rows than any framework or self-assessment sheet has (a framework has a few hundred items); a sheet
     * that reaches further (Excel allows 1,048,576 rows) is refused as too large, not read row by row. Ten times
     * the 10,000 item rows FrameworkWorkbookRoundTripTest imports.
     */
    static final int MAX_ROWS = 100_000;

    private TableReader() {
    }

    /** The sheet whose name matches the layout's name loosely ("Tieu chi" is "Tiêu chí"), or null. */
    static Sheet find(Workbook workbook, String layoutName) {
        String wanted = Words.key(layoutName);
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            Sheet sheet = workbook.getSheetAt(i);
            if (Words.key(sheet.getSheetName()).equals(wanted)) {
                return sheet;
            }
        }
        return null;
    }

    /**
     * The table, or null (with problems) when the sheet is missing or lacks a required column.
     *
     * @param workbook   the workbook
     * @param layoutName the sheet's name in the layout
     * @param type       the table's columns
     * @param problems   where problems go
     */
    static <C extends Enum<C> & Column> Table<C> read(Workbook workbook, String layoutName, Class<C> type,
            Problems problems) {
        Sheet sheet = find(workbook, layoutName);
        if (sheet == null) {
            problems.error(new ImportProblem(layoutName, 0, null, null, ProblemCode.MISSING_SHEET,
                    List.of(layoutName)));
            return null;
        }
        int rowCount = sheet.getLastRowNum() + 1;
        if (rowCount > MAX_ROWS) {
            problems.error(new ImportProblem(sheet.getSheetName(), 0, null, null, ProblemCode.TOO_MANY_ROWS,
                    List.of(rowCount, MAX_ROWS)));
            return null;
        }
        TableHeader<C> header = header(sheet, type, problems);
        if (header == null) {
            return null;
        }
        Map<Long, Long> merged = merged(sheet, header, problems);
        List<TableRow<C>> rows = new ArrayList<>();
        for (int r = header.headerRow(); r <= sheet.getLastRowNum(); r++) {
            Map<C, CellValue> cells = new EnumMap<>(type);
            for (Map.Entry<C, Integer> column : header.index().entrySet()) {
                CellValue value = value(sheet, r, column.getValue(), merged);
                if (!value.isBlank()) {
                    cells.put(column.getKey(), value);
                }
            }
            if (!cells.isEmpty()) {
                rows.add(new TableRow<>(header, r + 1, cells, problems));
            }
        }
        return new Table<>(header, rows);
    }

    private static <C extends Enum<C> & Column> TableHeader<C> header(Sheet sheet, Class<C> type,
            Problems problems) {
        Map<String, C> byKey = new HashMap<>();
        for (C column : type.getEnumConstants()) {
            byKey.put(Words.key(column.header()), column);
            byKey.put(Words.key(column.alias()), column);
        }
        int bestRow = 0;
        int bestCount = 0;
        int last = Math.min(sheet.getLastRowNum(), HEADER_SEARCH_ROWS - 1);
        for (int r = 0; r <= last; r++) {
            int count = 0;
            for (String text : texts(sheet.getRow(r))) {
                if (text != null && byKey.containsKey(Words.key(text))) {
                    count++;
                }
            }
            if (count > bestCount) {
                bestCount = count;
                bestRow = r;
            }
        }
        Map<C, Integer> index = new EnumMap<>(type);
        Map<C, String> headers = new EnumMap<>(type);
        List<String> texts = texts(sheet.getRow(bestRow));
        String name = sheet.getSheetName();
        unmergeHeader(sheet, bestRow, texts, type, byKey, problems);
        boolean ok = true;
        for (int c = 0; c < texts.size(); c++) {
            String text = texts.get(c);
            C column = text == null ? null : byKey.get(Words.key(text));
            if (column == null) {
                continue;
            }
            if (index.containsKey(column)) {
                problems.error(new ImportProblem(name, bestRow + 1,
                        CellReference.convertNumToColString(c), text,
                        ProblemCode.DUPLICATE_COLUMN, List.of(text)));
                ok = false;
            } else {
                index.put(column, c);
                headers.put(column, text);
            }
        }
        for (C column : type.getEnumConstants()) {
            if (column.required() && !index.containsKey(column)) {
                problems.error(new ImportProblem(name, bestRow + 1, null, column.header(),
                        ProblemCode.MISSING_COLUMN, List.of(column.header())));
                ok = false;
            }
        }
        return ok ? new TableHeader<>(name, bestRow + 1, index, headers) : null;
    }

    /**
     * A merged cell in the header row (G2:H2) shows one header over several columns and leaves the others blank, so
     * those columns would not be read and every row would report their cells as empty. Instead, each blank header
     * cell of the range takes the layout's column that follows the one before it (the range's first header names
     * its first column), unless that column is found elsewhere in the row; one warning names the range and the
     * columns read.
     */
    private static <C extends Enum<C> & Column> void unmergeHeader(Sheet sheet, int headerRow, List<String> texts,
            Class<C> type, Map<String, C> byKey, Problems problems) {
        C[] layout = type.getEnumConstants();
        for (CellRangeAddress range : sheet.getMergedRegions()) {
            if (!range.isInRange(headerRow, range.getFirstColumn())
                    || range.getLastColumn() == range.getFirstColumn()) {
                continue;
            }
            int left = range.getFirstColumn();
            int right = Math.max(left, Math.min(range.getLastColumn(), left + layout.length));
            while (texts.size() <= right) {
                texts.add(null);
            }
            C previous = texts.get(left) == null ? null : byKey.get(Words.key(texts.get(left)));
            List<String> read = new ArrayList<>();
            if (previous != null) {
                read.add(CellReference.convertNumToColString(left) + " “" + previous.header() + "”");
            }
            for (int c = left + 1; c <= right && previous != null; c++) {
                C column = texts.get(c) == null ? null : byKey.get(Words.key(texts.get(c)));
                if (column == null && texts.get(c) == null) {
                    column = next(layout, previous, texts, byKey);
                    if (column != null) {
                        texts.set(c, column.header());
                    }
                }
                if (column == null) {
                    break;
                }
                read.add(CellReference.convertNumToColString(c) + " “" + column.header() + "”");
                previous = column;
            }
            problems.warning(new ImportProblem(sheet.getSheetName(), headerRow + 1,
                    CellReference.convertNumToColString(left), null, ProblemCode.MERGED_HEADER,
                    List.of(range.formatAsString(), String.join(", ", read))));
        }
    }

    /** The layout's column after {@code column} that the header row does not name anywhere, or null. */
    private static <C extends Enum<C> & Column> C next(C[] layout, C column, List<String> texts,
            Map<String, C> byKey) {
        int i = column.ordinal() + 1;
        if (i >= layout.length) {
            return null;
        }
        C candidate = layout[i];
        for (String text : texts) {
            if (text != null && byKey.get(Words.key(text)) == candidate) {
                return null;
            }
        }
        return candidate;
    }

    private static List<String> texts(Row row) {
        List<String> out = new ArrayList<>();
        if (row == null) {
            return out;
        }
        for (int c = 0; c < row.getLastCellNum(); c++) {
            out.add(CellValues.of(row.getCell(c)).asText());
        }
        return out;
    }

    /** Cells covered by a merged range below the header, mapped to the range's top-left cell. */
    private static Map<Long, Long> merged(Sheet sheet, TableHeader<?> header, Problems problems) {
        Map<Long, Long> out = new HashMap<>();
        int firstDataRow = header.headerRow();
        int lastColumn = header.index().values().stream().mapToInt(Integer::intValue).max().orElse(0);
        for (CellRangeAddress range : sheet.getMergedRegions()) {
            if (range.getLastRow() < firstDataRow || !coversColumn(range, header)) {
                continue;
            }
            int top = range.getFirstRow();
            int left = range.getFirstColumn();
            int bottom = Math.min(range.getLastRow(), sheet.getLastRowNum());
            int right = Math.min(range.getLastColumn(), lastColumn);
            for (int r = Math.max(top, firstDataRow); r <= bottom; r++) {
                for (int c = left; c <= right; c++) {
                    if (r != top || c != left) {
                        out.put(address(r, c), address(top, left));
                    }
                }
            }
            problems.warning(new ImportProblem(sheet.getSheetName(), top + 1,
                    CellReference.convertNumToColString(left), null,
                    ProblemCode.MERGED_CELLS, List.of(range.formatAsString())));
        }
        return out;
    }

    private static boolean coversColumn(CellRangeAddress range, TableHeader<?> header) {
        for (int column : header.index().values()) {
            if (column >= range.getFirstColumn() && column <= range.getLastColumn()) {
                return true;
            }
        }
        return false;
    }

    private static CellValue value(Sheet sheet, int r, int c, Map<Long, Long> merged) {
        Long topLeft = merged.get(address(r, c));
        int row = r;
        int column = c;
        if (topLeft != null) {
            row = (int) (topLeft >>> 20);
            column = (int) (topLeft & 0xFFFFF);
        }
        Row poiRow = sheet.getRow(row);
        return poiRow == null ? CellValue.BLANK : CellValues.of(poiRow.getCell(column));
    }

    private static long address(int row, int column) {
        return ((long) row << 20) | column;
    }
}
