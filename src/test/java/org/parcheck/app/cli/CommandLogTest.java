package org.parcheck.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.app.AppLogging;
import org.parcheck.persistence.Database;

/** When the command line says "details are in ParCheck's log", the details are in the data folder's log file. */
class CommandLogTest {

    @TempDir
    Path dir;

    @Test
    void aCommandThatCannotOpenTheDataWritesTheDetailsToTheLogAndOnlyOneLineToTheConsole() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.write(data.resolve(Database.FILE_NAME), "this is not an H2 file".repeat(300).getBytes(
                StandardCharsets.UTF_8));
        Path file = dir.resolve("x.parcheck");
        Files.writeString(file, "x");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new CliRunner(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of())
                .importPackage(new String[] {file.toString(), "--data-dir", data.toString()});
        String printed = err.toString(StandardCharsets.UTF_8);
        // a file that is not a database is refused as damaged (#15 §5): exit 8, one line, the details in the log
        assertEquals(DamagedData.EXIT_CODE, code, printed);
        assertThat(printed).contains("bị hỏng").doesNotContain("\tat ");
        Path log = AppLogging.logFile(data);
        assertThat(log).exists();
        assertThat(Files.readString(log, StandardCharsets.UTF_8)).contains("Opening " + data)
                .contains("\tat org.parcheck.persistence.Database");
    }
}
