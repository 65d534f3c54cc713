package org.parcheck.protection.ui;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.parcheck.common.fx.BackgroundExecutor;
import org.parcheck.common.i18n.Messages;
import org.parcheck.protection.FolderKeys;

/**
 * "Đổi mật khẩu…" (#19): the current password and the new one twice. Only the key file is rewritten (atomically), off
 * the FX thread; the data is not re-encrypted, and the recovery key stays valid.
 */
public final class ChangePasswordViewModel {

    private final Messages messages;
    private final BackgroundExecutor executor;
    private final Path dataDir;
    private final StringProperty oldPassword = new SimpleStringProperty("");
    private final NewPassword newPassword;
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper oldProblem = new ReadOnlyStringWrapper("");
    private Runnable onChanged = () -> { };

    public ChangePasswordViewModel(Messages messages, BackgroundExecutor executor, Path dataDir) {
        this.messages = messages;
        this.executor = executor;
        this.dataDir = dataDir;
        this.newPassword = new NewPassword(messages);
        oldPassword.addListener((obs, old, now) -> oldProblem.set(""));
    }

    public void whenChanged(Runnable changed) {
        this.onChanged = Objects.requireNonNull(changed);
    }

    public StringProperty oldPasswordProperty() {
        return oldPassword;
    }

    public NewPassword newPassword() {
        return newPassword;
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    /** What is wrong with the current password (empty, or not the right one), or empty. */
    public ReadOnlyStringProperty oldProblemProperty() {
        return oldProblem.getReadOnlyProperty();
    }

    /** "Đổi mật khẩu": checks the fields, then rewraps the folder's key under the new password. */
    public void change() {
        if (working.get()) {
            return;
        }
        char[] chosen = newPassword.take();
        if (oldPassword.get().isEmpty()) {
            oldProblem.set(messages.get("protection.unlock.passwordEmpty"));
        }
        if (chosen == null || oldPassword.get().isEmpty()) {
            wipe(chosen);
            return;
        }
        char[] old = oldPassword.get().toCharArray();
        working.set(true);
        executor.run(() -> {
            try {
                FolderKeys.changePassword(dataDir, old, chosen);
                return Boolean.TRUE;
            } finally {
                wipe(old);
                wipe(chosen);
            }
        }).onSuccess(done -> {
            working.set(false);
            oldPassword.set("");
            newPassword.clear();
            onChanged.run();
        }).onError(error -> {
            working.set(false);
            oldProblem.set(ProtectionText.describe(error, messages, "protection.change.wrongPassword"));
        }).start();
    }

    private static void wipe(char[] chars) {
        if (chars != null) {
            Arrays.fill(chars, '\0');
        }
    }
}
