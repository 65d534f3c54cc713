package org.parcheck.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.persistence.Database;

/**
 * #16 §5: the first start asks (nothing decided for an empty folder), the demo lives in its own folder with its own
 * database, and a real-work folder never gets the demo, not even when opened later the way tests and the command
 * line open folders.
 */
class FirstStartTest {

    @TempDir
    Path dataDir;

    @Test
    void anEmptyFolderAsksAndTheDemoArgumentOpensTheDemoFolder() {
        assertThat(FirstStart.decide(dataDir, new String[0])).as("first start: ask").isEmpty();
        FirstStart.Opening demo = FirstStart.decide(dataDir, new String[] {"--demo"}).orElseThrow();
        assertThat(demo.demo()).isTrue();
        assertThat(demo.folder()).isEqualTo(dataDir.resolve("demo")).isNotEqualTo(dataDir);
        assertThat(FirstStart.chosen(dataDir, FirstStart.Choice.DEMO)).isEqualTo(demo);
        assertThat(FirstStart.chosen(dataDir, FirstStart.Choice.REAL_WORK))
                .isEqualTo(new FirstStart.Opening(dataDir, false));
    }

    @Test
    void realWorkAndTheDemoNeverShareADatabase() throws Exception {
        FirstStart.Opening real = FirstStart.chosen(dataDir, FirstStart.Choice.REAL_WORK);
        try (AppServices services = AppServices.open(real.folder(), real.demo())) {
            assertThat(services.planService().overviews()).as("real work starts empty").isEmpty();
            assertThat(services.frameworkService().summaries()).isEmpty();
            assertThat(services.demoSeeder().holdsDemo()).isFalse();
        }
        try (AppServices again = AppServices.open(dataDir)) {
            assertThat(again.planService().overviews()).as("opened later (restore, command line): still no demo")
                    .isEmpty();
        }
        assertThat(FirstStart.decide(dataDir, new String[0])).as("second start opens real work without asking")
                .contains(new FirstStart.Opening(dataDir, false));

        FirstStart.Opening demo = FirstStart.chosen(dataDir, FirstStart.Choice.DEMO);
        Files.createDirectories(demo.folder()); // as ParCheckApp does for the folder it opens
        try (AppServices services = AppServices.open(demo.folder(), demo.demo())) {
            assertThat(services.planService().overviews()).extracting(o -> o.plan().numberSymbol())
                    .containsExactly("3199/KH-UBND");
            assertThat(services.demoSeeder().holdsDemo()).isTrue();
        }
        assertThat(Files.exists(dataDir.resolve(Database.FILE_NAME))).isTrue();
        assertThat(Files.exists(dataDir.resolve("demo").resolve(Database.FILE_NAME))).isTrue();
        try (AppServices services = AppServices.open(dataDir)) {
            assertThat(services.planService().overviews()).as("the demo did not reach the real folder").isEmpty();
        }
    }
}
