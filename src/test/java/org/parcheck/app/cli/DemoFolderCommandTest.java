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
import org.parcheck.app.AppServices;
import org.parcheck.app.FirstStart;

/**
 * #16 §5: a command on a new data folder is real work (never seeded with the demo); on the data folder's demo folder
 * ({@code <data>/demo}) it finds the demo, as the window's {@code --demo} does.
 */
class DemoFolderCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new CliRunner(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), dir).run(args);
    }

    @Test
    void aNewFolderIsRealWorkAndItsDemoFolderHoldsTheDemo() throws Exception {
        Path real = dir.resolve("parcheck");
        assertEquals(ReportCommand.UNKNOWN_VISIT, run("--data-dir", real.toString(), "report", "visit", "3",
                "--format", "pdf"));
        try (AppServices services = AppServices.open(real)) {
            assertThat(services.planService().overviews()).as("no demo seeded into real work, even when opened "
                    + "later as the tests' AppServices.open(dir) would seed a new folder").isEmpty();
        }

        Path demo = FirstStart.demoFolder(real);
        assertEquals(ReportCommand.OK, run("--data-dir", demo.toString(), "report", "visit", "3", "--format", "pdf"),
                () -> err.toString(StandardCharsets.UTF_8));
        assertThat(dir.resolve("BB_3199-KH-UBND_Huyen-Ha-Lang_2021.pdf")).exists();
        assertThat(Files.size(dir.resolve("BB_3199-KH-UBND_Huyen-Ha-Lang_2021.pdf"))).isGreaterThan(1000);
    }
}
