package org.parcheck.protection.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.parcheck.common.fx.SameThreadExecutor;
import org.parcheck.common.i18n.Messages;
import org.parcheck.protection.ProtectionException;
import org.parcheck.protection.RecoveryKey;

/** The password step of #19 without the FX toolkit: checks beside the fields, the protector called only when right. */
class ProtectSetupViewModelTest {

    private final Messages messages = new Messages(Messages.VIETNAMESE);
    private final SameThreadExecutor executor = new SameThreadExecutor();
    private final List<String> passwordsGiven = new ArrayList<>();
    private Exception failWith;

    private final FolderProtector protector = (password, onProtected, onFailed) -> executor.run(() -> {
        passwordsGiven.add(new String(password));
        java.util.Arrays.fill(password, '\0');
        if (failWith != null) {
            throw failWith;
        }
        return new RecoveryKey("ABCDE-FGHJK-MNPQR-STVWX");
    }).onSuccess(onProtected).onError(onFailed);

    @Test
    void aShortPasswordIsRefusedBesideTheFieldAndNothingIsProtected() {
        ProtectSetupViewModel model = new ProtectSetupViewModel(messages, protector, true);
        model.password().passwordProperty().set("ngắn");
        model.password().repeatedProperty().set("ngắn");
        model.protect();
        assertThat(model.password().passwordProblemProperty().get()).isEqualTo("Quá ngắn: cần ít nhất 8 ký tự.");
        assertThat(model.password().repeatedProblemProperty().get()).isEmpty();
        assertThat(passwordsGiven).isEmpty();
    }

    @Test
    void twoDifferentPasswordsAreRefusedBesideTheSecondField() {
        ProtectSetupViewModel model = new ProtectSetupViewModel(messages, protector, true);
        model.password().passwordProperty().set("Hạ Lang mùa lúa chín");
        model.password().repeatedProperty().set("Hạ Lang mùa lúa chin");
        assertThat(model.password().repeatedProblemProperty().get())
                .as("shown as soon as the second is as long as the first").isEqualTo("Hai lần nhập không giống nhau.");
        model.protect();
        assertThat(passwordsGiven).isEmpty();
    }

    @Test
    void noRedTextWhileTheFirstFieldIsBeingTyped() {
        ProtectSetupViewModel model = new ProtectSetupViewModel(messages, protector, true);
        model.password().passwordProperty().set("abc");
        assertThat(model.password().passwordProblemProperty().get()).isEmpty();
        assertThat(model.password().repeatedProblemProperty().get()).isEmpty();
    }

    @Test
    void theRightPasswordProtectsAndHandsOnTheRecoveryKey() {
        ProtectSetupViewModel model = new ProtectSetupViewModel(messages, protector, true);
        AtomicReference<RecoveryKey> shown = new AtomicReference<>();
        model.whenDone(shown::set, () -> { });
        model.password().passwordProperty().set("Hạ Lang mùa lúa chín");
        model.password().repeatedProperty().set("Hạ Lang mùa lúa chín");
        model.protect();
        assertThat(passwordsGiven).containsExactly("Hạ Lang mùa lúa chín");
        assertThat(shown.get().text()).isEqualTo("ABCDE-FGHJK-MNPQR-STVWX");
        assertThat(model.password().passwordProperty().get()).as("the fields are emptied").isEmpty();
        assertThat(model.workingProperty().get()).isFalse();
    }

    @Test
    void aFailureIsSaidAndTheStepStaysOpen() {
        failWith = new IOException("disk full");
        ProtectSetupViewModel model = new ProtectSetupViewModel(messages, protector, false);
        AtomicBoolean done = new AtomicBoolean();
        model.whenDone(key -> done.set(true), () -> done.set(true));
        model.password().passwordProperty().set("mật khẩu đủ dài");
        model.password().repeatedProperty().set("mật khẩu đủ dài");
        model.protect();
        assertThat(model.messageProperty().get())
                .isEqualTo("Không làm được; dữ liệu không thay đổi. Chi tiết ghi trong nhật ký của ParCheck.");
        assertThat(done).isFalse();
        assertThat(model.skipLabel()).isEqualTo("Hủy");
    }

    @Test
    void laterAtFirstStartSkipsWithoutProtecting() {
        ProtectSetupViewModel model = new ProtectSetupViewModel(messages, protector, true);
        AtomicBoolean skipped = new AtomicBoolean();
        model.whenDone(key -> { }, () -> skipped.set(true));
        assertThat(model.skipLabel()).isEqualTo("Để sau");
        assertThat(model.skip()).isTrue();
        assertThat(skipped).isTrue();
        assertThat(passwordsGiven).isEmpty();
    }

    @Test
    void aDamagedKeyFileIsSaidAsSuch() {
        String text = ProtectionText.describe(new java.io.UncheckedIOException(new ProtectionException(
                ProtectionException.Kind.DAMAGED_KEY_FILE, "bad")), messages, "protection.unlock.wrongPassword");
        assertThat(text).startsWith("Tệp khoá parcheck.keys trong thư mục dữ liệu bị hỏng");
        assertThat(ProtectionText.describe(new ProtectionException(ProtectionException.Kind.WRONG_PASSWORD, "no"),
                messages, "protection.unlock.wrongPassword")).isEqualTo("Mật khẩu không đúng. Dữ liệu không thay đổi.");
    }
}
