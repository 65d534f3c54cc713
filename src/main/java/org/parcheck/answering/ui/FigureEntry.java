package org.parcheck.answering.ui;

import java.math.BigDecimal;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.parcheck.common.i18n.Messages;
import org.parcheck.common.util.Numbers;

/**
 * One raw figure of the visit: its name and unit, the typed value, the value as ParCheck understands it
 * ("= 1.200 hồ sơ", so that a misreading is visible while typing), and any problem with it.
 */
public final class FigureEntry {

    private final String code;
    private final String name;
    private final String unit;
    private final StringProperty value = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper understood = new ReadOnlyStringWrapper("");

    public FigureEntry(String code, String name, String unit) {
        this(code, name, unit, null);
    }

    /** A figure whose typed value is shown as understood, in the language of {@code messages}. */
    public FigureEntry(String code, String name, String unit, Messages messages) {
        this.code = code;
        this.name = name;
        this.unit = unit == null ? "" : unit;
        understood.set(this.unit);
        if (messages != null) {
            value.addListener((obs, was, now) -> understood.set(understood(messages, now, this.unit)));
        }
    }

    /**
     * What a typed figure is read as: "= 1.200 hồ sơ" for "1200", "1.200" or "1 200"; "= 1,2 hồ sơ" for "1,2" and
     * "1,200"; just the unit when the field is blank or cannot be read (its error says why).
     */
    static String understood(Messages messages, String text, String unit) {
        BigDecimal number;
        try {
            number = Numbers.parse(text);
        } catch (NumberFormatException e) {
            number = null;
        }
        if (number == null) {
            return unit == null ? "" : unit;
        }
        return messages.get("answering.visit.figureUnderstood", Numbers.display(number, messages.locale()),
                unit == null ? "" : unit).strip();
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String unit() {
        return unit;
    }

    public StringProperty valueProperty() {
        return value;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The unit, or "= value unit" once a readable value is typed. */
    public ReadOnlyStringProperty understoodProperty() {
        return understood.getReadOnlyProperty();
    }

    void showError(String message) {
        error.set(message == null ? "" : message);
    }
}
