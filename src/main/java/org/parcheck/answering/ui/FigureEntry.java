package org.parcheck.answering.ui;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One raw figure of the visit: its name and unit, the typed value, and any problem with it. */
public final class FigureEntry {

    private final String code;
    private final String name;
    private final String unit;
    private final StringProperty value = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public FigureEntry(String code, String name, String unit) {
        this.code = code;
        this.name = name;
        this.unit = unit == null ? "" : unit;
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

    void showError(String message) {
        error.set(message == null ? "" : message);
    }
}
