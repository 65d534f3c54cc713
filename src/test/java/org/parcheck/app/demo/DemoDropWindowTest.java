package org.parcheck.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parcheck.app.AppServices;
import org.parcheck.app.AppState;
import org.parcheck.app.MainWindow;
import org.parcheck.plan.Plan;
import org.parcheck.plan.PlanOverview;
import org.parcheck.plan.TeamMember;
import org.parcheck.plan.TeamRole;
import org.parcheck.testing.TempFolders;
import org.parcheck.testing.TestWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * #16 §5 through the real window (settings page, real FXML, real H2 file): a folder holding the demo beside a real
 * plan shows "Xoá dữ liệu mẫu"; the button asks once, naming the demo plan; yes backs up and drops the demo, and the
 * offer goes.
 */
@ExtendWith(ApplicationExtension.class)
class DemoDropWindowTest {

    private TestWindow shown;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        shown = TestWindow.on(stage, TempFolders.create("parcheck-demodrop")).show();
        window = shown.window();
    }

    @AfterEach
    void closeWindow() throws Exception {
        shown.close();
    }

    @Test
    void theSettingsPageOffersTheDropAsksOnceAndDropsTheDemo(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.state().phase() != AppState.Phase.OPENING);
        AppServices services = window.state().services();
        Plan real = services.plans().insert(new Plan(null, UUID.randomUUID(), "12/KH-UBND", LocalDate.of(2026, 1, 5),
                "UBND tỉnh Cao Bằng", null, "Kiểm tra cải cách hành chính năm 2026", null, 2026, "Cao Bằng", false),
                List.of(TeamMember.create(1, "Nguyễn Thị Thật", "Chuyên viên", "Sở Nội vụ", TeamRole.LEAD)));

        robot.clickOn("#navSETTINGS");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#demoDropButton").tryQuery()
                .map(Node::isVisible).orElse(false));
        Button button = robot.lookup("#demoDropButton").queryButton();
        assertThat(button.getText()).isEqualTo("Xoá dữ liệu mẫu");

        robot.clickOn(button);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane question = robot.lookup(".dialog-pane").query();
        assertThat(question.getHeaderText()).isEqualTo("Xoá dữ liệu mẫu?");
        assertThat(question.getContentText()).contains("3199/KH-UBND (2021)", "3 cuộc kiểm tra", "sao lưu");
        robot.interact(() -> ((Button) question.lookupButton(ButtonType.OK)).fire());

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#demoDropMessage").queryLabeled()
                .getText().startsWith("Đã xoá dữ liệu mẫu"));
        assertThat(services.planService().overviews()).extracting(PlanOverview::plan).extracting(Plan::id)
                .containsExactly(real.id());
        assertThat(services.backups().list()).as("the backup made first").isNotEmpty();
        assertThat(button.isVisible()).as("the offer is gone").isFalse();
        assertThat(services.demoDrop().offered()).isFalse();
    }
}
