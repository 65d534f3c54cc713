package org.parcheck.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.app.AppServices;
import org.parcheck.app.DataFolder;
import org.parcheck.criteria.FrameworkSummary;
import org.parcheck.criteria.StoredFramework;
import org.parcheck.criteria.importer.FrameworkWorkbook;
import org.parcheck.plan.AdminUnit;

/**
 * {@code parcheck import framework} and {@code import units} end to end on a real data folder: what is saved, and a
 * bad file saving nothing while every problem is printed with its row.
 */
class SetupCommandTest {

    private static final String UNITS = "Mã,Tên,Loại,Mã cấp trên,Hiệu lực từ,Hiệu lực đến,Mã kế thừa\n"
            + "94,Sóc Trăng,tỉnh,,,,\n"
            + "941,Thành phố Sóc Trăng,thành phố,94,,30/06/2025,\n"
            + "31507,Phường 1,phường,941,,,\n";

    @TempDir
    static Path source;
    /** The demo framework as the window's "Xuất Excel" writes it. */
    private static byte[] workbook;

    @TempDir
    Path dataDir;
    @TempDir
    Path files;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void exportTheDemoFramework() throws IOException {
        try (AppServices services = AppServices.open(source)) {
            FrameworkSummary demo = services.frameworkService().summaries().get(0);
            StoredFramework stored = services.frameworkService().load(demo.versionId());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            FrameworkWorkbook.write(stored.header(), stored.version(), stored.content(), bytes);
            workbook = bytes.toByteArray();
        }
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return new ParCheckCli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of(DataFolder.ENV_VARIABLE, dataDir.toString())).run(args);
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private List<FrameworkSummary> frameworks() {
        try (AppServices services = AppServices.open(dataDir)) {
            return services.frameworkService().summaries();
        }
    }

    private List<AdminUnit> units() {
        try (AppServices services = AppServices.open(dataDir)) {
            return services.unitService().units();
        }
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = files.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    @Test
    void aFrameworkWorkbookBecomesANewDraft() throws IOException {
        int before = frameworks().size();
        Path file = write("bộ tiêu chí.xlsx", workbook);

        assertEquals(SetupCommand.OK, run("import", "framework", file.toString()), errors());

        List<FrameworkSummary> after = frameworks();
        assertThat(after).hasSize(before + 1);
        FrameworkSummary draft = after.stream().filter(f -> !f.demo() && f.versionNo() == 1)
                .filter(f -> output().contains("mã phiên bản " + f.versionId())).findFirst().orElseThrow();
        assertThat(output()).startsWith("Đã nhập bộ tiêu chí \"" + draft.name() + "\" thành bản nháp");
        try (AppServices services = AppServices.open(dataDir)) {
            assertThat(services.frameworkService().load(draft.versionId()).content().allItems()).isNotEmpty();
        }
    }

    @Test
    void aWorkbookWithProblemsSavesNothingAndNamesEveryRow() throws IOException {
        int before = frameworks().size();
        byte[] broken;
        try (InputStream in = new java.io.ByteArrayInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet items = book.getSheet("Tiêu chí");
            items.getRow(2).getCell(3).setCellValue("   ");
            items.getRow(4).getCell(3).setCellValue("   ");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (OutputStream o = bytes) {
                book.write(o);
            }
            broken = bytes.toByteArray();
        }
        Path file = write("hỏng.xlsx", broken);

        assertEquals(SetupCommand.REFUSED, run("import", "framework", file.toString()));

        assertThat(errors()).startsWith("Không nhập tệp hỏng.xlsx: có 2 vấn đề, chưa lưu gì.")
                .contains("dòng 3").contains("dòng 5").doesNotContain("Exception");
        assertThat(errors().lines().count()).isEqualTo(3);
        assertThat(frameworks()).hasSize(before);

        assertEquals(SetupCommand.REFUSED, run("import", "framework", files.resolve("không có.xlsx").toString()));
        assertThat(errors()).contains("Không có tệp").contains("không có.xlsx");
    }

    @Test
    void aUnitListIsImportedOnceAndADryRunSavesNothing() throws IOException {
        int before = units().size();
        Path file = write("đơn vị.csv", UNITS.getBytes(StandardCharsets.UTF_8));

        assertEquals(SetupCommand.OK, run("import", "units", file.toString(), "--dry-run"), errors());
        assertThat(output()).contains("Sẵn sàng nhập: 3 đơn vị mới, 0 cập nhật").contains("--dry-run");
        assertThat(units()).hasSize(before);

        assertEquals(SetupCommand.OK, run("import", "units", file.toString()), errors());
        assertThat(output()).contains("Đã nhập: 3 đơn vị mới, 0 cập nhật, 0 không đổi.");
        List<AdminUnit> after = units();
        assertThat(after).hasSize(before + 3);
        AdminUnit ward = after.stream().filter(u -> u.name().equals("Phường 1")).findFirst().orElseThrow();
        AdminUnit city = after.stream().filter(u -> u.name().equals("Thành phố Sóc Trăng")).findFirst().orElseThrow();
        assertEquals(city.id(), ward.parentId());

        assertEquals(SetupCommand.OK, run("import", "units", file.toString()), errors());
        assertThat(output()).contains("Đã nhập: 0 đơn vị mới, 0 cập nhật, 3 không đổi.");
        assertThat(units()).hasSize(before + 3);
    }

    @Test
    void aUnitListWithBadRowsSavesNothingAndNamesRowAndColumn() throws IOException {
        int before = units().size();
        Path file = write("sai.csv", (UNITS + "31510,Phường 2,làng,941,,,\n" + "31513,Phường 3,phường,999,,,\n")
                .getBytes(StandardCharsets.UTF_8));

        assertEquals(SetupCommand.REFUSED, run("import", "units", file.toString()));

        assertThat(errors()).startsWith("Không nhập tệp sai.csv: có 2 vấn đề, chưa lưu gì.")
                .contains("Dòng 5, cột C").contains("làng").contains("Dòng 6, cột D").contains("999");
        assertThat(units()).hasSize(before);
    }
}
