package org.parcheck.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.app.AppServices;
import org.parcheck.report.SeedReports;
import org.parcheck.report.docx.DocxText;

/** {@code report visit|plan … --format docx}: the same DOCX as the UI path, formats from the file name, errors. */
class DocxReportCommandTest {

    @TempDir
    static Path dataDir;
    @TempDir
    Path outDir;
    private static long visitId;
    private static long planId;
    private static String uiPathVisitText;
    private static String uiPathPlanText;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void seed(@TempDir Path uiDir) throws IOException {
        try (AppServices services = AppServices.open(dataDir)) {
            visitId = SeedReports.haLangVisitId(services);
            planId = services.planService().overviews().get(0).plan().id();
            // what the visit screen's "Biên bản (Word)…" does
            Path uiFile = uiDir.resolve("ui.docx");
            services.writeVisitReportDocx(visitId, uiFile);
            uiPathVisitText = DocxText.bodyText(Files.readAllBytes(uiFile));
            // what the reports page's "Báo cáo (Word)…" does
            ByteArrayOutputStream plan = new ByteArrayOutputStream();
            services.planSummaries().writeDocx(planId, plan);
            uiPathPlanText = DocxText.bodyText(plan.toByteArray());
        }
    }

    private int run(String... args) {
        return new CliRunner(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), outDir).report(args);
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static boolean isZip(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K';
    }

    @Test
    void visitReportAsDocxIsTheUiPathsDocx() throws IOException {
        Path file = outDir.resolve("bien-ban.docx");
        int code = run("visit", Long.toString(visitId), "--format", "docx", "--out", file.toString(),
                "--data-dir", dataDir.toString());
        assertEquals(ReportCommand.OK, code, errors());
        assertThat(DocxText.bodyText(Files.readAllBytes(file))).isEqualTo(uiPathVisitText).contains("BIÊN BẢN");
        assertThat(outDir.resolve("bien-ban.docx.part")).doesNotExist();
    }

    @Test
    void theFormatComesFromTheFileNameToo() throws IOException {
        Path file = outDir.resolve("BB.DOCX");
        assertEquals(ReportCommand.OK, run("visit", Long.toString(visitId), "--out", file.toString(),
                "--data-dir", dataDir.toString()), errors());
        assertThat(isZip(file)).isTrue();
        assertThat(DocxText.bodyText(Files.readAllBytes(file))).isEqualTo(uiPathVisitText);
    }

    @Test
    void formatWithoutOutWritesADefaultNameInTheCurrentFolder() throws IOException {
        assertEquals(ReportCommand.OK, run("visit", Long.toString(visitId), "--format", "docx",
                "--data-dir", dataDir.toString()), errors());
        // #16 §6: named after the plan's number, the unit and the year, as in the window
        Path file = outDir.resolve("BB_3199-KH-UBND_Huyen-Ha-Lang_2021.docx");
        assertThat(isZip(file)).isTrue();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(file.toString());
        assertEquals(ReportCommand.OK, run("plan", Long.toString(planId), "--format", "pdf",
                "--data-dir", dataDir.toString()), errors());
        assertThat(new String(Files.readAllBytes(outDir.resolve("BC_3199-KH-UBND_2021.pdf")), 0, 4,
                StandardCharsets.US_ASCII)).isEqualTo("%PDF");
    }

    @Test
    void planSummaryAsDocxIsTheUiPathsDocx() throws IOException {
        Path file = outDir.resolve("bao-cao.docx");
        assertEquals(ReportCommand.OK, run("plan", Long.toString(planId), "--format", "DOCX", "--out",
                file.toString(), "--data-dir", dataDir.toString()), errors());
        assertThat(DocxText.bodyText(Files.readAllBytes(file))).isEqualTo(uiPathPlanText)
                .contains("BÁO CÁO KẾT QUẢ KIỂM TRA", "huyện Hạ Lang");
    }

    @Test
    void unknownOrContradictoryFormatsExitWithSixtyFour() {
        assertEquals(ReportCommand.USAGE, run("visit", Long.toString(visitId), "--format", "rtf", "--out",
                outDir.resolve("a.rtf").toString(), "--data-dir", dataDir.toString()));
        assertThat(errors()).contains("Không có định dạng rtf").contains("pdf, docx");
        assertEquals(ReportCommand.USAGE, run("visit", Long.toString(visitId), "--format", "pdf", "--out",
                outDir.resolve("a.docx").toString(), "--data-dir", dataDir.toString()));
        assertThat(errors()).contains("không khớp với tên tệp a.docx");
        assertEquals(ReportCommand.USAGE, run("plan", Long.toString(planId), "--out",
                outDir.resolve("a.xlsx").toString(), "--data-dir", dataDir.toString()));
        assertEquals(ReportCommand.USAGE, new CliRunner(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), outDir).export(new String[] {
                    "results", Long.toString(planId), "--format", "docx", "--data-dir", dataDir.toString()}));
        assertEquals(ReportCommand.USAGE, run("visit", Long.toString(visitId), "--format"));
        try (var files = Files.list(outDir)) {
            assertThat(files).isEmpty();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void anUnwritablePathExitsWithThreeAsForPdf() {
        Path file = outDir.resolve("no-such-folder").resolve("x.docx");
        assertEquals(ReportCommand.NOT_WRITABLE, run("visit", Long.toString(visitId), "--out", file.toString(),
                "--data-dir", dataDir.toString()));
        assertThat(errors()).contains("Không ghi được tệp").contains(file.toString());
        assertEquals(ReportCommand.NOT_WRITABLE, run("plan", Long.toString(planId), "--format", "docx", "--out",
                file.toString(), "--data-dir", dataDir.toString()));
    }
}
