package org.parcheck.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parcheck.common.i18n.Messages;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** #16 §5: the first-start question offers real work and the demo, in Vietnamese, and returns what was clicked. */
@ExtendWith(ApplicationExtension.class)
class FirstStartDialogTest {

    private final Messages messages = new Messages(Messages.VIETNAMESE);

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.show();
    }

    private Optional<FirstStart.Choice> answer(FxRobot robot, int buttonIndex) throws Exception {
        CompletableFuture<Optional<FirstStart.Choice>> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(FirstStartDialog.ask(messages)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#firstStartDialog")
                .match(FirstStartDialogTest::shown).tryQuery().isPresent());
        DialogPane pane = robot.lookup("#firstStartDialog").match(FirstStartDialogTest::shown).query();
        assertThat(pane.getHeaderText()).isEqualTo("Chào mừng đến với ParCheck");
        WaitForAsyncUtils.waitForFxEvents();
        if (buttonIndex < 0) {
            robot.type(KeyCode.ESCAPE);
        } else {
            ButtonType type = pane.getButtonTypes().get(buttonIndex);
            Node button = pane.lookupButton(type);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shown(button));
            robot.clickOn(button);
        }
        return answer.get(10, TimeUnit.SECONDS);
    }

    private static boolean shown(Node node) {
        return node.getScene() != null && node.getScene().getWindow() != null
                && node.getScene().getWindow().isShowing();
    }

    @Test
    void realWorkDemoOrNothing(FxRobot robot) throws Exception {
        assertThat(answer(robot, 0)).contains(FirstStart.Choice.REAL_WORK);
        assertThat(answer(robot, 1)).contains(FirstStart.Choice.DEMO);
        assertThat(answer(robot, -1)).as("Escape: ParCheck stops, nothing created").isEmpty();
    }
}
