package org.parcheck.answering.ui;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.parcheck.answering.Answer;
import org.parcheck.common.fx.Converters;
import org.parcheck.common.i18n.Messages;
import org.parcheck.scoring.rules.ChoiceOption;

/**
 * Builds the nodes of the checklist: a heading line per area and criterion, and per leaf a line with its input
 * (Có/Không, a choice, a number), N/A, the unit's self-score, the score, and a line for problems. Keys: Y or C
 * answers "Có", N or K "Không", digits choose an option, {@link #NOT_APPLICABLE_KEY} switches N/A (which asks for
 * its reason), Enter saves and moves on (handled by the caller; after a manual score it goes to its reason).
 * A problem wraps under its line, never cut.
 * When the checklist is narrow ({@link #compactProperty()}), a leaf's title has the first line to itself and its
 * answer, N/A, self-score and score sit on a second line, right-aligned under the column captions.
 */
final class ChecklistRows {

    /** Switches N/A on the item in focus ("Không áp dụng"), listed in the F1 overlay. */
    static final KeyCombination NOT_APPLICABLE_KEY = new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN);

    /** The self-score column: its header and its fields. */
    private static final double SELF_WIDTH = 76;

    /**
     * A built leaf line: the whole line, the control that takes the answer (focused by navigation), the field Enter
     * in {@code from} goes to within the line (a manual score's reason), and the N/A reason field.
     */
    record Row(Node line, Node input, Map<Node, Node> within, TextField naReason) {

        /** Where Enter in {@code target} goes within the line, if it stays in it. */
        Optional<Node> next(Object target) {
            return Optional.ofNullable(within.get(target));
        }
    }

    private final Messages messages;
    private final VisitViewModel viewModel;
    private final BooleanProperty compact = new SimpleBooleanProperty(this, "compact");

    ChecklistRows(Messages messages, VisitViewModel viewModel) {
        this.messages = messages;
        this.viewModel = viewModel;
    }

    /** Whether leaf lines put their controls on a second line (set by the view from the checklist's width). */
    BooleanProperty compactProperty() {
        return compact;
    }

    static String idOf(String code) {
        return code.replace('.', '_');
    }

    /** The column captions above the checklist. */
    Node header() {
        Label code = new Label(messages.get("answering.visit.column.code"));
        code.setMinWidth(64);
        Label title = new Label(messages.get("answering.visit.column.item"));
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        Label answer = new Label(messages.get("answering.visit.column.answer"));
        answer.setMinWidth(150);
        Label na = new Label(messages.get("answering.visit.na"));
        na.setMinWidth(Region.USE_PREF_SIZE);
        Label self = new Label(messages.get("answering.visit.selfScorePrompt"));
        self.setMinWidth(SELF_WIDTH);
        Label score = new Label(messages.get("answering.visit.column.score"));
        score.setMinWidth(96);
        score.setAlignment(Pos.CENTER_RIGHT);
        HBox header = new HBox(8, code, title, answer, na, self, score);
        header.getStyleClass().add("pc-checklist-header");
        header.setPadding(new Insets(10, 4, 2, 0));
        return header;
    }

    Node heading(ItemEntry entry) {
        Label label = new Label(entry.code() + ". " + entry.title());
        label.setWrapText(true);
        label.getStyleClass().add(entry.depth() == 0 ? "pc-checklist-area" : "pc-checklist-criterion");
        label.setPadding(new Insets(entry.depth() == 0 ? 12 : 6, 0, 2, entry.depth() * 16));
        return label;
    }

    Row leaf(ItemEntry entry, Consumer<ItemEntry> commit) {
        Label code = new Label();
        code.textProperty().bind(Bindings.when(entry.flaggedProperty())
                .then(entry.code() + " ⚑").otherwise(entry.code()));
        code.getStyleClass().add("pc-item-code");
        code.setMinWidth(64);
        Label title = new Label(entry.title() + (entry.evidenceRequired() ? " *" : ""));
        title.setWrapText(true);
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        Map<Node, Node> within = new HashMap<>();
        Node input = input(entry, commit, within);
        input.setId("input-" + idOf(entry.code()));
        input.disableProperty().bind(viewModel.editableProperty().not().or(entry.notApplicableProperty())
                .or(entry.outOfScopeProperty()));
        CheckBox na = new CheckBox(messages.get("answering.visit.na"));
        na.setId("na-" + idOf(entry.code()));
        na.selectedProperty().bindBidirectional(entry.notApplicableProperty());
        TextField naReason = new TextField();
        naReason.setId("naReason-" + idOf(entry.code()));
        naReason.setPromptText(messages.get("answering.visit.naReasonPrompt"));
        // the reason is the answer's note: the note field beside the checklist shows the same text
        naReason.textProperty().bindBidirectional(entry.noteProperty());
        naReason.editableProperty().bind(viewModel.editableProperty());
        commitOnLeave(naReason, entry, commit);
        na.setOnAction(e -> {
            commit.accept(entry);
            askReason(entry, naReason);
        });
        na.disableProperty().bind(viewModel.editableProperty().not().or(entry.outOfScopeProperty()));
        na.setMinWidth(Region.USE_PREF_SIZE);
        TextField self = new TextField();
        self.setId("self-" + idOf(entry.code()));
        self.setPromptText(messages.get("answering.visit.selfScorePrompt"));
        self.setPrefColumnCount(4);
        // wide enough for its prompt ("Tự chấm"), and the header above it just as wide so the columns line up
        self.setMinWidth(SELF_WIDTH);
        self.setMaxWidth(SELF_WIDTH);
        self.textProperty().bindBidirectional(entry.selfScoreProperty());
        self.editableProperty().bind(viewModel.editableProperty().and(entry.outOfScopeProperty().not()));
        commitOnLeave(self, entry, commit);
        Label score = new Label();
        score.setId("score-" + idOf(entry.code()));
        score.setMinWidth(96);
        score.setAlignment(Pos.CENTER_RIGHT);
        score.textProperty().bind(entry.scoreTextProperty());
        score.getStyleClass().add("pc-item-score");
        HBox controls = new HBox(8, input, na, self, score);
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(8, code, title);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox second = new HBox();
        second.setAlignment(Pos.CENTER_RIGHT);
        second.managedProperty().bind(compact);
        second.visibleProperty().bind(compact);
        Runnable place = () -> {
            if (compact.get()) {
                top.getChildren().setAll(code, title);
                second.getChildren().setAll(controls);
            } else {
                second.getChildren().clear();
                top.getChildren().setAll(code, title, controls);
            }
        };
        place.run();
        compact.addListener((obs, was, now) -> place.run());
        Label naLabel = new Label(messages.get("answering.visit.naReason"));
        naLabel.setLabelFor(naReason);
        naLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(naReason, Priority.ALWAYS);
        HBox naLine = new HBox(6, naLabel, naReason);
        naLine.setAlignment(Pos.CENTER_LEFT);
        naLine.setPadding(new Insets(0, 0, 0, 72));
        naLine.visibleProperty().bind(entry.notApplicableProperty().and(entry.outOfScopeProperty().not()));
        naLine.managedProperty().bind(naLine.visibleProperty());
        Label problem = new Label();
        problem.setId("problem-" + idOf(entry.code()));
        problem.getStyleClass().add("pc-error-text");
        problem.setWrapText(true);
        problem.setMaxWidth(Double.MAX_VALUE);
        // input that cannot be read first, else why the engine finds the answer invalid
        problem.textProperty().bind(Bindings.when(entry.errorProperty().isNotEmpty()).then(entry.errorProperty())
                .otherwise(entry.invalidReasonProperty()));
        Label difference = new Label();
        difference.getStyleClass().add("pc-self-difference");
        difference.textProperty().bind(entry.selfDifferenceProperty());
        Label evidence = new Label();
        evidence.getStyleClass().add("pc-muted");
        evidence.textProperty().bind(entry.evidenceTextProperty());
        // a problem wraps on its own line under the answer (in a VBox, which gives it the height its width needs)
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());
        HBox notes = new HBox(12, difference, evidence);
        notes.managedProperty().bind(difference.textProperty().isNotEmpty().or(evidence.textProperty().isNotEmpty()));
        notes.visibleProperty().bind(notes.managedProperty());
        VBox bottom = new VBox(2, problem, notes);
        bottom.setPadding(new Insets(0, 0, 0, 72));
        bottom.managedProperty().bind(problem.managedProperty().or(notes.managedProperty()));
        bottom.visibleProperty().bind(bottom.managedProperty());
        VBox line = new VBox(2, top, second, naLine, bottom);
        line.getStyleClass().add("pc-checklist-row");
        line.setId("row-" + idOf(entry.code()));
        line.setPadding(new Insets(3, 4, 3, entry.depth() * 16));
        line.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (NOT_APPLICABLE_KEY.match(e)) {
                e.consume();
                if (viewModel.editableProperty().get() && !entry.outOfScopeProperty().get()) {
                    entry.notApplicableProperty().set(!entry.notApplicableProperty().get());
                    commit.accept(entry);
                    if (!askReason(entry, naReason)) {
                        input.requestFocus();
                    }
                }
            }
        });
        return new Row(line, input, within, naReason);
    }

    /** Puts the focus in the N/A reason field when N/A is on without a reason; whether it did. */
    private static boolean askReason(ItemEntry entry, TextField naReason) {
        if (entry.notApplicableProperty().get() && (entry.noteProperty().get() == null
                || entry.noteProperty().get().isBlank())) {
            naReason.requestFocus();
            return true;
        }
        return false;
    }

    private Node input(ItemEntry entry, Consumer<ItemEntry> commit, Map<Node, Node> within) {
        switch (entry.kind()) {
            case YES_NO:
                return yesNo(entry, commit);
            case CHOICE:
                return choice(entry, commit);
            case NUMBER, OCCURRENCES:
                return number(entry, commit, entry.kind() == ItemEntry.InputKind.OCCURRENCES
                        ? "answering.visit.occurrencesPrompt" : "answering.visit.numberPrompt");
            case MANUAL:
                return manual(entry, commit, within);
            default:
                Label computed = new Label(messages.get("answering.visit.computed"));
                computed.getStyleClass().add("pc-muted");
                computed.setMinWidth(150);
                return computed;
        }
    }

    private Node yesNo(ItemEntry entry, Consumer<ItemEntry> commit) {
        ToggleGroup group = new ToggleGroup();
        ToggleButton yes = new ToggleButton(messages.get("answering.visit.yes"));
        ToggleButton no = new ToggleButton(messages.get("answering.visit.no"));
        yes.setToggleGroup(group);
        no.setToggleGroup(group);
        yes.setUserData(Answer.YES);
        no.setUserData(Answer.NO);
        Runnable show = () -> {
            String v = entry.valueProperty().get();
            yes.setSelected(Answer.YES.equals(v));
            no.setSelected(Answer.NO.equals(v));
        };
        show.run();
        entry.valueProperty().addListener((obs, old, v) -> show.run());
        yes.setOnAction(e -> set(entry, yes.isSelected() ? Answer.YES : "", commit));
        no.setOnAction(e -> set(entry, no.isSelected() ? Answer.NO : "", commit));
        HBox box = new HBox(2, yes, no);
        box.setMinWidth(150);
        box.getStyleClass().add("pc-yes-no");
        box.setFocusTraversable(false);
        for (ToggleButton button : new ToggleButton[] {yes, no}) {
            button.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
                if (event.isShortcutDown() || event.isControlDown() || event.isAltDown() || event.isMetaDown()) {
                    return; // Ctrl+Y (redo), Ctrl+Shift+Y (sync), Ctrl+C…: the shortcut's, not the letter's answer
                }
                KeyCode key = event.getCode();
                if (key == KeyCode.Y || key == KeyCode.C) {
                    set(entry, Answer.YES, commit);
                    event.consume();
                } else if (key == KeyCode.N || key == KeyCode.K) {
                    set(entry, Answer.NO, commit);
                    event.consume();
                } else if (key == KeyCode.DELETE || key == KeyCode.BACK_SPACE) {
                    set(entry, "", commit);
                    event.consume();
                }
            });
        }
        return new FocusForwarder(box, yes);
    }

    private static void set(ItemEntry entry, String value, Consumer<ItemEntry> commit) {
        entry.valueProperty().set(value);
        commit.accept(entry);
    }

    private Node choice(ItemEntry entry, Consumer<ItemEntry> commit) {
        ComboBox<ChoiceOption> box = new ComboBox<>();
        box.getItems().setAll(entry.options());
        box.setMinWidth(150);
        // on its own line (compact) an option's whole label has room
        box.maxWidthProperty().bind(Bindings.when(compact).then(420.0).otherwise(260.0));
        box.setConverter(Converters.labelled(viewModel::optionLabel));
        Runnable show = () -> box.setValue(entry.options().stream()
                .filter(o -> o.code().equals(entry.valueProperty().get())).findFirst().orElse(null));
        show.run();
        entry.valueProperty().addListener((obs, old, v) -> show.run());
        box.setOnAction(e -> {
            ChoiceOption chosen = box.getValue();
            String code = chosen == null ? "" : chosen.code();
            if (!code.equals(entry.valueProperty().get())) {
                set(entry, code, commit);
            }
        });
        box.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode().isDigitKey()) {
                int index = Integer.parseInt(event.getText().isEmpty() ? "0" : event.getText()) - 1;
                if (index >= 0 && index < entry.options().size()) {
                    set(entry, entry.options().get(index).code(), commit);
                    event.consume();
                }
            }
        });
        return box;
    }

    private Node number(ItemEntry entry, Consumer<ItemEntry> commit, String promptKey) {
        TextField field = new TextField();
        field.setPrefColumnCount(8);
        field.setMinWidth(150);
        field.setMaxWidth(150);
        field.setPromptText(messages.get(promptKey));
        field.textProperty().bindBidirectional(entry.valueProperty());
        commitOnLeave(field, entry, commit);
        return field;
    }

    private Node manual(ItemEntry entry, Consumer<ItemEntry> commit, Map<Node, Node> within) {
        TextField score = new TextField();
        score.setPrefColumnCount(4);
        score.setMinWidth(52);
        score.setPromptText(messages.get("answering.visit.manualPrompt"));
        score.textProperty().bindBidirectional(entry.valueProperty());
        TextField reason = new TextField();
        reason.setPromptText(messages.get("answering.visit.reasonPrompt"));
        reason.textProperty().bindBidirectional(entry.manualReasonProperty());
        reason.setId("reason-" + idOf(entry.code()));
        commitOnLeave(score, entry, commit);
        commitOnLeave(reason, entry, commit);
        // Enter after a manual score goes to its reason (#16 §3), then on to the next item
        within.put(score, reason);
        HBox box = new HBox(4, score, reason);
        box.setMinWidth(150);
        box.maxWidthProperty().bind(Bindings.when(compact).then(420.0).otherwise(260.0));
        box.prefWidthProperty().bind(box.maxWidthProperty());
        HBox.setHgrow(reason, Priority.ALWAYS);
        return new FocusForwarder(box, score);
    }

    private static void commitOnLeave(TextField field, ItemEntry entry, Consumer<ItemEntry> commit) {
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commit.accept(entry);
            }
        });
    }

    /** A container whose {@code requestFocus()} focuses the control inside it. */
    static final class FocusForwarder extends HBox {
        private final Node target;

        FocusForwarder(Region content, Node target) {
            super(content);
            this.target = target;
            setFocusTraversable(false);
        }

        @Override
        public void requestFocus() {
            target.requestFocus();
        }
    }
}
