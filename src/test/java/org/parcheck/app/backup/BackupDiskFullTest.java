package org.parcheck.app.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.FileSystemException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.app.AppServices;
import org.parcheck.common.fx.SameThreadExecutor;
import org.parcheck.common.i18n.Messages;
import org.parcheck.persistence.backup.BackupException;

/** A backup that fails on a full disk says so, with the space a backup needs and the space free. */
class BackupDiskFullTest {

    @TempDir
    Path dataDir;

    @Test
    void aFullDiskIsNamedWithTheSpaceNeededAndAReadOnlyFolderIsNot() {
        try (AppServices services = AppServices.open(dataDir)) {
            BackupsViewModel vm = new BackupsViewModel(services.backups(), new SameThreadExecutor(),
                    new Messages(Messages.ENGLISH), b -> { }, new org.parcheck.common.fx.RecordingDialogs());
            Path target = services.backups().folder().resolve("parcheck-20260101-101010.zip");
            String full = vm.failure(new BackupException(BackupException.Kind.DISK_FULL, target, "full",
                    new FileSystemException(target.toString(), null, "No space left on device")));
            assertThat(full).startsWith("The disk is full").contains("of free space is needed")
                    .contains(" is free");
            String readOnly = vm.failure(new BackupException(BackupException.Kind.NOT_WRITABLE, target, "ro", null));
            assertThat(readOnly).doesNotContain("full").contains("permissions");
        }
    }
}
