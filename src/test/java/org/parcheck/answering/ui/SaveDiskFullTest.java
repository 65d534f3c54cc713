package org.parcheck.answering.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.FileSystemException;
import org.junit.jupiter.api.Test;
import org.parcheck.common.i18n.Messages;

/** A save that fails because the disk is full says so, with the room a save needs; other failures do not. */
class SaveDiskFullTest {

    @Test
    void aFullDiskIsNamedAndOtherFailuresAreNot() {
        Messages en = new Messages(Messages.ENGLISH);
        // as H2 reports it: its own exception around the operating system's
        RuntimeException h2 = new IllegalStateException("IO Exception: \"Could not write\" [90028-232]",
                new FileSystemException("/data/parcheck.mv.db", null, "No space left on device"));
        assertThat(VisitAnswering.saveFailed(en, h2, "1.2")).contains("1.2").contains("the disk is full")
                .contains("4.0 MB");
        assertThat(VisitAnswering.saveFailed(en, new IllegalStateException("locked"), "1.2"))
                .doesNotContain("disk").contains("could not be saved");
    }
}
