package org.parcheck.app.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.app.AppServices;
import org.parcheck.common.fx.RecordingDialogs;
import org.parcheck.common.fx.SameThreadExecutor;
import org.parcheck.common.i18n.Messages;
import org.parcheck.persistence.backup.BackupException;
import org.parcheck.persistence.backup.BackupInfo;

class BackupsViewModelTest {

    @TempDir
    Path dataDir;
    private AppServices services;
    private final List<BackupInfo> restored = new ArrayList<>();
    private BackupsViewModel vm;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @BeforeEach
    void setUp() {
        services = AppServices.open(dataDir);
        vm = new BackupsViewModel(services.backups(), new SameThreadExecutor(), new Messages(Messages.VIETNAMESE),
                restored::add, dialogs);
        vm.load();
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    @Test
    void backUpNowListsTheNewBackupAndRestoreHandsItToTheWindow() {
        int before = vm.backups().size();
        vm.backupNow();
        assertEquals(before + 1, vm.backups().size());
        assertThat(vm.messageProperty().get()).startsWith("Đã sao lưu");
        assertThat(vm.label(vm.backups().get(0))).contains("MB");
        vm.restore(vm.backups().get(0));
        assertThat(restored).containsExactly(vm.backups().get(0));
    }

    @Test
    void exportWritesAZipAndFailuresAreLocalised() throws Exception {
        Path target = dataDir.resolve("xuat.zip");
        vm.exportTo(target);
        assertThat(Files.size(target)).isPositive();
        assertThat(vm.messageProperty().get()).contains("xuat.zip");
        String text = vm.failure(new BackupException(BackupException.Kind.DAMAGED_BACKUP, target, "x", null));
        assertThat(text).contains("bị hỏng").contains("xuat.zip");
    }

    @Test
    void restoreAsksFirstAndExportAsksForItsFile() throws Exception {
        vm.backupNow();
        BackupInfo chosen = vm.backups().get(0);
        vm.askAndRestore(chosen);
        assertThat(restored).as("the user said no").isEmpty();
        assertThat(dialogs.shown("confirm")).singleElement()
                .satisfies(shown -> assertThat(shown.text()).contains(vm.label(chosen)));
        dialogs.answer(true);
        vm.askAndRestore(chosen);
        assertThat(restored).containsExactly(chosen);

        vm.export();
        assertThat(dialogs.shown("save")).singleElement()
                .satisfies(shown -> assertThat(shown.text()).isEqualTo("parcheck-du-lieu.zip"));
        Path target = dataDir.resolve("chon.zip");
        dialogs.choose(target);
        vm.export();
        assertThat(Files.size(target)).isPositive();
        assertThat(vm.runningTask().runningProperty().get()).isFalse();
    }
}
