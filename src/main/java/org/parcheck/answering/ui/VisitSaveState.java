package org.parcheck.answering.ui;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.parcheck.common.i18n.Messages;

/**
 * The save state in the visit screen's header (#16 §2): "saved at …" in green, a refusal or failure in red, and
 * never "saved" while a field holds a value that cannot be read ("52o"): then it says what is not saved, until that
 * field is corrected or put back.
 */
final class VisitSaveState {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Messages messages;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    /** Whether the text says that something went wrong or was refused (shown in red, not green). */
    private final ReadOnlyBooleanWrapper problem = new ReadOnlyBooleanWrapper(false);
    /** Fields holding a value that cannot be read, so not saved: by key, their names as shown. */
    private final Map<String, String> unsaved = new LinkedHashMap<>();

    VisitSaveState(Messages messages) {
        this.messages = messages;
        text.addListener((obs, old, now) -> problem.set(false));
    }

    /** A message in green. */
    void status(String message) {
        text.set(message);
    }

    /** A problem in red: set after the text, which clears the flag. */
    void problem(String message) {
        text.set(message);
        problem.set(true);
    }

    /** After a save: "saved at …", unless a field still holds a value that is not saved, which it then names. */
    void saved() {
        if (unsaved.isEmpty()) {
            text.set(messages.get("answering.visit.savedAt", TIME.format(LocalTime.now())));
        } else {
            notSaved();
        }
    }

    /** The field {@code key} (shown as {@code name}) holds a value that cannot be read: said until it is cleared. */
    void refused(String key, String name) {
        unsaved.put(key, name);
        notSaved();
    }

    /** The field {@code key} holds nothing unsaved any more; whether it did. */
    boolean cleared(String key) {
        return unsaved.remove(key) != null;
    }

    boolean isUnsaved(String key) {
        return unsaved.containsKey(key);
    }

    private void notSaved() {
        problem(messages.get("answering.visit.notSaved", String.join(", ", unsaved.values())));
    }

    ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
