package org.parcheck.protection.ui;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.parcheck.common.fx.BackgroundExecutor;
import org.parcheck.common.i18n.Messages;
import org.parcheck.protection.DataKey;
import org.parcheck.protection.FolderKeys;

/**
 * Opening a protected folder (#19): the password, asked once; the key is derived off the FX thread while a progress
 * indicator turns. A wrong password is said beside the field and changes nothing. "Quên mật khẩu? Dùng khoá khôi
 * phục" switches to the recovery key and a new password (the key file is rewrapped, then the folder opens).
 */
public final class UnlockViewModel {

    private final Messages messages;
    private final BackgroundExecutor executor;
    private final Path dataDir;
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty recoveryKey = new SimpleStringProperty("");
    private final NewPassword newPassword;
    private final BooleanProperty recovering = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper passwordProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper recoveryProblem = new ReadOnlyStringWrapper("");
    private Consumer<DataKey> onUnlocked = key -> { };
    private Runnable onCancelled = () -> { };

    public UnlockViewModel(Messages messages, BackgroundExecutor executor, Path dataDir) {
        this.messages = messages;
        this.executor = executor;
        this.dataDir = dataDir;
        this.newPassword = new NewPassword(messages);
        password.addListener((obs, old, now) -> passwordProblem.set(""));
        recoveryKey.addListener((obs, old, now) -> recoveryProblem.set(""));
    }

    /** Where the folder's key goes once unlocked, and what cancelling does (ParCheck stops, the folder untouched). */
    public void whenDone(Consumer<DataKey> unlocked, Runnable cancelled) {
        this.onUnlocked = Objects.requireNonNull(unlocked);
        this.onCancelled = Objects.requireNonNull(cancelled);
    }

    /** The data folder, as the dialog names it. */
    public String folderText() {
        return messages.get("protection.unlock.folder", dataDir.toAbsolutePath());
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty recoveryKeyProperty() {
        return recoveryKey;
    }

    public NewPassword newPassword() {
        return newPassword;
    }

    /** Whether the recovery-key form shows instead of the password. */
    public BooleanProperty recoveringProperty() {
        return recovering;
    }

    /** Whether a key is being derived (progress shown, buttons off). */
    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty passwordProblemProperty() {
        return passwordProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty recoveryProblemProperty() {
        return recoveryProblem.getReadOnlyProperty();
    }

    /** "Mở": unwraps the folder's key with the password. */
    public void unlock() {
        if (working.get()) {
            return;
        }
        if (password.get().isEmpty()) {
            passwordProblem.set(messages.get("protection.unlock.passwordEmpty"));
            return;
        }
        char[] typed = password.get().toCharArray();
        working.set(true);
        executor.run(() -> {
            try {
                return FolderKeys.unlock(dataDir, typed);
            } finally {
                Arrays.fill(typed, '\0');
            }
        }).onSuccess(this::unlocked).onError(error -> {
            working.set(false);
            passwordProblem.set(ProtectionText.describe(error, messages, "protection.unlock.wrongPassword"));
        }).start();
    }

    /** "Quên mật khẩu? Dùng khoá khôi phục". */
    public void useRecoveryKey() {
        if (!working.get()) {
            passwordProblem.set("");
            recovering.set(true);
        }
    }

    /** Back from the recovery-key form to the password. */
    public void usePassword() {
        if (!working.get()) {
            recovering.set(false);
            recoveryProblem.set("");
            newPassword.clear();
        }
    }

    /**
     * "Đặt mật khẩu mới và mở": the recovery key sets the new password (the key file rewritten atomically; the
     * recovery key stays valid), then the folder opens.
     */
    public void resetAndUnlock() {
        if (working.get()) {
            return;
        }
        String typedKey = recoveryKey.get().trim();
        if (typedKey.isEmpty()) {
            recoveryProblem.set(messages.get("protection.unlock.recoveryEmpty"));
            newPassword.take();
            return;
        }
        char[] chosen = newPassword.take();
        if (chosen == null) {
            return;
        }
        working.set(true);
        executor.run(() -> {
            try {
                FolderKeys.resetPassword(dataDir, typedKey, chosen);
                return FolderKeys.unlockWithRecoveryKey(dataDir, typedKey);
            } finally {
                Arrays.fill(chosen, '\0');
            }
        }).onSuccess(this::unlocked).onError(error -> {
            working.set(false);
            recoveryProblem.set(ProtectionText.describe(error, messages, "protection.unlock.wrongRecoveryKey"));
        }).start();
    }

    private void unlocked(DataKey key) {
        working.set(false);
        password.set("");
        recoveryKey.set("");
        newPassword.clear();
        onUnlocked.accept(key);
    }

    /** "Thoát": ParCheck stops without opening or changing the folder; not while a key is being derived. */
    public boolean cancel() {
        if (working.get()) {
            return false;
        }
        password.set("");
        onCancelled.run();
        return true;
    }
}
