package org.parcheck.plan.ui;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Shows values in a combo box by a label; read-only (the combo boxes here are not editable). */
final class LabelConverter<T> extends StringConverter<T> {

    private final Function<T, String> label;

    LabelConverter(Function<T, String> label) {
        this.label = label;
    }

    @Override
    public String toString(T value) {
        return label.apply(value);
    }

    @Override
    public T fromString(String text) {
        return null;
    }
}
