package org.parcheck.answering.audit;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.parcheck.common.i18n.Messages;

/**
 * Writes change-log rows as CSV or XLSX with localised column headings, in the order given.
 *
 * <p>CSV: RFC 4180 (comma-separated, CRLF line ends, every field in double quotes with inner quotes doubled), UTF-8
 * with a byte-order mark so that Excel shows Vietnamese letters correctly; times as "yyyy-MM-dd HH:mm:ss". XLSX:
 * one sheet, a bold frozen heading row with an auto-filter, times as real date-time cells, long texts wrapped.
 */
public final class ChangeLogExport {

    /** The UTF-8 byte-order mark Excel needs to read a CSV file as UTF-8. */
    public static final String BOM = "\uFEFF";
    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String[] COLUMNS = {"at", "actor", "what", "field", "oldValue", "newValue", "reason"};
    private static final int[] WIDTHS = {20, 30, 40, 22, 40, 40, 30};

    private ChangeLogExport() {
    }

    private static String[] headings(Messages messages) {
        String[] out = new String[COLUMNS.length];
        for (int i = 0; i < COLUMNS.length; i++) {
            out[i] = messages.get("answering.log.column." + COLUMNS[i]);
        }
        return out;
    }

    private static String[] cells(ChangeLogRow r) {
        return new String[] {r.at() == null ? "" : CSV_TIME.format(r.at()), r.actor(), r.what(), r.field(),
            r.oldValue(), r.newValue(), r.reason()};
    }

    /** Writes the rows as CSV to {@code out} (not closed). */
    public static void writeCsv(List<ChangeLogRow> rows, Messages messages, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write(BOM);
        line(writer, headings(messages));
        for (ChangeLogRow row : rows) {
            line(writer, cells(row));
        }
        writer.flush();
    }

    private static void line(Writer writer, String[] fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write('"');
            writer.write((fields[i] == null ? "" : fields[i]).replace("\"", "\"\""));
            writer.write('"');
        }
        writer.write("\r\n");
    }

    /** Writes the rows as an XLSX workbook to {@code out} (not closed). */
    public static void writeXlsx(List<ChangeLogRow> rows, Messages messages, OutputStream out) throws IOException {
        writeXlsx(rows, messages, null, out);
    }

    /** As {@link #writeXlsx(List, Messages, OutputStream)}, naming {@code exportedBy} as the workbook's author. */
    public static void writeXlsx(List<ChangeLogRow> rows, Messages messages, String exportedBy, OutputStream out)
            throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            if (exportedBy != null) {
                book.getProperties().getCoreProperties().setCreator(exportedBy);
            }
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle header = book.createCellStyle();
            header.setFont(bold);
            CellStyle time = book.createCellStyle();
            time.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy hh:mm:ss"));
            CellStyle wrap = book.createCellStyle();
            wrap.setWrapText(true);
            Sheet sheet = book.createSheet(messages.get("answering.log.sheet"));
            Row head = sheet.createRow(0);
            String[] titles = headings(messages);
            for (int c = 0; c < titles.length; c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(titles[c]);
                cell.setCellStyle(header);
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            int r = 1;
            for (ChangeLogRow row : rows) {
                Row line = sheet.createRow(r++);
                if (row.at() != null) {
                    Cell at = line.createCell(0);
                    at.setCellValue(row.at());
                    at.setCellStyle(time);
                }
                String[] values = cells(row);
                for (int c = 1; c < values.length; c++) {
                    if (values[c] != null && !values[c].isEmpty()) {
                        Cell cell = line.createCell(c);
                        cell.setCellValue(values[c]);
                        cell.setCellStyle(wrap);
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows.size()), 0, titles.length - 1));
            book.write(out);
        }
    }
}
