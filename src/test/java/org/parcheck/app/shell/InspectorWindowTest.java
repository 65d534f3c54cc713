package org.parcheck.app.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parcheck.answering.ChangeEntry;
import org.parcheck.answering.audit.ChangeLogRow;
import org.parcheck.app.AppServices;
import org.parcheck.app.AppState;
import org.parcheck.app.MainWindow;
import org.parcheck.plan.Inspector;
import org.parcheck.plan.ui.PlanListViewModel.VisitRow;
import org.parcheck.testing.TempFolders;
import org.parcheck.testing.TestWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * #15 §3 through the real windows on a real H2 file: the first start asks who uses the laptop, the window shows
 * the person, switching works at once, and a saved answer's change-log line names the person (not "root").
 */
@ExtendWith(ApplicationExtension.class)
class InspectorWindowTest {

    private static final String NEW_PERSON = "Nguyễn Văn A (Chuyên viên, Sở Nội vụ)";
    private static final String DEMO_LEAD = "Lê Văn Miều (Phó Giám đốc Sở Nội vụ, Sở Nội vụ tỉnh Cao Bằng)";

    private TestWindow shown;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        shown = TestWindow.on(stage, TempFolders.create("parcheck-inspector")).askingWhoUsesTheLaptop().show();
        window = shown.window();
    }

    /** Hiding the window closes its database and stops its executor (as closing ParCheck does). */
    @AfterEach
    void closeWindow() throws Exception {
        shown.close();
    }

    @Test
    void firstStartAsksTheWindowShowsThePersonSwitchingWorksAndTheLogNamesThePerson(FxRobot robot)
            throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.state().phase() == AppState.Phase.READY);
        AppServices services = window.state().services();

        // first start: the dialog asks, listing the demo plan's team member
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#peopleList").tryQuery().isPresent());
        ListView<Inspector> people = robot.lookup("#peopleList").queryListView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !people.getItems().isEmpty());
        assertThat(people.getItems()).extracting(Inspector::recordText).containsExactly(DEMO_LEAD);
        assertThat(robot.lookup("#inspectorButton").queryButton().getText())
                .isEqualTo("Chưa chọn người kiểm tra — bấm để chọn");

        // a new person typed in, confirmed with Enter
        robot.interact(() -> {
            robot.lookup("#nameField").queryAs(TextField.class).setText("Nguyễn Văn A");
            robot.lookup("#jobTitleField").queryAs(TextField.class).setText("Chuyên viên");
            robot.lookup("#agencyField").queryAs(TextField.class).setText("Sở Nội vụ");
        });
        robot.clickOn("#agencyField").type(KeyCode.ENTER);
        awaitInspectorShown(robot, NEW_PERSON);
        assertThat(robot.lookup("#peopleList").tryQuery()).as("the dialog closed").isEmpty();

        // a saved answer's change-log line names the person
        long visitId = openHaLangVisit(robot);
        typeFigure(robot, services, visitId, "97");
        robot.clickOn("Nhật ký thay đổi");
        TableView<ChangeLogRow> log = robot.lookup("#logTable").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !log.getItems().isEmpty()
                && "97".equals(log.getItems().get(0).newValue()));
        assertEquals(NEW_PERSON, log.getItems().get(0).actor());

        // switching from the window: choose the demo team member with the keyboard
        robot.clickOn("#inspectorButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#peopleList").tryQuery().isPresent());
        ListView<Inspector> again = robot.lookup("#peopleList").queryListView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> again.getItems().size() == 2
                && again.getSelectionModel().getSelectedItem() != null);
        assertEquals(NEW_PERSON, again.getSelectionModel().getSelectedItem().recordText(),
                "the current person is preselected");
        int lead = again.getItems().stream().map(Inspector::recordText).toList().indexOf(DEMO_LEAD);
        robot.interact(() -> {
            again.getSelectionModel().clearAndSelect(lead);
            again.requestFocus();
        });
        robot.type(KeyCode.ENTER);
        awaitInspectorShown(robot, DEMO_LEAD);

        // the next save names the new person at once, the earlier line keeps its own
        robot.clickOn("Phiếu kiểm tra");
        typeFigure(robot, services, visitId, "98");
        assertThat(services.answerService().changeLog(visitId)).extracting(ChangeEntry::newValue, ChangeEntry::actor)
                .contains(tuple("97", NEW_PERSON),
                        tuple("98", DEMO_LEAD));
        assertThat(services.answerService().changeLog(visitId)).extracting(ChangeEntry::actor)
                .noneMatch(actor -> actor.equals(System.getProperty("user.name")));
    }

    private void awaitInspectorShown(FxRobot robot, String person) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> ("Người kiểm tra: " + person).equals(robot.lookup("#inspectorButton").queryButton().getText()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private long openHaLangVisit(FxRobot robot) throws TimeoutException {
        TableView<VisitRow> visits = robot.lookup("#visitTable").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> visits.getItems().size() == 3);
        VisitRow haLang = visits.getItems().stream().filter(v -> v.unit().toLowerCase().startsWith("huyện hạ lang"))
                .findFirst().orElseThrow();
        robot.interact(() -> {
            visits.getSelectionModel().clearAndSelect(visits.getItems().indexOf(haLang));
            visits.requestFocus();
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#figure-postal").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return haLang.id();
    }

    private static void typeFigure(FxRobot robot, AppServices services, long visitId, String value)
            throws TimeoutException {
        robot.doubleClickOn("#figure-postal");
        robot.push(KeyCode.CONTROL, KeyCode.A).write(value).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> services.answerService().changeLog(visitId).stream()
                .anyMatch(e -> value.equals(e.newValue())));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
