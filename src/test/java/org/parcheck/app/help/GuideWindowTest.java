package org.parcheck.app.help;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parcheck.app.AppState;
import org.parcheck.app.MainWindow;
import org.parcheck.testing.TempFolders;
import org.parcheck.testing.TestWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** #16 §8: the user guide opens from the app, by F1 and from the Settings page, on the real main window. */
@ExtendWith(ApplicationExtension.class)
class GuideWindowTest {

    private TestWindow shown;
    private MainWindow window;
    private Stage shownOn;

    @Start
    void start(Stage stage) throws Exception {
        shownOn = stage;
        shown = TestWindow.on(stage, TempFolders.create("parcheck-guide")).show();
        window = shown.window();
    }

    /** Hides the guide the test opened, then the main window. */
    @AfterEach
    void closeWindow() throws Exception {
        shown.close();
    }

    private void awaitReady() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.state().phase() != AppState.Phase.OPENING);
        assertEquals(AppState.Phase.READY, window.state().phase());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private VBox guide(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#guideContent").tryQuery().isPresent());
        return robot.lookup("#guideContent").queryAs(VBox.class);
    }

    @Test
    void f1OpensTheGuideOverTheWindow(FxRobot robot) throws Exception {
        awaitReady();
        robot.interact(shownOn::requestFocus);
        robot.type(KeyCode.F1);
        VBox content = guide(robot);
        assertThat(((Label) content.getChildren().get(0)).getText()).isEqualTo("Hướng dẫn sử dụng ParCheck");
        Window guideWindow = content.getScene().getWindow();
        assertThat(guideWindow).isNotSameAs(shownOn);
        assertThat(guideWindow.getWidth()).as("opens at a readable size").isGreaterThanOrEqualTo(700);
    }

    @Test
    void theSettingsPageHasAButtonForTheGuide(FxRobot robot) throws Exception {
        awaitReady();
        robot.interact(shownOn::requestFocus);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT5).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#openGuideButton").tryQuery().isPresent());
        robot.clickOn("#openGuideButton");
        assertThat(guide(robot).getChildren()).hasSizeGreaterThan(20);
    }
}
