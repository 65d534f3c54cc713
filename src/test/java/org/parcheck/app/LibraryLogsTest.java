package org.parcheck.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The libraries' own messages reach ParCheck's log file (app/AppLogging) instead of the console or a file nobody
 * reads: POI's (Log4j API), PDFBox's (commons-logging) and H2's (its trace, through SLF4J).
 */
class LibraryLogsTest {

    @TempDir
    Path dataDir;

    @Test
    void poiAndPdfboxWarningsLandInTheLogFile() throws Exception {
        try (AppLogging.CommandLog log = AppLogging.command(dataDir)) {
            org.apache.logging.log4j.LogManager.getLogger("org.apache.poi.xssf.Probe")
                    .warn("POI cảnh báo thử");
            org.apache.commons.logging.LogFactory.getLog("org.apache.pdfbox.pdmodel.font.Probe")
                    .warn("PDFBox cảnh báo thử");
            String text = Files.readString(log.file(), StandardCharsets.UTF_8);
            assertThat(text).contains("org.apache.poi.xssf.Probe", "POI cảnh báo thử");
            assertThat(text).contains("org.apache.pdfbox.pdmodel.font.Probe", "PDFBox cảnh báo thử");
        }
    }

    @Test
    void anH2ErrorLandsInTheLogFileAndNoTraceFileIsWritten() throws Exception {
        Path base = dataDir.resolve("probe");
        try (AppLogging.CommandLog log = AppLogging.command(dataDir);
             Connection connection = DriverManager.getConnection("jdbc:h2:file:" + base
                     + org.parcheck.persistence.DatabaseProbe.h2Trace(), "sa", "");
             Statement statement = connection.createStatement()) {
            try {
                statement.execute("SELECT * FROM NO_SUCH_TABLE");
            } catch (SQLException expected) {
                // H2 traces the failed statement
            }
            String text = Files.readString(log.file(), StandardCharsets.UTF_8);
            assertThat(text).contains("h2database", "NO_SUCH_TABLE");
        }
        try (var files = Files.list(dataDir)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(name -> name.endsWith(".trace.db"));
        }
    }
}
