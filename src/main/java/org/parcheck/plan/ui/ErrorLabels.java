package org.parcheck.plan.ui;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;

/** Binds a field's error label to its message; the label takes no space while there is nothing to say. */
final class ErrorLabels {

    private ErrorLabels() {
    }

    static void bind(Label label, ObservableStringValue message) {
        label.textProperty().bind(message);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        label.getStyleClass().add("pc-error-text");
        label.setWrapText(true);
    }
}
