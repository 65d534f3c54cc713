package org.parcheck.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.app.AppServices;
import org.parcheck.app.DataFolder;
import org.parcheck.app.InstanceLock;
import org.parcheck.report.SeedReports;
import org.parcheck.report.VisitReportModel.Detail;
import org.parcheck.report.VisitReportOptions;
import org.parcheck.report.pdf.VisitReportPdf;

/** {@code parcheck report visit …}: same text as the UI path, clear exit codes and messages. */
class ReportCommandTest {

    @TempDir
    static Path dataDir;
    @TempDir
    Path outDir;
    private static long visitId;
    private static String uiPathText;
    private static String uiPathSummaryText;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void seed() throws IOException {
        try (AppServices services = AppServices.open(dataDir)) {
            visitId = SeedReports.haLangVisitId(services);
            // what the UI does: the same builder and writer, through AppServices
            uiPathText = text(VisitReportPdf.toBytes(services.visitReports().model(visitId,
                    VisitReportOptions.defaults().withCopies(3))));
            uiPathSummaryText = text(VisitReportPdf.toBytes(services.visitReports().model(visitId,
                    VisitReportOptions.defaults().withDetail(Detail.SUMMARY))));
        }
    }

    private int run(String... args) {
        return new CliRunner(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(DataFolder.ENV_VARIABLE, dataDir.toString()))
                .report(args);
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
    void writesTheSameReportAsTheUiPath() throws IOException {
        Path file = outDir.resolve("bien-ban.pdf");
        int code = run("visit", Long.toString(visitId), "--out", file.toString(), "--copies", "3",
                "--data-dir", dataDir.toString());
        assertEquals(ReportCommand.OK, code, errors());
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(file.toString());
        assertThat(text(Files.readAllBytes(file))).isEqualTo(uiPathText).contains("lập thành 03 bản");
        assertThat(outDir.resolve("bien-ban.pdf.part")).doesNotExist();
    }

    /**
     * Without the warm-up on the background executor (-Dparcheck.warmUp=false; on by default, as in every other
     * test here) the report is the same.
     */
    @Test
    void withoutTheWarmUpTheReportIsTheSame() throws IOException {
        Path file = outDir.resolve("bien-ban-cold.pdf");
        System.setProperty(ReportWarmUp.PROPERTY, "false");
        try {
            int code = run("visit", Long.toString(visitId), "--out", file.toString(), "--copies", "3",
                    "--data-dir", dataDir.toString());
            assertEquals(ReportCommand.OK, code, errors());
        } finally {
            System.clearProperty(ReportWarmUp.PROPERTY);
        }
        assertThat(text(Files.readAllBytes(file))).isEqualTo(uiPathText);
    }

    @Test
    void summaryDetailIsTheUiPathsSummary() throws IOException {
        Path file = outDir.resolve("tom-tat.pdf");
        int code = run("visit", Long.toString(visitId), "--out", file.toString(), "--detail", "summary",
                "--data-dir=" + dataDir);
        assertEquals(ReportCommand.OK, code, errors());
        assertThat(text(Files.readAllBytes(file))).isEqualTo(uiPathSummaryText);
    }

    @Test
    void theLayoutOptionChoosesTheShortOrTheFullBienBan() throws IOException {
        Path file = outDir.resolve("day-du.pdf");
        int code = run("visit", Long.toString(visitId), "--out", file.toString(), "--layout", "full",
                "--data-dir=" + dataDir);
        assertEquals(ReportCommand.OK, code, errors());
        String full = text(Files.readAllBytes(file));
        assertThat(full).doesNotContain("PHỤ LỤC").contains("924 / 1.068 =");
        Path shortFile = outDir.resolve("rut-gon.pdf");
        assertEquals(ReportCommand.OK, run("visit", Long.toString(visitId), "--out", shortFile.toString(),
                "--layout", "short", "--data-dir=" + dataDir), errors());
        assertThat(text(Files.readAllBytes(shortFile))).isEqualTo(uiPathSummaryText).contains("PHỤ LỤC");
        assertEquals(ReportCommand.USAGE, run("visit", "1", "--out", "x.pdf", "--layout", "long"));
    }

    @Test
    void aWrongVisitIdExitsWithTwo() {
        Path file = outDir.resolve("x.pdf");
        assertEquals(ReportCommand.UNKNOWN_VISIT, run("visit", "987654", "--out", file.toString(), "--data-dir",
                dataDir.toString()));
        assertThat(errors()).contains("987654").contains("Không có cuộc kiểm tra");
        assertThat(file).doesNotExist();
        assertThat(outDir.resolve("x.pdf.part")).doesNotExist();
    }

    @Test
    void anUnwritablePathExitsWithThree() {
        Path file = outDir.resolve("no-such-folder").resolve("x.pdf");
        assertEquals(ReportCommand.NOT_WRITABLE, run("visit", Long.toString(visitId), "--out", file.toString(),
                "--data-dir", dataDir.toString()));
        assertThat(errors()).contains("Không ghi được tệp").contains(file.toString());
        assertEquals(ReportCommand.NOT_WRITABLE, run("visit", Long.toString(visitId), "--out", outDir.toString(),
                "--data-dir", dataDir.toString()));
    }

    @Test
    void badArgumentsExitWithSixtyFourAndShowTheUsage() {
        assertEquals(ReportCommand.USAGE, run());
        assertEquals(ReportCommand.USAGE, run("plan", "1"));
        assertEquals(ReportCommand.USAGE, run("visit", "abc", "--out", "x.pdf"));
        assertEquals(ReportCommand.USAGE, run("visit", "1"));
        assertEquals(ReportCommand.USAGE, run("visit", "1", "--out", "x.pdf", "--copies", "0"));
        assertEquals(ReportCommand.USAGE, run("visit", "1", "--out", "x.pdf", "--detail", "all-of-it"));
        assertEquals(ReportCommand.USAGE, run("visit", "1", "--out", "x.pdf", "--frobnicate"));
        assertThat(errors()).contains("Cách dùng: parcheck report visit").contains("--frobnicate");
    }

    @Test
    void aDataFolderInUseIsReported() throws IOException {
        Path file = outDir.resolve("x.pdf");
        Optional<InstanceLock> lock = InstanceLock.tryAcquire(dataDir);
        assertThat(lock).isPresent();
        try (InstanceLock held = lock.get()) {
            assertEquals(ReportCommand.DATA_FOLDER_IN_USE, run("visit", Long.toString(visitId), "--out",
                    file.toString(), "--data-dir", dataDir.toString()));
        }
        assertThat(errors()).contains("đang được ParCheck khác sử dụng");
    }

    @Test
    void aCommandRightAfterTheWindowClosedSaysThatItWaitsThenRuns() throws Exception {
        Path file = outDir.resolve("after-close.pdf");
        InstanceLock closing = InstanceLock.tryAcquire(dataDir).orElseThrow();
        closing.markClosing();
        ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor();
        try {
            // the window's close ends (the lock and its note go) once the command has said that it waits
            later.scheduleWithFixedDelay(() -> {
                if (errors().contains("đang đợi")) {
                    release(closing);
                }
            }, 20, 20, TimeUnit.MILLISECONDS);
            assertEquals(0, run("visit", Long.toString(visitId), "--out", file.toString(), "--data-dir",
                    dataDir.toString()));
        } finally {
            later.shutdownNow();
            closing.close();
        }
        assertThat(errors()).contains("vẫn đang lưu và kiểm tra thư mục dữ liệu").contains("đang đợi");
        assertThat(file).isNotEmptyFile();
    }

    private static void release(InstanceLock lock) {
        try {
            lock.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
