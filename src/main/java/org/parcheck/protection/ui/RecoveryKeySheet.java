package org.parcheck.protection.ui;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.layout.VBox;

/**
 * The printed page of the recovery key (#19): what it is, the folder, the date, the key in large monospace, where to
 * keep it. Built as a node for JavaFX's {@code PrinterJob}; tests read its text instead of printing.
 */
public final class RecoveryKeySheet {

    /** The property of the recovery-key dialog's root holding a {@code Supplier<Node>} of the page "In" prints. */
    public static final String PROPERTY = "parcheck.recoveryKeySheet";

    private static final int KEY_LINE = 3;

    private RecoveryKeySheet() {
    }

    /** The page for the lines of {@link RecoveryKeyViewModel#printLines()}. */
    public static Node build(List<String> lines) {
        VBox page = new VBox(14);
        page.setPadding(new Insets(36));
        page.setId("recoveryKeySheet");
        for (int i = 0; i < lines.size(); i++) {
            Text text = new Text(lines.get(i));
            text.setWrappingWidth(460);
            if (i == 0) {
                text.setFont(Font.font(null, FontWeight.BOLD, 18));
            } else if (i == KEY_LINE) {
                text.setFont(Font.font("Monospaced", FontWeight.BOLD, 20));
            } else {
                text.setFont(Font.font(12));
            }
            page.getChildren().add(text);
        }
        return page;
    }

    /** The sheet's text, line by line (what a printer would get). */
    public static String text(Node sheet) {
        StringBuilder out = new StringBuilder();
        for (Node child : ((VBox) sheet).getChildren()) {
            out.append(((Text) child).getText()).append('\n');
        }
        return out.toString();
    }
}
