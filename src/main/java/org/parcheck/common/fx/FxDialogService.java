package org.parcheck.common.fx;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.parcheck.common.i18n.Messages;

/**
 * {@link DialogService} on JavaFX: alerts localised by {@link Dialogs}, choosers starting where {@link FileChoosers}
 * says, dialog windows sized and placed by {@link WindowSizing#showOver}. The owner of each is the window in use:
 * the focused one (the main window, or a dialog over it), else {@code mainWindow}. Call on the FX thread.
 */
public final class FxDialogService implements DialogService {

    private final Messages messages;
    private final Supplier<Window> mainWindow;

    /** @param mainWindow the main window, used when no window has the focus; may supply null */
    public FxDialogService(Messages messages, Supplier<Window> mainWindow) {
        this.messages = messages;
        this.mainWindow = mainWindow;
    }

    @Override
    public boolean confirm(String header, String text) {
        return ask(header, text, ButtonType.OK, ButtonType.CANCEL);
    }

    @Override
    public boolean confirm(String header, String text, String okLabel, String cancelLabel) {
        return ask(header, text, new ButtonType(okLabel, ButtonBar.ButtonData.OK_DONE),
                new ButtonType(cancelLabel, ButtonBar.ButtonData.CANCEL_CLOSE));
    }

    private boolean ask(String header, String text, ButtonType ok, ButtonType cancel) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, header, text, ok, cancel);
        return alert.showAndWait().filter(ok::equals).isPresent();
    }

    @Override
    public void inform(String header, String text) {
        alert(Alert.AlertType.INFORMATION, header, text, ButtonType.OK).show();
    }

    @Override
    public void warn(String header, String text) {
        alert(Alert.AlertType.WARNING, header, text, ButtonType.OK).show();
    }

    @Override
    public void error(String header, String text) {
        alert(Alert.AlertType.ERROR, header, text, ButtonType.OK).show();
    }

    private Alert alert(Alert.AlertType type, String header, String text, ButtonType... buttons) {
        Alert alert = new Alert(type, text, buttons);
        alert.setHeaderText(header);
        Window owner = owner();
        if (owner != null) {
            alert.initOwner(owner);
        }
        return Dialogs.localize(alert, messages.bundle());
    }

    @Override
    public Optional<Path> openFile(String title, List<FileType> types) {
        return Optional.ofNullable(FileChoosers.open(chooser(title, types), owner())).map(File::toPath);
    }

    @Override
    public Optional<Path> saveFile(String title, String defaultName, List<FileType> types) {
        FileChooser chooser = chooser(title, types);
        if (defaultName != null) {
            chooser.setInitialFileName(defaultName);
        }
        return Optional.ofNullable(FileChoosers.save(chooser, owner())).map(File::toPath)
                .map(file -> withExtension(file, types));
    }

    /** {@code file} with the first type's extension when its name has none of the types' extensions. */
    static Path withExtension(Path file, List<FileType> types) {
        if (types.isEmpty() || types.stream().anyMatch(type -> type.matches(file))) {
            return file;
        }
        return file.resolveSibling(file.getFileName() + "." + types.get(0).extensions().get(0));
    }

    private static FileChooser chooser(String title, List<FileType> types) {
        FileChooser chooser = FileChoosers.create();
        if (title != null) {
            chooser.setTitle(title);
        }
        for (FileType type : types) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(type.description(), type.patterns()));
        }
        return chooser;
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        if (title != null) {
            chooser.setTitle(title);
        }
        Path start = FileChoosers.startFolder();
        if (start != null) {
            chooser.setInitialDirectory(start.toFile());
        }
        File chosen = chooser.showDialog(owner());
        Optional<Path> folder = Optional.ofNullable(chosen).map(File::toPath);
        folder.ifPresent(FileChoosers::rememberFolder);
        return folder;
    }

    @Override
    public void showOver(Stage dialog, WindowSizing.Size size) {
        Window owner = owner();
        if (owner != null && dialog.getOwner() == null && !dialog.isShowing()) {
            dialog.initOwner(owner);
            dialog.initModality(Modality.WINDOW_MODAL);
        }
        if (owner != null && owner.getScene() != null && dialog.getScene() != null
                && dialog.getScene().getStylesheets().isEmpty()) {
            dialog.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        WindowSizing.showOver(dialog, dialog.getOwner() != null ? dialog.getOwner() : owner, size);
    }

    /** The focused window (the main window or a dialog over it), else the main window, else the first showing. */
    Window owner() {
        List<Window> windows = Window.getWindows();
        return windows.stream().filter(Window::isFocused).findFirst()
                .orElseGet(() -> {
                    Window main = mainWindow.get();
                    return main != null ? main : windows.stream().filter(Window::isShowing).findFirst().orElse(null);
                });
    }
}
