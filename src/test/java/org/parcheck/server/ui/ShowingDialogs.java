package org.parcheck.server.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.Stage;
import org.parcheck.common.fx.DialogService;
import org.parcheck.common.fx.RecordingDialogs;
import org.parcheck.common.fx.WindowSizing;

/** {@link RecordingDialogs} that also shows the dialog windows given to {@link #showOver}: tests type into them. */
final class ShowingDialogs implements DialogService {

    final RecordingDialogs recorded = new RecordingDialogs();

    @Override
    public boolean confirm(String header, String text) {
        return recorded.confirm(header, text);
    }

    @Override
    public boolean confirm(String header, String text, String okLabel, String cancelLabel) {
        return recorded.confirm(header, text, okLabel, cancelLabel);
    }

    @Override
    public void inform(String header, String text) {
        recorded.inform(header, text);
    }

    @Override
    public void warn(String header, String text) {
        recorded.warn(header, text);
    }

    @Override
    public void error(String header, String text) {
        recorded.error(header, text);
    }

    @Override
    public Optional<Path> openFile(String title, List<FileType> types) {
        return recorded.openFile(title, types);
    }

    @Override
    public Optional<Path> saveFile(String title, String defaultName, List<FileType> types) {
        return recorded.saveFile(title, defaultName, types);
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        return recorded.chooseFolder(title);
    }

    @Override
    public void showOver(Stage dialog, WindowSizing.Size size) {
        recorded.showOver(dialog, size);
        // as FxDialogService does: under a window manager a dialog shown plainly opens at 200 x 200
        WindowSizing.showOver(dialog, null, size);
    }
}
