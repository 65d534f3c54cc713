package org.parcheck.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parcheck.app.AppState;
import org.parcheck.app.MainWindow;
import org.parcheck.plan.TeamRole;
import org.parcheck.plan.ui.PlanListViewModel.PlanRow;
import org.parcheck.plan.ui.PlanListViewModel.VisitRow;
import org.parcheck.testing.TempFolders;
import org.parcheck.testing.TestWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window on a real H2 file: a new plan with a lead and a visit, entered with Enter to add rows and to
 * save, is found in the plan list with its visit.
 */
@ExtendWith(ApplicationExtension.class)
class PlanEditorViewTest {

    private TestWindow shown;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        shown = TestWindow.on(stage, TempFolders.create("parcheck-plan-editor")).show();
        window = shown.window();
    }

    @AfterEach
    void closeWindow() throws Exception {
        shown.close();
    }

    private void set(FxRobot robot, String id, String text) {
        TextField field = robot.lookup(id).queryAs(TextField.class);
        robot.interact(() -> field.setText(text));
    }

    private void enterIn(FxRobot robot, String id) {
        Node node = robot.lookup(id).query();
        robot.interact(node::requestFocus);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * #16 §3: Enter on the member's role (a combo box) adds the member instead of saving the plan, and on the visit's
     * unit adds the visit; the focus goes back to the form's first field; Quay lại with rows not saved asks first,
     * "stay" keeps them, "drop" goes back to the list.
     */
    @Test
    void enterOnAComboBoxAddsTheRowAndLeavingWithUnsavedRowsAsks(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.state().phase() == AppState.Phase.READY);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#newPlanButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#visitUnitComboBox").tryQuery()
                .map(n -> !((ComboBox<?>) n).getItems().isEmpty()).orElse(false));
        set(robot, "#memberNameField", "Nông Thị Hoa");
        enterIn(robot, "#memberRoleComboBox");
        assertThat(robot.lookup("#teamTable").queryTableView().getItems()).hasSize(1);
        assertThat(robot.lookup("#memberNameField").queryAs(TextField.class).isFocused())
                .as("focus back on the member's name").isTrue();
        assertThat(robot.lookup("#savePlanButton").tryQuery()).as("still on the plan screen").isPresent();

        ComboBox<UnitChoice> unit = robot.lookup("#visitUnitComboBox").queryComboBox();
        robot.interact(() -> unit.setValue(unit.getItems().get(0)));
        enterIn(robot, "#visitUnitComboBox");
        assertThat(robot.lookup("#visitTable").queryTableView().getItems()).hasSize(1);
        assertThat(unit.isFocused()).as("focus back on the visit's unit").isTrue();

        robot.clickOn("#cancelPlanButton");
        WaitForAsyncUtils.waitForFxEvents();
        Node dialog = robot.lookup(".dialog-pane").query();
        robot.clickOn(((javafx.scene.control.DialogPane) dialog).lookupButton(
                ((javafx.scene.control.DialogPane) dialog).getButtonTypes().get(1)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#teamTable").queryTableView().getItems()).as("stayed, rows kept").hasSize(1);

        robot.clickOn("#cancelPlanButton");
        WaitForAsyncUtils.waitForFxEvents();
        Node again = robot.lookup(".dialog-pane").query();
        robot.clickOn(((javafx.scene.control.DialogPane) again).lookupButton(
                ((javafx.scene.control.DialogPane) again).getButtonTypes().get(0)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#planTable").tryQuery().isPresent());
        assertThat(robot.lookup("#savePlanButton").tryQuery()).as("back on the list").isEmpty();
    }

    @Test
    void aNewPlanWithALeadAndAVisitAppearsInThePlanList(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.state().phase() == AppState.Phase.READY);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#newPlanButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#visitUnitComboBox").tryQuery()
                .map(n -> !((ComboBox<?>) n).getItems().isEmpty()).orElse(false));

        set(robot, "#numberSymbolField", "15/KH-SNV");
        set(robot, "#issuedDateField", "10/01/2021");
        set(robot, "#issuingBodyField", "Sở Nội vụ tỉnh Cao Bằng");
        set(robot, "#yearField", "2021");
        set(robot, "#titleField", "Kế hoạch kiểm tra công tác cải cách hành chính năm 2021");

        set(robot, "#memberNameField", "Lê Văn Miều");
        set(robot, "#memberJobField", "Phó Giám đốc Sở Nội vụ");
        ComboBox<TeamRole> role = robot.lookup("#memberRoleComboBox").queryComboBox();
        robot.interact(() -> role.setValue(TeamRole.LEAD));
        enterIn(robot, "#memberNameField");
        TableView<?> team = robot.lookup("#teamTable").queryTableView();
        assertEquals(1, team.getItems().size());
        assertThat(robot.lookup("#teamError").queryLabeled().getText()).isEmpty();

        ComboBox<UnitChoice> unit = robot.lookup("#visitUnitComboBox").queryComboBox();
        robot.interact(() -> unit.setValue(unit.getItems().stream()
                .filter(c -> c.label().startsWith("Xã Cô Ngân")).findFirst().orElseThrow()));
        set(robot, "#visitDateField", "05/03/2021");
        set(robot, "#visitPlaceField", "UBND xã Cô Ngân");
        enterIn(robot, "#visitPlaceField");
        assertEquals(1, robot.lookup("#visitTable").queryTableView().getItems().size());

        enterIn(robot, "#titleField"); // Enter outside the team and visit rows saves the plan

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#planTable").tryQuery().isPresent());
        TableView<PlanRow> plans = robot.lookup("#planTable").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> plans.getItems().size() == 2);
        PlanRow row = plans.getItems().stream().filter(p -> p.numberSymbol().equals("15/KH-SNV")).findFirst()
                .orElseThrow();
        assertEquals(2021, row.year());
        assertEquals(1, row.visits());
        robot.interact(() -> plans.getSelectionModel().select(row));
        TableView<VisitRow> visits = robot.lookup("#visitTable").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> visits.getItems().size() == 1);
        assertEquals("Xã Cô Ngân, huyện Hạ Lang", visits.getItems().get(0).unit());
        assertEquals("05/03/2021", visits.getItems().get(0).date());
    }
}
