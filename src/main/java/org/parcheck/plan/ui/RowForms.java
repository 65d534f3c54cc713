package org.parcheck.plan.ui;

import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/** The keyboard rule of row forms (#16 §3): Enter adds the row, also from a closed combo box. */
final class RowForms {

    private RowForms() {
    }

    /**
     * Enter in {@code box}, while its list is closed, runs {@code add} and is consumed, so that it does not reach
     * the screen's default button (which saves the whole plan). With the list open Enter still picks the item.
     */
    static void enterAdds(ComboBox<?> box, Runnable add) {
        box.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && !box.isShowing()) {
                event.consume();
                add.run();
            }
        });
    }
}
