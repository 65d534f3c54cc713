package org.parcheck.exchange.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.parcheck.common.fx.FileChoosers;
import org.parcheck.common.fx.Dialogs;
import org.parcheck.common.fx.BackgroundExecutor;
import org.parcheck.common.fx.ViewLoader;
import org.parcheck.common.fx.WindowSizing;
import org.parcheck.common.i18n.Messages;
import org.parcheck.exchange.ExchangeService;
import org.parcheck.exchange.PackageException;

/** The window side of team exchange: the import screen as a dialog, and export with a file chooser. */
public final class ExchangeDialogs {

    private static final Logger LOG = Logger.getLogger(ExchangeDialogs.class.getName());
    public static final String EXTENSION = ".parcheck";

    private final ViewLoader viewLoader;
    private final ExchangeService service;
    private final BackgroundExecutor executor;

    public ExchangeDialogs(ViewLoader viewLoader, ExchangeService service, BackgroundExecutor executor) {
        this.viewLoader = viewLoader;
        this.service = service;
        this.executor = executor;
    }

    private Messages messages() {
        return viewLoader.messages();
    }

    /**
     * Opens the import screen; with a file it is read at once (a file given on the command line), else the user
     * chooses one. {@code onImported} runs on the FX thread after a package was applied.
     */
    public void importPackage(Path file, Runnable onImported) {
        Window owner = owner();
        Path chosen = file;
        if (chosen == null) {
            FileChooser chooser = chooser("exchange.import.title");
            File picked = FileChoosers.open(chooser, owner);
            if (picked == null) {
                return;
            }
            chosen = picked.toPath();
        }
        ViewLoader.Loaded<PackageImportView> loaded = viewLoader.load(PackageImportView.class);
        Stage dialog = new Stage();
        if (owner != null) {
            dialog.initOwner(owner);
            dialog.initModality(Modality.WINDOW_MODAL);
        }
        dialog.setTitle(messages().get("exchange.import.title"));
        WindowSizing.Size size = WindowSizing.fitted(1100, 700);
        Scene scene = new Scene(loaded.root(), size.width(), size.height());
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        dialog.setScene(scene);
        loaded.controller().setOnImported(onImported);
        dialog.setOnHidden(event -> loaded.controller().viewModel().discard());
        WindowSizing.showOver(dialog, owner, size);
        loaded.controller().open(chosen);
    }

    /** Exports one visit (with its plan, unit and framework version) to a file the user chooses. */
    public void exportVisit(long visitId) {
        executor.run(() -> service.planOf(visitId)).onSuccess(planId -> exportPackage(planId, List.of(visitId),
                service.suggestedName(visitId))).start();
    }

    /** Exports a plan (all visits when {@code visitIds} is empty) to a file the user chooses. */
    public void exportPackage(long planId, List<Long> visitIds, String suggestedName) {
        Window owner = owner();
        FileChooser chooser = chooser("exchange.export.title");
        chooser.setInitialFileName(suggestedName.replaceAll("[\\\\/:*?\"<>|]", "-") + EXTENSION);
        File picked = FileChoosers.save(chooser, owner);
        if (picked == null) {
            return;
        }
        Path file = picked.getName().endsWith(EXTENSION) ? picked.toPath()
                : picked.toPath().resolveSibling(picked.getName() + EXTENSION);
        executor.write(() -> service.export(planId, visitIds, file))
                .onSuccess(manifest -> alert(Alert.AlertType.INFORMATION, messages().get("exchange.export.done", file)))
                .onError(error -> {
                    LOG.log(Level.WARNING, "Export of a package failed", error);
                    String reason = error instanceof PackageException
                            ? messages().get(((PackageException) error).messageKey(), ((PackageException) error).args())
                            : String.valueOf(error.getMessage());
                    alert(Alert.AlertType.ERROR, messages().get("exchange.export.failed", reason));
                }).start();
    }

    private FileChooser chooser(String titleKey) {
        FileChooser chooser = FileChoosers.create();
        chooser.setTitle(messages().get(titleKey));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                messages().get("exchange.import.fileFilter"), "*" + EXTENSION));
        return chooser;
    }

    private void alert(Alert.AlertType type, String text) {
        Alert alert = new Alert(type, text, ButtonType.OK);
        alert.setHeaderText(messages().get("exchange.export.title"));
        Window owner = owner();
        if (owner != null) {
            alert.initOwner(owner);
        }
        Dialogs.localize(alert, messages().bundle()).show();
    }

    /** The focused window (the main window or a dialog over it), else the first one showing. */
    private static Window owner() {
        List<Window> windows = Window.getWindows();
        return windows.stream().filter(Window::isFocused).findFirst()
                .orElse(windows.stream().filter(Window::isShowing).findFirst().orElse(null));
    }
}
