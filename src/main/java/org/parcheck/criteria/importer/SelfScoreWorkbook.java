package org.parcheck.criteria.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.parcheck.common.util.Dates;
import org.parcheck.criteria.CriteriaItem;
import org.parcheck.criteria.FrameworkContent;

/**
 * The self-assessment form (bảng tự chấm điểm) of a visit: the framework's items with their maximum and a column
 * "Điểm tự chấm" that the unit fills before the visit. {@link #write} gives the form (with the self scores already
 * recorded); {@link #read} reads a filled one back, checked completely against the visit's framework: the scores
 * are returned only when there is no problem at all. A blank self-score cell changes nothing.
 */
public final class SelfScoreWorkbook {

    /** The form's sheet. */
    public static final String SHEET = "Tự chấm";

    private static final Logger LOG = Logger.getLogger(SelfScoreWorkbook.class.getName());

    /**
     * What a filled form gives.
     *
     * @param scores   self scores by item code, in the sheet's order; empty when there are problems
     * @param problems every problem found (file, sheet, row and column), in row order; empty when the form is valid
     */
    public record Read(Map<String, BigDecimal> scores, List<ImportProblem> problems) {
        public Read {
            scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
            problems = List.copyOf(problems);
        }
    }

    private SelfScoreWorkbook() {
    }

    /** The sheet with who the form is for and how to fill it in (ignored on import). */
    public static final String GUIDE_SHEET = "Hướng dẫn";

    /**
     * Writes the form: every item in framework order, leaves with their current self score, areas and criteria as
     * grey heading rows; and a sheet {@value #GUIDE_SHEET} saying whom the form is for and how to fill it in (in
     * Vietnamese: it goes to the unit). Not closed.
     */
    public static void write(FrameworkContent content, Map<String, BigDecimal> current, About about,
            OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            WorkbookStyles styles = WorkbookStyles.create(workbook);
            SheetWriter<SelfScoreColumn> sheet = new SheetWriter<>(workbook, SHEET, SelfScoreColumn.class, styles);
            for (CriteriaItem item : content.allItems()) {
                Map<SelfScoreColumn, Object> values = new EnumMap<>(SelfScoreColumn.class);
                values.put(SelfScoreColumn.CODE, item.code());
                values.put(SelfScoreColumn.TITLE, item.title());
                values.put(SelfScoreColumn.MAX_POINTS, item.maxPoints());
                if (item.isLeaf()) {
                    values.put(SelfScoreColumn.SELF_SCORE, current.get(item.code()));
                    sheet.row(values);
                } else {
                    sheet.groupRow(values);
                }
            }
            sheet.textColumns();
            guide(workbook, styles, about);
            workbook.write(out);
        }
    }

    /**
     * Whom a form is for.
     *
     * @param unit      the unit's name ("huyện Hạ Lang")
     * @param framework the framework's name
     * @param version   its version number
     * @param visitDate the visit's date, or null when not set yet
     */
    public record About(String unit, String framework, int version, LocalDate visitDate) {
        List<String> lines() {
            return List.of("Đơn vị: " + unit, "Bộ tiêu chí: " + framework + ", phiên bản " + version,
                    "Ngày kiểm tra: " + (visitDate == null ? "chưa định" : Dates.format(visitDate)));
        }
    }

    private static void guide(XSSFWorkbook workbook, WorkbookStyles styles, About about) {
        Sheet guide = workbook.createSheet(GUIDE_SHEET);
        guide.setColumnWidth(0, 100 * 256);
        int r = 0;
        Cell title = guide.createRow(r++).createCell(0);
        title.setCellValue("BẢNG TỰ CHẤM ĐIỂM CẢI CÁCH HÀNH CHÍNH");
        title.setCellStyle(styles.header());
        for (String line : about.lines()) {
            guide.createRow(r++).createCell(0).setCellValue(line);
        }
        r++;
        for (String line : GUIDE) {
            Cell cell = guide.createRow(r++).createCell(0);
            cell.setCellValue(line);
            cell.setCellStyle(styles.wrapped());
        }
    }

    private static final List<String> GUIDE = List.of(
            "Cách điền: ở trang tính \"" + SHEET + "\", ghi điểm tự chấm của đơn vị vào cột \"Điểm tự chấm\" của"
                    + " từng tiêu chí thành phần (các dòng nền trắng), từ 0 đến điểm tối đa của dòng đó; phần thập phân"
                    + " ghi bằng dấu phẩy hoặc dấu chấm (0,5).",
            "Không ghi điểm vào các dòng nền xám (lĩnh vực, tiêu chí): điểm của chúng là tổng các dòng bên dưới.",
            "Để trống những tiêu chí đơn vị chưa tự chấm. Không đổi cột \"Mã\", không thêm hoặc xoá dòng.",
            "Lưu tệp dạng Excel (.xlsx) và gửi lại cho Đoàn kiểm tra; Đoàn nhập tệp vào ParCheck"
                    + " (Tự chấm của đơn vị → Nhập điểm tự chấm từ Excel…). Tệp có lỗi sẽ không được nhập và"
                    + " ParCheck chỉ rõ dòng, cột cần sửa.");

    /** Reads a filled form file; a file that cannot be read is a problem, not an exception. */
    public static Read read(Path file, FrameworkContent content) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, content);
        } catch (IOException e) {
            return rejected(ImportProblem.ofFile(ProblemCode.FILE_UNREADABLE, String.valueOf(e.getMessage())));
        }
    }

    /** Reads a filled form from a stream (read fully, not closed). */
    public static Read read(InputStream in, FrameworkContent content) {
        WorkbookOpener.Opened opened = WorkbookOpener.open(in);
        if (opened.problem() != null) {
            return rejected(opened.problem());
        }
        XSSFWorkbook workbook = opened.workbook();
        try {
            return read(workbook, content);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "self-assessment form could not be read", e);
            return rejected(ImportProblem.ofFile(ProblemCode.CORRUPT, String.valueOf(e.getMessage())));
        } finally {
            workbook.getPackage().revert();
        }
    }

    private static Read read(XSSFWorkbook workbook, FrameworkContent content) {
        Problems problems = new Problems();
        Table<SelfScoreColumn> table = TableReader.read(workbook, SHEET, SelfScoreColumn.class, problems);
        if (table == null) {
            return new Read(Map.of(), problems.errors());
        }
        Map<String, CriteriaItem> items = new HashMap<>();
        for (CriteriaItem item : content.allItems()) {
            items.put(item.code(), item);
        }
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        Map<String, Integer> firstRow = new HashMap<>();
        for (TableRow<SelfScoreColumn> row : table.rows()) {
            String code = row.requiredText(SelfScoreColumn.CODE);
            BigDecimal score = row.points(SelfScoreColumn.SELF_SCORE);
            if (code == null) {
                continue;
            }
            Integer earlier = firstRow.putIfAbsent(code, row.row());
            if (earlier != null) {
                row.error(SelfScoreColumn.CODE, ProblemCode.DUPLICATE_CODE, code, earlier);
                continue;
            }
            CriteriaItem item = items.get(code);
            if (item == null) {
                row.error(SelfScoreColumn.CODE, ProblemCode.UNKNOWN_ITEM, code);
            } else if (score == null) {
                continue;
            } else if (!item.isLeaf()) {
                row.error(SelfScoreColumn.SELF_SCORE, ProblemCode.SCORE_ON_GROUP, code);
            } else if (score.compareTo(item.maxPoints()) > 0) {
                row.error(SelfScoreColumn.SELF_SCORE, ProblemCode.ABOVE_MAX, score, item.maxPoints());
            } else {
                scores.put(code, score);
            }
        }
        return problems.hasErrors() ? new Read(Map.of(), problems.errors()) : new Read(scores, List.of());
    }

    private static Read rejected(ImportProblem problem) {
        return new Read(Map.of(), List.of(problem));
    }
}
