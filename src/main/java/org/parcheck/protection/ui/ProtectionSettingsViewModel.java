package org.parcheck.protection.ui;

import java.nio.file.Path;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.parcheck.common.fx.BackgroundExecutor;
import org.parcheck.common.i18n.Messages;
import org.parcheck.protection.FolderKeys;

/**
 * Settings → "Bảo vệ dữ liệu" (#19): whether this folder is protected, one line of what that means, and the one step
 * that fits: "Bật bảo vệ…" for an unprotected folder, "Đổi mật khẩu…" for a protected one. The demo folder is never
 * protected (it holds only demo data), and says so.
 */
public final class ProtectionSettingsViewModel {

    /** What the buttons open: the windows of {@link ProtectionWindows}, over the main window. */
    public interface Actions {
        /** The password step, then the folder is protected, then the recovery key; {@code done} after. */
        void turnOn(Runnable done);

        /** The change-password dialog. */
        void changePassword();
    }

    private final Messages messages;
    private final BackgroundExecutor executor;
    private final Path dataDir;
    private final boolean demo;
    private final Actions actions;
    private final ReadOnlyBooleanWrapper folderProtected = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper known = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper meaning = new ReadOnlyStringWrapper("");

    /** @param demo whether the window shows the demo folder (never protected) */
    public ProtectionSettingsViewModel(Messages messages, BackgroundExecutor executor, Path dataDir, boolean demo,
                                       Actions actions) {
        this.messages = messages;
        this.executor = executor;
        this.dataDir = dataDir;
        this.demo = demo;
        this.actions = actions;
    }

    /** Looks whether the folder has its key file (off the FX thread). */
    public void load() {
        executor.run(() -> FolderKeys.isProtected(dataDir)).onSuccess(this::show).start();
    }

    private void show(boolean isProtected) {
        folderProtected.set(isProtected);
        known.set(true);
        if (isProtected) {
            status.set(messages.get("protection.settings.on"));
            meaning.set(messages.get("protection.settings.onMeaning"));
        } else if (demo) {
            status.set(messages.get("protection.settings.off"));
            meaning.set(messages.get("protection.settings.demo"));
        } else {
            status.set(messages.get("protection.settings.off"));
            meaning.set(messages.get("protection.settings.offMeaning"));
        }
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty meaningProperty() {
        return meaning.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty protectedProperty() {
        return folderProtected.getReadOnlyProperty();
    }

    /** Whether "Bật bảo vệ…" is offered: a real-work folder not protected yet. */
    public boolean canTurnOn() {
        return known.get() && !folderProtected.get() && !demo;
    }

    public ReadOnlyBooleanProperty knownProperty() {
        return known.getReadOnlyProperty();
    }

    public boolean demo() {
        return demo;
    }

    public void turnOn() {
        if (canTurnOn()) {
            actions.turnOn(this::load);
        }
    }

    public void changePassword() {
        if (folderProtected.get()) {
            actions.changePassword();
        }
    }
}
