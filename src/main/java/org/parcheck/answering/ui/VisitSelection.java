package org.parcheck.answering.ui;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The item selected in the checklist: its title, the engine's explanation and full marks, its note and flag. */
public final class VisitSelection {

    private final ReadOnlyObjectWrapper<ItemEntry> entry = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper explanation = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper fullMarks = new ReadOnlyStringWrapper("");

    /** Selects {@code selected}, or shows it again after a new score. */
    void select(ItemEntry selected) {
        entry.set(selected);
        title.set(selected.code() + " " + selected.title());
        explanation.set(selected.explanation());
        fullMarks.set(selected.fullMarks());
    }

    /** The selected item's code, or null. */
    public String code() {
        return entry.get() == null ? null : entry.get().code();
    }

    /** The item whose explanation, note and flag are shown beside the checklist. */
    public ReadOnlyObjectProperty<ItemEntry> entryProperty() {
        return entry.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty fullMarksProperty() {
        return fullMarks.getReadOnlyProperty();
    }
}
