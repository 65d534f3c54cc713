package org.parcheck.criteria.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.parcheck.common.i18n.Messages;

/**
 * A sheet that reaches Excel's last row (1,048,576) is "too large", not "damaged"; a cell longer than the field it
 * goes into is refused at that cell (sheet, row, column, limit), not as a generic failed import.
 */
class SpreadsheetLimitsTest {

    private static final int EXCEL_ROWS = 1_048_576;

    @Test
    void aSheetReachingExcelsLastRowIsTooLargeNotDamaged() {
        byte[] bytes = Fixtures.edited(wb -> wb.getSheet(Layout.ITEMS).createRow(EXCEL_ROWS - 1).createCell(0)
                .setCellValue("x"));
        List<ImportProblem> problems = Fixtures.problems(bytes);
        assertThat(problems).extracting(ImportProblem::code).contains(ProblemCode.TOO_MANY_ROWS)
                .doesNotContain(ProblemCode.CORRUPT);
        ImportProblem problem = problems.stream().filter(p -> p.code() == ProblemCode.TOO_MANY_ROWS).findFirst()
                .orElseThrow();
        assertThat(problem.sheet()).isEqualTo(Layout.ITEMS);
        assertThat(problem.args()).containsExactly(EXCEL_ROWS, TableReader.MAX_ROWS);
        String text = new ImportProblemFormatter(new Messages(Messages.ENGLISH)).format(problem);
        assertThat(text).contains("too large").contains("1048576").contains("not damaged");
    }

    @Test
    void aWorkbookThatUnpacksToFarMoreThanItsSizeIsTooLargeNotDamaged() throws Exception {
        byte[] exported = Fixtures.export(Fixtures.framework());
        // a sheet whose XML is padded with 30 MB of blanks: what a sheet formatted down to its last row looks like
        ByteArrayOutputStream inflated = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(exported));
             ZipOutputStream out = new ZipOutputStream(inflated)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("xl/worksheets/sheet2.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int end = xml.lastIndexOf("</worksheet>");
                    out.write(xml.substring(0, end).getBytes(StandardCharsets.UTF_8));
                    byte[] blanks = new byte[1 << 20];
                    java.util.Arrays.fill(blanks, (byte) ' ');
                    for (int i = 0; i < 30; i++) {
                        out.write(blanks);
                    }
                    out.write(xml.substring(end).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(content);
                }
                out.closeEntry();
            }
        }
        List<ImportProblem> problems = Fixtures.problems(inflated.toByteArray());
        assertThat(problems).extracting(ImportProblem::code).containsExactly(ProblemCode.EXPANDS_TOO_MUCH);
        assertThat(new ImportProblemFormatter(new Messages(Messages.ENGLISH)).format(problems.get(0)))
                .contains("too large").contains("not damaged");
    }

    @Test
    void aTitleLongerThanItsColumnIsRefusedAtThatCell() {
        byte[] bytes = Fixtures.edited(wb -> wb.getSheet(Layout.ITEMS).getRow(2)
                .getCell(ItemColumn.TITLE.ordinal()).setCellValue("Tiêu chí".repeat(125) + "x"));
        List<ImportProblem> problems = Fixtures.problems(bytes);
        ImportProblem problem = problems.stream().filter(p -> p.code() == ProblemCode.TEXT_TOO_LONG).findFirst()
                .orElseThrow(() -> new AssertionError(problems.toString()));
        assertThat(problem.position()).isEqualTo(Layout.ITEMS + "!D3");
        assertThat(problem.args()).containsExactly(1001, 1000);
        assertThat(new ImportProblemFormatter(new Messages(Messages.VIETNAMESE)).format(problem))
                .contains("dòng 3").contains("1001").contains("1000");
    }

    @Test
    void aFigureNameLongerThanItsColumnIsRefusedAtThatCell() {
        byte[] bytes = Fixtures.edited(wb -> wb.getSheet(Layout.FIGURES).getRow(1)
                .getCell(FigureColumn.NAME.ordinal()).setCellValue("x".repeat(501)));
        ImportProblem problem = Fixtures.problems(bytes).stream().filter(p -> p.code() == ProblemCode.TEXT_TOO_LONG)
                .findFirst().orElseThrow();
        assertThat(problem.sheet()).isEqualTo(Layout.FIGURES);
        assertThat(problem.row()).isEqualTo(2);
        assertThat(problem.column()).isEqualTo("B");
        assertThat(problem.args()).containsExactly(501, 500);
    }

    @Test
    void aFrameworkNameLongerThanItsColumnIsRefusedAtThatCell() {
        byte[] bytes = Fixtures.edited(wb -> {
            var sheet = wb.getSheet(Layout.SETTINGS);
            for (var row : sheet) {
                if (row.getCell(0) != null && "Tên bộ tiêu chí".equals(row.getCell(0).getStringCellValue())) {
                    row.getCell(1).setCellValue("B".repeat(301));
                }
            }
        });
        ImportProblem problem = Fixtures.problems(bytes).stream().filter(p -> p.code() == ProblemCode.TEXT_TOO_LONG)
                .findFirst().orElseThrow();
        assertThat(problem.sheet()).isEqualTo(Layout.SETTINGS);
        assertThat(problem.column()).isEqualTo("B");
        assertThat(problem.args()).containsExactly(301, 300);
    }
}
