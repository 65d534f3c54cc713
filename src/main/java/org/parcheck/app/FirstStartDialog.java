package org.parcheck.app;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import org.parcheck.common.fx.Dialogs;
import org.parcheck.common.i18n.Messages;

/** The first-start question (#16 §5): explore the demo, or start real work. See {@link FirstStart}. */
final class FirstStartDialog {

    private FirstStartDialog() {
    }

    /** Asks; empty when the user closed the question (ParCheck then stops, nothing created). */
    static Optional<FirstStart.Choice> ask(Messages messages) {
        ButtonType demo = new ButtonType(messages.get("app.firstStart.demo"), ButtonBar.ButtonData.OTHER);
        ButtonType real = new ButtonType(messages.get("app.firstStart.realWork"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, messages.get("app.firstStart.question"), real, demo,
                ButtonType.CANCEL);
        alert.setHeaderText(messages.get("app.firstStart.header"));
        alert.getDialogPane().setId("firstStartDialog");
        alert.getDialogPane().setMinWidth(560);
        alert.setResizable(true);
        Dialogs.localize(alert, messages.bundle()).setTitle(messages.get("app.name"));
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return Optional.empty();
        }
        return Optional.of(answer.get() == demo ? FirstStart.Choice.DEMO : FirstStart.Choice.REAL_WORK);
    }
}
