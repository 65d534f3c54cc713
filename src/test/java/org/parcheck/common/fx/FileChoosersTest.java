package org.parcheck.common.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where file dialogs open: the folder last used while it exists, else Documents, else the home folder. */
class FileChoosersTest {

    @TempDir
    Path home;

    @Test
    void theLastFolderThenDocumentsThenHome() throws IOException {
        assertThat(FileChoosers.startFolder(null, home)).isEqualTo(home);
        Path documents = Files.createDirectory(home.resolve("Documents"));
        assertThat(FileChoosers.startFolder(null, home)).isEqualTo(documents);
        Path reports = Files.createDirectory(home.resolve("Báo cáo"));
        assertThat(FileChoosers.startFolder(reports, home)).isEqualTo(reports);
        Files.delete(reports);
        assertThat(FileChoosers.startFolder(reports, home)).as("a folder removed since").isEqualTo(documents);
        assertThat(FileChoosers.startFolder(null, home.resolve("missing"))).isNull();
    }

    @Test
    void aChosenFileIsReturnedAndItsFolderRemembered() {
        File chosen = home.resolve("bien-ban.pdf").toFile();
        assertThat(FileChoosers.remember(chosen)).isSameAs(chosen);
        assertThat(FileChoosers.create().getInitialDirectory()).isEqualTo(home.toFile());
        assertThat(FileChoosers.remember(null)).isNull();
        assertThat(FileChoosers.create().getInitialDirectory()).as("a cancelled dialog changes nothing")
                .isEqualTo(home.toFile());
    }
}
