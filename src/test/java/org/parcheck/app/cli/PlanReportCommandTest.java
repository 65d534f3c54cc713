package org.parcheck.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.app.AppServices;
import org.parcheck.report.pdf.PlanSummaryPdf;
import org.parcheck.report.xlsx.ResultsWorkbook;

/** {@code parcheck report plan …} and {@code parcheck export results …}: files, exit codes and messages. */
class PlanReportCommandTest {

    @TempDir
    static Path dataDir;
    @TempDir
    Path outDir;
    private static long planId;
    private static String uiPathText;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void seed() throws IOException {
        try (AppServices services = AppServices.open(dataDir)) {
            planId = services.planService().overviews().get(0).plan().id();
            uiPathText = text(PlanSummaryPdf.toBytes(services.planSummaries().model(planId)));
        }
    }

    private ReportCommand command() {
        return new ReportCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void reportPlanWritesTheSummaryPdf() throws IOException {
        Path file = outDir.resolve("bao-cao.pdf");
        int code = command().run(new String[] {"plan", Long.toString(planId), "--out", file.toString(),
            "--data-dir", dataDir.toString()});
        assertEquals(ReportCommand.OK, code, errors());
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(file.toString());
        String text = text(Files.readAllBytes(file));
        assertThat(text).isEqualTo(uiPathText).contains("3199/KH-UBND", "huyện Hạ Lang", "81,36", "Nơi nhận");
        assertThat(outDir.resolve("bao-cao.pdf.part")).doesNotExist();
    }

    @Test
    void exportResultsWritesTheWorkbook() throws IOException {
        Path file = outDir.resolve("ket-qua.xlsx");
        int code = command().runExport(new String[] {"results", Long.toString(planId), "--out", file.toString(),
            "--data-dir", dataDir.toString()});
        assertEquals(ReportCommand.OK, code, errors());
        try (InputStream in = Files.newInputStream(file); Workbook book = new XSSFWorkbook(in)) {
            assertThat(book.getSheet(ResultsWorkbook.RESULTS_SHEET).getRow(ResultsWorkbook.HEADER_ROW + 1).getCell(1)
                    .getStringCellValue())
                    .isEqualTo("huyện Hạ Lang");
            assertThat(book.getSheet(ResultsWorkbook.AREAS_SHEET)).isNotNull();
        }
    }

    @Test
    void unknownPlanExitsWithTwoAndWritesNothing() {
        Path file = outDir.resolve("none.pdf");
        int code = command().run(new String[] {"plan", "987654", "--out", file.toString(),
            "--data-dir", dataDir.toString()});
        assertEquals(ReportCommand.UNKNOWN_VISIT, code);
        assertThat(errors()).contains("987654");
        assertThat(file).doesNotExist();
        assertThat(outDir.resolve("none.pdf.part")).doesNotExist();

        int export = command().runExport(new String[] {"results", "987654", "--out",
            outDir.resolve("none.xlsx").toString(), "--data-dir", dataDir.toString()});
        assertEquals(ReportCommand.UNKNOWN_VISIT, export);
        assertThat(outDir.resolve("none.xlsx")).doesNotExist();
    }

    @Test
    void badArgumentsExitWithUsage() {
        assertEquals(ReportCommand.USAGE, command().run(new String[] {"plan", "x", "--out", "a.pdf",
            "--data-dir", dataDir.toString()}));
        assertEquals(ReportCommand.USAGE, command().run(new String[] {"plan", "1", "--data-dir",
            dataDir.toString()}));
        assertEquals(ReportCommand.USAGE, command().runExport(new String[] {"tables", "1", "--out", "a.xlsx",
            "--data-dir", dataDir.toString()}));
        assertThat(errors()).contains("export results");
    }
}
