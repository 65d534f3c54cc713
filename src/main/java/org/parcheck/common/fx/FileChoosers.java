package org.parcheck.common.fx;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * File dialogs that open where the user works: in the folder last used in this session (a report saved, a form
 * imported), else in Documents, else in the home folder. JavaFX's own default is the program's working folder,
 * which on an installed ParCheck is its program folder.
 */
public final class FileChoosers {

    private static volatile Path lastFolder;
    private static volatile Function<FileChooser, File> saveAnswer;

    private FileChoosers() {
    }

    /** A chooser starting in the folder last used, Documents or the home folder. */
    public static FileChooser create() {
        FileChooser chooser = new FileChooser();
        Path start = startFolder();
        if (start != null) {
            chooser.setInitialDirectory(start.toFile());
        }
        return chooser;
    }

    /** Shows the save dialog and remembers the chosen file's folder; null when cancelled. */
    public static File save(FileChooser chooser, Window owner) {
        Function<FileChooser, File> answer = saveAnswer;
        return remember(answer != null ? answer.apply(chooser) : chooser.showSaveDialog(owner));
    }

    /** Shows the open dialog and remembers the chosen file's folder; null when cancelled. */
    public static File open(FileChooser chooser, Window owner) {
        return remember(chooser.showOpenDialog(owner));
    }

    /** Where the next chooser starts: the folder last used, Documents or the home folder; null when none exists. */
    static Path startFolder() {
        return startFolder(lastFolder, Path.of(System.getProperty("user.home")));
    }

    /** Remembers a chosen folder as the one the next chooser starts in. */
    static void rememberFolder(Path folder) {
        if (folder != null) {
            lastFolder = folder;
        }
    }

    static File remember(File chosen) {
        if (chosen != null && chosen.getParentFile() != null) {
            lastFolder = chosen.getParentFile().toPath();
        }
        return chosen;
    }

    /** The last folder while it exists, else home/Documents, else home; null when none of them exists. */
    static Path startFolder(Path last, Path home) {
        if (last != null && Files.isDirectory(last)) {
            return last;
        }
        Path documents = home.resolve("Documents");
        if (Files.isDirectory(documents)) {
            return documents;
        }
        return Files.isDirectory(home) ? home : null;
    }

    /**
     * Answers every save dialog with {@code answer} (given the chooser, with its proposed file name) instead of
     * showing it; {@code null} shows the dialog again. Only for the end-to-end UI test (InspectionWalkTest): it runs
     * headless on Monocle, which has no file dialog, and must still save the biên bản through the menu a user takes.
     */
    public static void answerSaveDialogsWith(Function<FileChooser, File> answer) {
        saveAnswer = answer;
    }
}
