package org.parcheck.protection.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.common.fx.SameThreadExecutor;
import org.parcheck.common.i18n.Messages;
import org.parcheck.protection.DataKey;
import org.parcheck.protection.FolderKeys;

/** Settings → "Bảo vệ dữ liệu" (#19): the status read from the folder, the step offered, the demo never protected. */
class ProtectionSettingsViewModelTest {

    private final Messages messages = new Messages(Messages.VIETNAMESE);
    private final List<String> opened = new ArrayList<>();
    private final ProtectionSettingsViewModel.Actions actions = new ProtectionSettingsViewModel.Actions() {
        @Override
        public void turnOn(Runnable done) {
            opened.add("turnOn");
        }

        @Override
        public void changePassword() {
            opened.add("changePassword");
        }
    };

    @Test
    void anUnprotectedFolderOffersToTurnProtectionOn(@TempDir Path dir) {
        ProtectionSettingsViewModel model = load(dir, false);
        assertThat(model.statusProperty().get()).isEqualTo("Chưa bật.");
        assertThat(model.meaningProperty().get()).startsWith("Ai chép được thư mục dữ liệu này");
        assertThat(model.canTurnOn()).isTrue();
        model.changePassword();
        model.turnOn();
        assertThat(opened).containsExactly("turnOn");
    }

    @Test
    void aProtectedFolderOffersToChangeThePassword(@TempDir Path dir) throws Exception {
        try (DataKey key = DataKey.random()) {
            FolderKeys.create(dir, "mật khẩu đủ dài".toCharArray(), key);
        }
        ProtectionSettingsViewModel model = load(dir, false);
        assertThat(model.statusProperty().get()).startsWith("Đang bật");
        assertThat(model.canTurnOn()).isFalse();
        model.turnOn();
        model.changePassword();
        assertThat(opened).containsExactly("changePassword");
    }

    @Test
    void theDemoFolderIsNeverProtectedAndSaysWhy(@TempDir Path dir) {
        ProtectionSettingsViewModel model = load(dir, true);
        assertThat(model.canTurnOn()).isFalse();
        assertThat(model.meaningProperty().get()).startsWith("Thư mục dữ liệu mẫu không được bảo vệ");
        model.turnOn();
        assertThat(opened).isEmpty();
    }

    private ProtectionSettingsViewModel load(Path dir, boolean demo) {
        ProtectionSettingsViewModel model = new ProtectionSettingsViewModel(messages, new SameThreadExecutor(), dir,
                demo, actions);
        model.load();
        return model;
    }
}
