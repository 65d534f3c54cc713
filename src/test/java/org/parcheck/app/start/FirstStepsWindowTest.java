package org.parcheck.app.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
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

/**
 * #16 §2 and §5, the real window on a real H2 file: the first start opens maximised; starting real work shows no
 * demo data and opens on the first steps, whose links lead to each screen and tick what is done.
 */
@ExtendWith(ApplicationExtension.class)
class FirstStepsWindowTest {

    private TestWindow shown;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        shown = TestWindow.on(stage, TempFolders.create("parcheck-first-steps")).realWork().show();
        window = shown.window();
    }

    @AfterEach
    void closeWindow() throws Exception {
        shown.close();
    }

    @Test
    void realWorkOpensMaximisedOnTheFirstStepsWithoutTheDemo(FxRobot robot) throws Exception {
        assertThat(stage.isMaximized()).as("first start maximised").isTrue();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.state().phase() == AppState.Phase.READY);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#unitsStepButton").tryQuery()
                .isPresent());
        Labeled summary = robot.lookup("#summaryLabel").queryLabeled();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !summary.getText().isEmpty());
        assertThat(summary.getText()).isEqualTo("Đã xong 0/3 bước");
        assertThat(robot.lookup("#unitsMark").queryLabeled().getText()).isEqualTo("1.");

        robot.clickOn("#planStepButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#savePlanButton").tryQuery()
                .isPresent());
        robot.clickOn("#cancelPlanButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#planTable").tryQuery().isPresent());
        assertThat(robot.lookup("#planTable").queryTableView().getItems()).as("no demo plan in real work").isEmpty();
    }
}
