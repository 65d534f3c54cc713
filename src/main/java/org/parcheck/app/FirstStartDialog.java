package org.parcheck.app;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
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
        // under a window manager (openbox, Windows) an alert without owner opened at 200 x 200, its text cut to "…"
        alert.getDialogPane().setPrefWidth(640);
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        alert.setResizable(true);
        alert.setOnShown(event -> {
            Stage window = (Stage) alert.getDialogPane().getScene().getWindow();
            double height = Math.max(alert.getDialogPane().prefHeight(640), 420) + 40;
            window.setMinWidth(660);
            window.setMinHeight(height);
            window.setWidth(660);
            window.setHeight(height);
            window.centerOnScreen();
        });
        Dialogs.localize(alert, messages.bundle()).setTitle(messages.get("app.name"));
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return Optional.empty();
        }
        return Optional.of(answer.get() == demo ? FirstStart.Choice.DEMO : FirstStart.Choice.REAL_WORK);
    }
}
