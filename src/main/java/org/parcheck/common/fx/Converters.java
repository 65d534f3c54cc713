package org.parcheck.common.fx;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Display-only converters for combo boxes: a value's label; nothing is parsed back from text. */
public final class Converters {

    private Converters() {
    }

    public static <T> StringConverter<T> labelled(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
