package org.parcheck.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.parcheck.common.i18n.Messages;

/** Writing a report on a full disk says "the disk is full"; a read-only folder says something else. */
class ReportDiskFullTest {

    @Test
    void aFullDiskAndAReadOnlyFolderGetDifferentMessages() {
        Messages vi = new Messages(Messages.VIETNAMESE);
        Path file = Path.of("/tmp/bao-cao.pdf");
        String full = ReportsViewModel.writeFailed(vi, new FileSystemException(file + ".part", null,
                "No space left on device"), file, 2048);
        String readOnly = ReportsViewModel.writeFailed(vi, new AccessDeniedException(file + ".part"), file, 2048);
        assertThat(full).startsWith("Ổ đĩa đã đầy").contains("2.0 KB");
        assertThat(readOnly).doesNotContain("đầy").contains("Không ghi được");
    }
}
