package org.parcheck.plan.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.parcheck.common.util.Text;

/**
 * Reads the rows of a unit list from the first sheet of an .xlsx workbook or from a CSV file (UTF-8, comma or
 * semicolon separated, quotes as in RFC 4180). Every cell comes back as NFC text; date cells as yyyy-MM-dd.
 */
public final class UnitSheetReader {

    /** The file cannot be read as a unit list at all (not a workbook, not UTF-8, unreadable). */
    public static final class UnreadableFileException extends Exception {
        private static final long serialVersionUID = 1L;
        private final String messageKey;
        private final transient Object[] args;

        UnreadableFileException(String messageKey, Throwable cause, Object... args) {
            super(messageKey, cause);
            this.messageKey = messageKey;
            this.args = args.clone();
        }

        public String messageKey() {
            return messageKey;
        }

        /** The message's arguments. */
        public Object[] args() {
            return args.clone();
        }
    }

    private static final int COLUMNS = ImportColumn.values().length;
    /** More rows than any unit list (Việt Nam has about 3,300 communes since 2025); Excel allows 1,048,576. */
    static final int MAX_ROWS = 50_000;

    private UnitSheetReader() {
    }

    public static List<SheetRow> read(Path file) throws UnreadableFileException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
                return readWorkbook(file);
            }
            if (name.endsWith(".csv") || name.endsWith(".txt")) {
                return readCsv(Files.readAllBytes(file));
            }
        } catch (UnreadableFileException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            if (isZipBomb(e)) {
                throw new UnreadableFileException("plan.unitImport.error.tooLarge", e, MAX_ROWS);
            }
            throw new UnreadableFileException("plan.unitImport.error.unreadable", e);
        }
        throw new UnreadableFileException("plan.unitImport.error.fileType", null);
    }

    /** POI's guard against files that unpack to far more than their size ("Zip bomb detected!"). */
    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT).contains("zip bomb")) {
                return true;
            }
        }
        return false;
    }

    private static List<SheetRow> readWorkbook(Path file) throws IOException, UnreadableFileException {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        List<SheetRow> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); Workbook workbook = WorkbookFactory.create(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            if (sheet.getLastRowNum() + 1 > MAX_ROWS) {
                throw new UnreadableFileException("plan.unitImport.error.tooLarge", null, MAX_ROWS);
            }
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < COLUMNS; c++) {
                    cells.add(cellText(row.getCell(c), formatter));
                }
                rows.add(new SheetRow(row.getRowNum() + 1, cells));
            }
        }
        return rows;
    }

    private static String cellText(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            LocalDateTime value = cell.getLocalDateTimeCellValue();
            return value == null ? "" : value.toLocalDate().toString();
        }
        return Text.nfc(formatter.formatCellValue(cell));
    }

    static List<SheetRow> readCsv(byte[] bytes) throws UnreadableFileException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableFileException("plan.unitImport.error.notUtf8", e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        text = Text.nfc(text);
        char separator = separator(text);
        List<SheetRow> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowStart = 1;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    cell.append(ch);
                }
            } else if (ch == '"' && cell.length() == 0) {
                quoted = true;
            } else if (ch == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                rows.add(new SheetRow(rowStart, cells));
                cells = new ArrayList<>();
                line++;
                rowStart = line;
            } else {
                cell.append(ch);
            }
        }
        if (cell.length() > 0 || !cells.isEmpty()) {
            cells.add(cell.toString());
            rows.add(new SheetRow(rowStart, cells));
        }
        return rows;
    }

    /** Semicolon when the first line has more semicolons than commas (Excel in Vietnamese locales), else comma. */
    private static char separator(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        long semicolons = first.chars().filter(c -> c == ';').count();
        long commas = first.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }
}
