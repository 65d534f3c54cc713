package org.parcheck.plan.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.parcheck.common.domain.UnitType;
import org.parcheck.common.i18n.Messages;
import org.parcheck.plan.Problem;

/** The message shown under each field of a form, one text property per field name. */
final class FieldErrors {

    private final Messages messages;
    private final Map<String, StringProperty> byField = new HashMap<>();

    FieldErrors(Messages messages) {
        this.messages = messages;
    }

    ReadOnlyStringProperty property(String field) {
        return byField.computeIfAbsent(field, f -> new SimpleStringProperty(""));
    }

    void clear() {
        byField.values().forEach(p -> p.set(""));
    }

    /** Shows the problems at their fields (several at one field are joined); returns whether any is an error. */
    boolean show(List<Problem> problems) {
        clear();
        for (Problem problem : problems) {
            StringProperty property = (StringProperty) property(problem.field());
            String text = format(messages, problem);
            property.set(property.get().isEmpty() ? text : property.get() + "\n" + text);
        }
        return problems.stream().anyMatch(p -> !p.warning());
    }

    void set(String field, String text) {
        ((StringProperty) property(field)).set(text);
    }

    String get(String field) {
        return property(field).get();
    }

    /** The localised text of a problem; unit types among its arguments are shown by their labels. */
    static String format(Messages messages, Problem problem) {
        Object[] args = problem.args().stream()
                .map(a -> a instanceof UnitType ? messages.get(((UnitType) a).labelKey()) : a).toArray();
        return messages.get(problem.messageKey(), args);
    }
}
