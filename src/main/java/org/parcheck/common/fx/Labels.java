package org.parcheck.common.fx;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

/** Helpers for labels whose text comes from a view model. */
public final class Labels {

    private Labels() {
    }

    /**
     * Binds the label's text to {@code text} and shows the whole text on hover, for a message in a row where it may
     * be cut short (a file path beside buttons that keep their width).
     */
    public static void bindWithHover(Label label, ObservableValue<String> text) {
        label.textProperty().bind(text);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(text);
        label.setTooltip(tip);
    }
}
