package org.parcheck.common.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parcheck.common.i18n.Messages;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Under a window manager dialogs opened in the screen's corner (their title bar off screen) or at their minimum size:
 * an alert and a dialog window are placed over the middle of their owner, at their full size.
 */
@ExtendWith(ApplicationExtension.class)
class DialogPlacementTest {

    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new VBox(), 900, 600));
        stage.setX(200);
        stage.setY(100);
        stage.show();
    }

    @Test
    void anAlertIsPlacedOverItsOwner(FxRobot robot) {
        Alert[] shown = new Alert[1];
        robot.interact(() -> {
            Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Khôi phục?", ButtonType.OK, ButtonType.CANCEL);
            alert.initOwner(owner);
            Dialogs.localize(alert, new Messages(Messages.VIETNAMESE).bundle()).show();
            shown[0] = alert;
        });
        WaitForAsyncUtils.waitForFxEvents();
        Alert alert = shown[0];
        try {
            double middle = alert.getX() + alert.getWidth() / 2;
            assertThat(middle).isCloseTo(owner.getX() + owner.getWidth() / 2, offset(2.0));
            assertThat(alert.getY()).isGreaterThanOrEqualTo(owner.getY());
        } finally {
            robot.interact(alert::close);
        }
    }

    @Test
    void aDialogWindowOpensAtItsSizeOverItsOwner(FxRobot robot) {
        Stage[] shown = new Stage[1];
        WindowSizing.Size size = WindowSizing.fitted(600, 400);
        robot.interact(() -> {
            Stage dialog = new Stage();
            dialog.initOwner(owner);
            dialog.setScene(new Scene(new VBox(), size.width(), size.height()));
            WindowSizing.showOver(dialog, owner, size);
            shown[0] = dialog;
        });
        WaitForAsyncUtils.waitForFxEvents();
        Stage dialog = shown[0];
        try {
            assertThat(dialog.getMinWidth()).isEqualTo(size.width());
            assertThat(dialog.getWidth()).isGreaterThanOrEqualTo(size.width());
            assertThat(dialog.getX()).isGreaterThan(owner.getX());
            assertThat(dialog.getY()).isGreaterThan(owner.getY());
        } finally {
            robot.interact(dialog::close);
        }
    }
}
