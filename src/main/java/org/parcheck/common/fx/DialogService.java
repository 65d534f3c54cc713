package org.parcheck.common.fx;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.stage.Stage;

/**
 * The one way views and view models ask the user something in a window of its own: a question, a message, a file
 * to open or save, a folder, a dialog window over the one in use. No {@code Node} appears here, so a view model can
 * take a {@code DialogService} and its tests a recording fake; {@link FxDialogService} is the JavaFX side, with
 * alerts in the user's language placed over their owner ({@link Dialogs}) and file dialogs opening in the folder
 * last used ({@link FileChoosers}).
 *
 * <p>Messages ({@link #inform}, {@link #warn}, {@link #error}) do not wait for the user; questions
 * ({@link #confirm}) and choosers do.</p>
 */
public interface DialogService {

    /**
     * A file type the chooser offers.
     *
     * @param description what the user sees, e.g. "Excel"
     * @param extensions  extensions without the dot, e.g. "xlsx"
     */
    record FileType(String description, List<String> extensions) {

        public FileType {
            extensions = List.copyOf(extensions);
            if (extensions.isEmpty()) {
                throw new IllegalArgumentException("a file type needs at least one extension");
            }
        }

        /** {@code FileType.of("Excel", "xlsx")}. */
        public static FileType of(String description, String... extensions) {
            return new FileType(description, Arrays.asList(extensions));
        }

        /** The chooser patterns: "*.xlsx". */
        public List<String> patterns() {
            return extensions.stream().map(extension -> "*." + extension).toList();
        }

        /** Whether {@code file}'s name ends with one of the extensions (any case). */
        public boolean matches(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            return extensions.stream().anyMatch(extension -> name.endsWith("." + extension.toLowerCase(Locale.ROOT)));
        }
    }

    /** Asks with OK / Cancel; true when the user chose OK. */
    boolean confirm(String header, String text);

    /** Asks with two buttons of its own ("Restore" / "Keep"); true when the user chose {@code okLabel}. */
    boolean confirm(String header, String text, String okLabel, String cancelLabel);

    /** Tells something done or worth knowing. */
    void inform(String header, String text);

    /** Warns about something the user should look at (nothing was lost). */
    void warn(String header, String text);

    /** Tells that something failed and what the user can do. */
    void error(String header, String text);

    /** A file to read; empty when the user cancelled. */
    Optional<Path> openFile(String title, List<FileType> types);

    /**
     * A file to write, proposed as {@code defaultName}; empty when the user cancelled. A name typed without an
     * extension gets the first type's (GTK's chooser adds none).
     */
    Optional<Path> saveFile(String title, String defaultName, List<FileType> types);

    /** A folder; empty when the user cancelled. */
    Optional<Path> chooseFolder(String title);

    /**
     * Shows a dialog window of the app (package import, unit import, inspector) at {@code size}, modal to and over
     * the middle of the window in use.
     */
    void showOver(Stage dialog, WindowSizing.Size size);
}
