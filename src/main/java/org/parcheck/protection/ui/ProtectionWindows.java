package org.parcheck.protection.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.parcheck.common.fx.BackgroundExecutor;
import org.parcheck.common.fx.DialogService;
import org.parcheck.common.fx.ViewLoader;
import org.parcheck.common.fx.WindowSizing;
import org.parcheck.common.i18n.Messages;
import org.parcheck.protection.DataKey;
import org.parcheck.protection.RecoveryKey;

/**
 * Opens the protection windows of one data folder (#19) over the window in use: the password step, the recovery key
 * shown once, the unlock dialog, the change of password. Each is a view with its view model, loaded with a controller
 * factory of its own.
 */
public final class ProtectionWindows {

    private static final double PASSWORD_HEIGHT = 320;
    private static final double RECOVERY_HEIGHT = 520;

    private final Messages messages;
    private final DialogService dialogs;
    private final BackgroundExecutor executor;
    private final Path dataDir;

    public ProtectionWindows(Messages messages, DialogService dialogs, BackgroundExecutor executor, Path dataDir) {
        this.messages = messages;
        this.dialogs = dialogs;
        this.executor = executor;
        this.dataDir = dataDir;
    }

    /**
     * The whole "turn protection on": the password step, then (once protected) the recovery key until the user
     * ticked that it was written down; {@code done} runs after, whether protection was turned on or left for later.
     */
    public void protect(FolderProtector protector, boolean firstStart, Runnable done) {
        askToProtect(protector, firstStart, key -> showRecoveryKey(key, done), done);
    }

    /** The password step; the dialog closes when the folder is protected or the step is skipped. */
    public Stage askToProtect(FolderProtector protector, boolean firstStart, Consumer<RecoveryKey> onProtected,
                              Runnable onSkipped) {
        ProtectSetupViewModel model = new ProtectSetupViewModel(messages, protector, firstStart);
        Parent root = load(ProtectSetupView.class, new ProtectSetupView(model, messages));
        Stage dialog = new Stage();
        model.whenDone(key -> closeThen(dialog, () -> onProtected.accept(key)), () -> closeThen(dialog, onSkipped));
        dialog.setOnCloseRequest(event -> {
            event.consume();
            model.skip();
        });
        return show(dialog, root, "protection.setup.title", 640, 500, "#passwordField");
    }

    /** The recovery key, once; the dialog closes only when the user ticked that it was written down. */
    public Stage showRecoveryKey(RecoveryKey key, Runnable onConfirmed) {
        RecoveryKeyViewModel model = new RecoveryKeyViewModel(messages, key, dataDir, LocalDate.now());
        Parent root = load(RecoveryKeyView.class, new RecoveryKeyView(model, messages, dialogs));
        Stage dialog = new Stage();
        model.whenConfirmed(() -> closeThen(dialog, onConfirmed));
        dialog.setOnCloseRequest(event -> {
            event.consume();
            model.confirm();
        });
        return show(dialog, root, "protection.recovery.title", 680, 380, "#writtenCheckBox");
    }

    /** Asks the password of a protected folder; {@code onCancelled} when the user quits instead. */
    public Stage unlock(Consumer<DataKey> onUnlocked, Runnable onCancelled) {
        UnlockViewModel model = new UnlockViewModel(messages, executor, dataDir);
        Parent root = load(UnlockView.class, new UnlockView(model, messages));
        Stage dialog = new Stage();
        model.whenDone(key -> closeThen(dialog, () -> onUnlocked.accept(key)), () -> closeThen(dialog, onCancelled));
        dialog.setOnCloseRequest(event -> {
            event.consume();
            model.cancel();
        });
        show(dialog, root, "protection.unlock.title", 600, PASSWORD_HEIGHT, "#passwordField");
        // the recovery-key form is taller: the window grows with it, and shrinks back
        model.recoveringProperty().addListener((obs, old, recovering) -> {
            double frame = Math.max(0, dialog.getHeight() - dialog.getScene().getHeight());
            double height = WindowSizing.fitted(600, recovering ? RECOVERY_HEIGHT : PASSWORD_HEIGHT).height();
            dialog.setMinHeight(height);
            dialog.setHeight(height + frame);
        });
        return dialog;
    }

    /** "Đổi mật khẩu…"; says so once the password was changed. */
    public Stage changePassword() {
        ChangePasswordViewModel model = new ChangePasswordViewModel(messages, executor, dataDir);
        Stage dialog = new Stage();
        Parent root = load(ChangePasswordView.class, new ChangePasswordView(model, messages,
                () -> closeThen(dialog, () -> { })));
        model.whenChanged(() -> closeThen(dialog, () -> dialogs.inform(messages.get("protection.change.title"),
                messages.get("protection.change.done"))));
        dialog.setOnCloseRequest(event -> {
            if (model.workingProperty().get()) {
                event.consume();
            }
        });
        return show(dialog, root, "protection.change.title", 600, 420, "#oldField");
    }

    /**
     * Closes the dialog, then goes on, once the event being handled is done: a dialog closed from inside a key event
     * (Escape, Enter) with a password field focused crashed the JVM in GTK's input-method code (SIGSEGV in
     * GtkApplication._runLoop, seen under Xvfb with openbox).
     */
    private static void closeThen(Stage dialog, Runnable next) {
        Platform.runLater(() -> {
            dialog.close();
            next.run();
        });
    }

    private Parent load(Class<?> viewClass, Object controller) {
        return new ViewLoader(messages, type -> controller).load(viewClass).root();
    }

    /** Shows the dialog over the window in use, with the keyboard in {@code focus} (the field to type first). */
    private Stage show(Stage dialog, Parent root, String titleKey, double width, double height, String focus) {
        dialog.setTitle(messages.get(titleKey));
        WindowSizing.Size size = WindowSizing.fitted(width, height);
        dialog.setScene(new Scene(root, size.width(), size.height()));
        dialogs.showOver(dialog, size);
        Node first = root.lookup(focus);
        if (first != null) {
            first.requestFocus();
        }
        return dialog;
    }
}
