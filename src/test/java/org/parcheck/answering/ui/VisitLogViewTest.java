package org.parcheck.answering.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parcheck.answering.audit.ChangeLogRow;
import org.parcheck.answering.audit.FinalisedVisits;
import org.parcheck.app.AppServices;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The change-log tab of the real visit screen on a real H2 file: a figure typed in the checklist shows up in the
 * log in plain words, the filter finds it, and a finalised visit verifies as intact from the same tab.
 */
@ExtendWith(ApplicationExtension.class)
class VisitLogViewTest {

    private static final String WHAT = "Số liệu: Hồ sơ tiếp nhận, trả kết quả qua dịch vụ bưu chính công ích";

    private AppServices services;
    private long visitId;
    private VisitViewModel viewModel;

    @Start
    void start(Stage stage) throws Exception {
        VisitScreens.Shown shown = VisitScreens.showHaLang(stage, "parcheck-log", 1200, 760);
        services = shown.services();
        viewModel = shown.viewModel();
        visitId = shown.visitId();
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    @Test
    void aFigureTypedInTheChecklistIsInTheChangeLogInPlainWords(FxRobot robot) throws Exception {
        VisitScreens.awaitLoaded(viewModel);
        robot.doubleClickOn("#figure-postal");
        robot.push(KeyCode.CONTROL, KeyCode.A).write("97").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> viewModel.saveStateProperty().get().startsWith("Đã lưu"));

        robot.clickOn("Nhật ký thay đổi");
        TableView<ChangeLogRow> table = robot.lookup("#logTable").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !table.getItems().isEmpty()
                && "97".equals(table.getItems().get(0).newValue()));
        ChangeLogRow newest = table.getItems().get(0);
        assertEquals(WHAT, newest.what());
        assertEquals("Giá trị", newest.field());
        assertEquals("94", newest.oldValue());
        assertEquals("(tài khoản máy: " + System.getProperty("user.name") + ")", newest.actor(),
                "nobody was chosen in this folder: the computer account, marked as such");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#logTable .table-cell").queryAll()
                .stream().anyMatch(cell -> cell instanceof TableCell<?, ?> c && WHAT.equals(c.getText())));
        assertTrue(robot.lookup("#verifyButton").queryAs(Button.class).isDisabled(), "nothing to verify yet");

        robot.clickOn("#filterField").write("buu chinh");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).isNotEmpty().allMatch(r -> r.matches("bưu chính"));
        assertThat(table.getItems().size()).isLessThan(services.answerService().changeLog(visitId).size());

        robot.clickOn(robot.lookup("#logTable .table-cell").queryAll().stream()
                .filter(cell -> cell instanceof TableCell<?, ?> c && "97".equals(c.getText())).findFirst()
                .orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#detailLabel").queryLabeled().getText()).contains("94 → 97");
    }

    @Test
    void aFinalisedVisitVerifiesAsIntactFromTheLogTab(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> viewModel.loadedProperty().get());
        FinalisedVisits.completeAndFinalise(services.answerService(), visitId);
        String sha = services.answerService().fingerprint(visitId).orElseThrow().sha256();

        robot.clickOn("Nhật ký thay đổi");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> sha.equals(robot.lookup("#fingerprintField").queryTextInputControl().getText()));
        robot.clickOn("#verifyButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#verificationLabel").queryLabeled().getText().startsWith("Nguyên vẹn"));
    }
}
