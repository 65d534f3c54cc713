package org.parcheck.protection.ui;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.parcheck.common.fx.RunningTask;
import org.parcheck.common.i18n.Messages;
import org.parcheck.protection.RecoveryKey;

/**
 * The step "Bảo vệ dữ liệu bằng mật khẩu?" (#19): at first start (recommended, can be left for later) and from
 * Settings. The password is typed twice; the plain warning (without the password or the recovery key nobody can open
 * the data, ParCheck's makers included) is on the form, before anything is turned on. Then the window's
 * {@link FolderProtector} runs with its progress shown here, and the recovery key goes to the next step.
 */
public final class ProtectSetupViewModel {

    private final Messages messages;
    private final FolderProtector protector;
    private final boolean firstStart;
    private final NewPassword password;
    private final RunningTask working = new RunningTask();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private Consumer<RecoveryKey> onProtected = key -> { };
    private Runnable onSkipped = () -> { };

    /** @param firstStart whether this is the first start (the way out says "later", not "cancel") */
    public ProtectSetupViewModel(Messages messages, FolderProtector protector, boolean firstStart) {
        this.messages = messages;
        this.protector = protector;
        this.firstStart = firstStart;
        this.password = new NewPassword(messages);
    }

    /** Where the recovery key goes once the folder is protected, and what skipping does. */
    public void whenDone(Consumer<RecoveryKey> protectedWith, Runnable skipped) {
        this.onProtected = Objects.requireNonNull(protectedWith);
        this.onSkipped = Objects.requireNonNull(skipped);
    }

    public NewPassword password() {
        return password;
    }

    public boolean firstStart() {
        return firstStart;
    }

    /** The way out's label: "Để sau" at first start, "Huỷ" from Settings. */
    public String skipLabel() {
        return messages.get(firstStart ? "protection.setup.later" : "common.dialog.cancel");
    }

    public RunningTask working() {
        return working;
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.runningProperty();
    }

    /** Why turning protection on failed, or empty. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** "Bật bảo vệ": checks both fields (problems shown beside them), then protects the folder. */
    public void protect() {
        if (working.runningProperty().get()) {
            return;
        }
        char[] chosen = password.take();
        if (chosen == null) {
            return;
        }
        message.set("");
        working.trackToEnd(messages.get("protection.setup.working"), protector.protect(chosen, key -> {
            password.clear();
            onProtected.accept(key);
        }, error -> message.set(ProtectionText.describe(error, messages, "protection.error.failed")))).start();
    }

    /** "Để sau" / "Huỷ" (or the window closed): nothing turned on; not while the folder is being protected. */
    public boolean skip() {
        if (working.runningProperty().get()) {
            return false;
        }
        password.clear();
        onSkipped.run();
        return true;
    }
}
