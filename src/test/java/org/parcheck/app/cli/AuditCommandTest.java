package org.parcheck.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.answering.audit.FinalisedVisits;
import org.parcheck.app.AppServices;
import org.parcheck.app.InstanceLock;
import org.parcheck.report.SeedReports;

/** {@code parcheck verify visit …} and {@code parcheck export log …}: exit codes, words, files. */
class AuditCommandTest {

    @TempDir
    Path dataDir;
    @TempDir
    Path outDir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private CliRunner command() {
        out.reset();
        err.reset();
        return new CliRunner(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private long seed(boolean finalise) {
        try (AppServices services = AppServices.open(dataDir)) {
            long visitId = SeedReports.haLangVisitId(services);
            if (finalise) {
                FinalisedVisits.completeAndFinalise(services.answerService(), visitId);
            }
            return visitId;
        }
    }

    private int verify(long visitId) {
        return command().verify(new String[] {"visit", Long.toString(visitId), "--data-dir", dataDir.toString()});
    }

    @Test
    void verifySaysIntactThenAlteredWithItsOwnExitCode() {
        long visitId = seed(true);
        assertEquals(AuditCommand.OK, verify(visitId), errors());
        assertThat(output()).startsWith("Nguyên vẹn: nội dung đúng như khi hoàn tất lúc ").contains("Mã đã lưu");

        try (AppServices services = AppServices.open(dataDir)) {
            services.database().dsl().execute("UPDATE visit SET place = 'Hội trường khác' WHERE id = ?", visitId);
        }
        assertEquals(AuditCommand.ALTERED, verify(visitId), errors());
        assertThat(output()).startsWith("Đã bị thay đổi sau khi hoàn tất lúc ")
                .contains("Phần khác đi: thông tin chung của cuộc kiểm tra.");
    }

    @Test
    void verifyOfAVisitNotFinalisedOrMissingOrLocked() throws Exception {
        long visitId = seed(false);
        assertEquals(AuditCommand.NOT_FINALISED, verify(visitId));
        assertThat(output()).contains("chưa hoàn tất");
        assertEquals(AuditCommand.UNKNOWN_VISIT, verify(9999));
        assertThat(errors()).contains("9999");
        assertEquals(AuditCommand.USAGE, command().verify(new String[] {"visit", "abc"}));
        try (InstanceLock held = InstanceLock.tryAcquire(dataDir).orElseThrow()) {
            assertEquals(AuditCommand.DATA_FOLDER_IN_USE, verify(visitId));
        }
    }

    @Test
    void exportLogWritesCsvAndXlsxWithVietnameseText() throws Exception {
        long visitId = seed(false);
        Path csv = outDir.resolve("nhật-ký.csv");
        assertEquals(AuditCommand.OK, command().export(new String[] {"log", Long.toString(visitId), "--out",
            csv.toString(), "--data-dir", dataDir.toString()}), errors());
        assertThat(output()).contains(csv.toString());
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF\"Thời điểm\",").contains("\"Tiêu chí 1.1.1 · Ban hành kế hoạch CCHC");

        Path xlsx = outDir.resolve("nhat-ky.xlsx");
        assertEquals(AuditCommand.OK, command().export(new String[] {"log", Long.toString(visitId), "--out",
            xlsx.toString(), "--data-dir", dataDir.toString()}), errors());
        try (InputStream in = Files.newInputStream(xlsx); Workbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("Nhật ký thay đổi", sheet.getSheetName());
            assertEquals(text.lines().filter(l -> l.startsWith("\"20")).count(), sheet.getLastRowNum(),
                    "one row per change in both files");
        }

        assertEquals(AuditCommand.USAGE, command().export(new String[] {"log", Long.toString(visitId),
            "--out", outDir.resolve("x.pdf").toString(), "--data-dir", dataDir.toString()}));
        assertThat(errors()).contains(".csv");
        assertThat(outDir.resolve("x.pdf")).doesNotExist();
    }
}
