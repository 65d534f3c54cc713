package org.parcheck.common.fx;

import java.util.Locale;
import java.util.ResourceBundle;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.stage.Window;

/**
 * Dialogs in the user's language: JavaFX labels the standard buttons and titles alerts from its own bundles, which
 * have no Vietnamese (so a Vietnamese screen showed "OK" / "Cancel" under the title "Confirmation"), and a header
 * taken from a menu label kept its mnemonic underscore ("_Mở lại").
 */
public final class Dialogs {

    private Dialogs() {
    }

    /**
     * Relabels the standard buttons, titles an alert by its type and drops mnemonic underscores from the title and
     * header; returns the dialog.
     */
    public static <D extends Dialog<?>> D localize(D dialog, ResourceBundle bundle) {
        for (ButtonType type : dialog.getDialogPane().getButtonTypes()) {
            String key = key(type.getButtonData());
            Node node = dialog.getDialogPane().lookupButton(type);
            if (key != null && node instanceof Button button && (type == ButtonType.OK || type == ButtonType.CANCEL
                    || type == ButtonType.YES || type == ButtonType.NO || type == ButtonType.CLOSE)) {
                button.setText(bundle.getString(key));
            }
        }
        dialog.setHeaderText(withoutMnemonic(dialog.getHeaderText()));
        if (dialog instanceof Alert alert) {
            // JavaFX titles alerts "Confirmation", "Warning"… whatever the language
            dialog.setTitle(bundle.getString("common.dialog.title." + alert.getAlertType().name().toLowerCase(
                    Locale.ROOT)));
        } else {
            dialog.setTitle(withoutMnemonic(dialog.getTitle()));
        }
        // under a window manager (openbox) an alert opened in the screen's corner, its title bar off screen
        dialog.addEventHandler(DialogEvent.DIALOG_SHOWN, event -> overOwner(dialog));
        return dialog;
    }

    /** Places a shown dialog over the middle of its owner window. */
    private static void overOwner(Dialog<?> dialog) {
        Window owner = dialog.getOwner();
        if (owner == null || owner.getWidth() <= 0 || dialog.getWidth() <= 0) {
            return;
        }
        dialog.setX(owner.getX() + Math.max(0, (owner.getWidth() - dialog.getWidth()) / 2));
        dialog.setY(owner.getY() + Math.max(0, (owner.getHeight() - dialog.getHeight()) / 3));
    }

    private static String key(ButtonData data) {
        return switch (data) {
            case OK_DONE -> "common.dialog.ok";
            case CANCEL_CLOSE -> "common.dialog.cancel";
            case YES -> "common.dialog.yes";
            case NO -> "common.dialog.no";
            default -> null;
        };
    }

    /** "_Mở lại" → "Mở lại"; "__" stays one underscore, as in a label. */
    static String withoutMnemonic(String text) {
        if (text == null || text.indexOf('_') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean dropped = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '_' && i + 1 < text.length() && text.charAt(i + 1) == '_') {
                out.append('_');
                i++;
            } else if (c == '_' && !dropped) {
                dropped = true;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
