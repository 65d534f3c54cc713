package org.parcheck.answering.ui;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.parcheck.scoring.ItemStatus;
import org.parcheck.scoring.rules.ChoiceOption;

/**
 * One line of the checklist as the screen edits it: an area or criterion heading, or a leaf with its input. The
 * input properties are what the user types; the read-only ones are what the engine said after the last save.
 */
public final class ItemEntry {

    /** The input a leaf needs. */
    public enum InputKind { HEADING, YES_NO, CHOICE, NUMBER, OCCURRENCES, MANUAL, COMPUTED }

    private final String code;
    private final String title;
    private final int depth;
    private final InputKind kind;
    private final List<ChoiceOption> options;
    private final boolean evidenceRequired;
    private final StringProperty value = new SimpleStringProperty("");
    private final BooleanProperty notApplicable = new SimpleBooleanProperty();
    private final StringProperty selfScore = new SimpleStringProperty("");
    private final StringProperty manualReason = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final BooleanProperty flagged = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper scoreText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper selfDifference = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper invalidReason = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper evidenceText = new ReadOnlyStringWrapper("");
    /** The framework's "Áp dụng cho" rules the item out for this unit's type: shown read-only (#16 §7). */
    private final ReadOnlyBooleanWrapper outOfScope = new ReadOnlyBooleanWrapper(false);
    private ItemStatus status;
    private String explanation = "";
    private String fullMarks = "";

    public ItemEntry(String code, String title, int depth, InputKind kind, List<ChoiceOption> options,
                     boolean evidenceRequired) {
        this.code = code;
        this.title = title;
        this.depth = depth;
        this.kind = kind;
        this.options = List.copyOf(options);
        this.evidenceRequired = evidenceRequired;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public int depth() {
        return depth;
    }

    public InputKind kind() {
        return kind;
    }

    public boolean isLeaf() {
        return kind != InputKind.HEADING;
    }

    public List<ChoiceOption> options() {
        return options;
    }

    public boolean evidenceRequired() {
        return evidenceRequired;
    }

    public StringProperty valueProperty() {
        return value;
    }

    public BooleanProperty notApplicableProperty() {
        return notApplicable;
    }

    public StringProperty selfScoreProperty() {
        return selfScore;
    }

    public StringProperty manualReasonProperty() {
        return manualReason;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public BooleanProperty flaggedProperty() {
        return flagged;
    }

    public ReadOnlyStringProperty scoreTextProperty() {
        return scoreText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty selfDifferenceProperty() {
        return selfDifference.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Why the engine finds the answer invalid (a manual score without a reason…), or "". */
    public ReadOnlyStringProperty invalidReasonProperty() {
        return invalidReason.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty evidenceTextProperty() {
        return evidenceText.getReadOnlyProperty();
    }

    public ItemStatus status() {
        return status;
    }

    public String explanation() {
        return explanation;
    }

    public String fullMarks() {
        return fullMarks;
    }

    void showResult(ItemStatus newStatus, String score, String difference, String explanationText,
                    String fullMarksText) {
        // the plain fields first: whoever sees the score change (a listener, a test) finds the explanation with it
        this.status = newStatus;
        this.explanation = explanationText;
        this.fullMarks = fullMarksText;
        scoreText.set(score);
        selfDifference.set(difference);
        invalidReason.set(newStatus == ItemStatus.INVALID ? explanationText : "");
    }

    void showOutOfScope(boolean out) {
        outOfScope.set(out);
    }

    /** Whether the item does not apply to this unit's type by the framework's own rule (read-only). */
    public ReadOnlyBooleanProperty outOfScopeProperty() {
        return outOfScope.getReadOnlyProperty();
    }

    void showError(String message) {
        error.set(message == null ? "" : message);
    }

    void showEvidence(String text) {
        evidenceText.set(text);
    }
}
