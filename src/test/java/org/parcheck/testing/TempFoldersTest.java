package org.parcheck.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Test folders are removed with everything in them. */
class TempFoldersTest {

    @Test
    void aFolderAndItsFilesAreRemoved() throws Exception {
        Path folder = TempFolders.create("parcheck-temp-folders");
        Files.createDirectories(folder.resolve("backups"));
        Files.writeString(folder.resolve("backups").resolve("a.zip"), "x");
        Files.writeString(folder.resolve("parcheck.mv.db"), "y");
        int pending = TempFolders.pending();
        TempFolders.delete(folder);
        assertThat(folder).doesNotExist();
        assertThat(TempFolders.pending()).isEqualTo(pending - 1);
    }
}
