package org.parcheck.common.fx;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TreeTableColumn;
import javafx.util.Callback;

/** Cell value factories for table columns over immutable rows (records). */
public final class Cells {

    private Cells() {
    }

    public static <S, T> Callback<TableColumn.CellDataFeatures<S, T>, ObservableValue<T>> value(
            Function<S, T> getter) {
        return features -> new ReadOnlyObjectWrapper<>(getter.apply(features.getValue()));
    }

    public static <S, T> Callback<TreeTableColumn.CellDataFeatures<S, T>, ObservableValue<T>> treeValue(
            Function<S, T> getter) {
        return features -> new ReadOnlyObjectWrapper<>(getter.apply(features.getValue().getValue()));
    }
}
