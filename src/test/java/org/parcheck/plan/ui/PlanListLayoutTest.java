package org.parcheck.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parcheck.app.AppState;
import org.parcheck.app.MainWindow;
import org.parcheck.plan.ui.PlanListViewModel.PlanRow;
import org.parcheck.plan.ui.PlanListViewModel.VisitRow;
import org.parcheck.testing.TempFolders;
import org.parcheck.testing.TestWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * #16 §2: in a 1280 × 720 window (the smaller of the two sizes the issue names; Monocle's headless screen is
 * 1280 × 800, a larger stage overflows it) the plan list shows the whole progress and a readable status column.
 */
@ExtendWith(ApplicationExtension.class)
class PlanListLayoutTest {

    private TestWindow shown;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        shown = TestWindow.on(stage, TempFolders.create("parcheck-plan-list")).show();
        window = shown.window();
    }

    @AfterEach
    void closeWindow() throws Exception {
        shown.close();
    }

    private static double textWidth(String text) {
        Text measured = new Text(text);
        measured.setFont(Font.getDefault());
        return measured.getLayoutBounds().getWidth();
    }

    @Test
    void progressAndStatusAreWholeAt1280By720(FxRobot robot) throws Exception {
        robot.interact(() -> {
            stage.setMaximized(false);
            stage.setWidth(1280);
            stage.setHeight(720);
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.state().phase() == AppState.Phase.READY);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#planTable").tryQuery().isPresent());
        TableView<PlanRow> plans = robot.lookup("#planTable").queryTableView();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !plans.getItems().isEmpty());
        robot.interact(() -> plans.getSelectionModel().select(0));
        TableView<VisitRow> visits = robot.lookup("#visitTable").queryTableView();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !visits.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        TableColumn<?, ?> progress = plans.getColumns().get(plans.getColumns().size() - 1);
        String progressText = plans.getItems().get(0).progress();
        assertThat(progress.getWidth()).as("'%s' whole", progressText)
                .isGreaterThanOrEqualTo(textWidth(progressText) + 10);
        TableColumn<?, ?> status = visits.getColumns().get(visits.getColumns().size() - 1);
        for (VisitRow row : visits.getItems()) {
            assertThat(status.getWidth()).as(row.status()).isGreaterThanOrEqualTo(textWidth(row.status()) + 10);
        }
        assertThat(plans.getWidth()).as("no horizontal scrolling").isGreaterThanOrEqualTo(
                plans.getColumns().stream().mapToDouble(TableColumn::getWidth).sum());
    }
}
