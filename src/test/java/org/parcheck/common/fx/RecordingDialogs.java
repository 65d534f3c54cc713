package org.parcheck.common.fx;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javafx.stage.Stage;

/**
 * A {@link DialogService} for view-model tests: records what was asked and told, answers questions and choosers from
 * queues the test fills ({@link #answer(boolean)}, {@link #choose(Path)}); with nothing queued a question is answered
 * "cancel" and a chooser is cancelled.
 */
public final class RecordingDialogs implements DialogService {

    /**
     * One thing shown to the user.
     *
     * @param kind   confirm, inform, warn, error, open, save, folder or window
     * @param header the header or chooser title
     * @param text   the text, or the proposed file name of a save chooser
     */
    public record Shown(String kind, String header, String text) {
    }

    private final List<Shown> shown = new ArrayList<>();
    private final Deque<Boolean> answers = new ArrayDeque<>();
    private final Deque<Path> choices = new ArrayDeque<>();
    private final List<List<FileType>> fileTypes = new ArrayList<>();

    /** The next question is answered {@code ok}. */
    public RecordingDialogs answer(boolean ok) {
        answers.add(ok);
        return this;
    }

    /** The next chooser returns {@code path}. */
    public RecordingDialogs choose(Path path) {
        choices.add(path);
        return this;
    }

    public List<Shown> shown() {
        return List.copyOf(shown);
    }

    /** What was shown of {@code kind}, in order. */
    public List<Shown> shown(String kind) {
        return shown.stream().filter(s -> s.kind().equals(kind)).toList();
    }

    /** The file types each chooser offered, in order. */
    public List<List<FileType>> fileTypes() {
        return List.copyOf(fileTypes);
    }

    @Override
    public boolean confirm(String header, String text) {
        shown.add(new Shown("confirm", header, text));
        return Boolean.TRUE.equals(answers.poll());
    }

    @Override
    public boolean confirm(String header, String text, String okLabel, String cancelLabel) {
        return confirm(header, text);
    }

    @Override
    public void inform(String header, String text) {
        shown.add(new Shown("inform", header, text));
    }

    @Override
    public void warn(String header, String text) {
        shown.add(new Shown("warn", header, text));
    }

    @Override
    public void error(String header, String text) {
        shown.add(new Shown("error", header, text));
    }

    @Override
    public Optional<Path> openFile(String title, List<FileType> types) {
        shown.add(new Shown("open", title, null));
        fileTypes.add(List.copyOf(types));
        return Optional.ofNullable(choices.poll());
    }

    @Override
    public Optional<Path> saveFile(String title, String defaultName, List<FileType> types) {
        shown.add(new Shown("save", title, defaultName));
        fileTypes.add(List.copyOf(types));
        return Optional.ofNullable(choices.poll());
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        shown.add(new Shown("folder", title, null));
        return Optional.ofNullable(choices.poll());
    }

    @Override
    public void showOver(Stage dialog, WindowSizing.Size size) {
        shown.add(new Shown("window", dialog.getTitle(), null));
    }
}
