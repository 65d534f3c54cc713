package org.parcheck.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.app.AppServices;
import org.parcheck.plan.Inspector;
import org.parcheck.report.SeedReports;

/** #15 §3 on the command line: a command that writes records the data folder's inspector, else the OS account. */
class InspectorCliTest {

    @TempDir
    Path dataDir;
    @TempDir
    Path outDir;
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private String exportLogCreator(long visitId, String name) throws Exception {
        Path xlsx = outDir.resolve(name);
        CliRunner command = new CliRunner(new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
        assertEquals(AuditCommand.OK, command.export(new String[] {"log", Long.toString(visitId), "--out",
            xlsx.toString(), "--data-dir", dataDir.toString()}), err.toString(StandardCharsets.UTF_8));
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            return book.getProperties().getCoreProperties().getCreator();
        }
    }

    @Test
    void theExportedLogNamesTheDataFoldersInspectorOrTheMarkedComputerAccount() throws Exception {
        long visitId;
        try (AppServices services = AppServices.open(dataDir)) {
            visitId = SeedReports.haLangVisitId(services);
        }
        assertEquals("(tài khoản máy: " + System.getProperty("user.name") + ")", exportLogCreator(visitId, "a.xlsx"));

        try (AppServices services = AppServices.open(dataDir)) {
            services.inspectors().choose(Inspector.create("Nguyễn Văn A", "Chuyên viên", "Sở Nội vụ"));
        }
        assertEquals("Nguyễn Văn A (Chuyên viên, Sở Nội vụ)", exportLogCreator(visitId, "b.xlsx"));
    }
}
