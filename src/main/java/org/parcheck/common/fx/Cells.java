package org.parcheck.common.fx;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TreeTableColumn;
import javafx.util.Callback;

/** Cell value factories for table columns over immutable rows (records), and cells of combo boxes. */
public final class Cells {

    private Cells() {
    }

    public static <S, T> Callback<TableColumn.CellDataFeatures<S, T>, ObservableValue<T>> value(
            Function<S, T> getter) {
        return features -> new ReadOnlyObjectWrapper<>(getter.apply(features.getValue()));
    }

    /**
     * A combo box's button cell (the chosen value) that wraps a label too long for the box onto a second line
     * instead of cutting it short with "…" (a narrow window); the box grows to hold it.
     */
    public static <T> ListCell<T> wrappingButtonCell(Function<T, String> label) {
        ListCell<T> cell = new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : label.apply(item));
            }

            /**
             * The combo box asks its button cell's height without a width (the box has no content bias): answered
             * for the width the cell was given, so that a wrapped label gets its lines.
             */
            @Override
            protected double computePrefHeight(double width) {
                return super.computePrefHeight(width < 0 && getWidth() > 0 ? getWidth() : width);
            }
        };
        cell.setWrapText(true);
        // a new width may need another number of lines: the box asks the height again
        cell.widthProperty().addListener((obs, old, now) -> {
            if (cell.getParent() != null) {
                cell.getParent().requestLayout();
            }
        });
        return cell;
    }

    public static <S, T> Callback<TreeTableColumn.CellDataFeatures<S, T>, ObservableValue<T>> treeValue(
            Function<S, T> getter) {
        return features -> new ReadOnlyObjectWrapper<>(getter.apply(features.getValue().getValue()));
    }
}
