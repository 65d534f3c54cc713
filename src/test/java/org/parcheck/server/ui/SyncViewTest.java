package org.parcheck.server.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.parcheck.common.fx.ConflictRow;
import org.parcheck.common.fx.ConflictRow.Keep;
import org.parcheck.common.fx.SameThreadExecutor;
import org.parcheck.common.fx.ViewLoader;
import org.parcheck.common.i18n.Messages;
import org.parcheck.testing.OnScreen;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real sync dialog (FXML) over real H2 files with the stand-in server ({@link StandInServer}): a wrong password
 * is said beside the field and changes nothing; with the right one the conflict shows on the same table as package
 * import, "Trên máy chủ" is chosen, the sync completes and the summary is shown.
 */
@ExtendWith(ApplicationExtension.class)
class SyncViewTest {

    @RegisterExtension
    static final StandInServer SERVER = new StandInServer();
    private Stage stage;

    @Start
    void start(Stage shown) {
        this.stage = shown;
    }

    @Test
    void aWrongPasswordThenTheConflictScreenThenTheSummary(FxRobot robot) {
        Messages messages = new Messages(Messages.VIETNAMESE);
        ViewLoader loader = new ViewLoader(messages, type -> new SyncView(new SyncViewModel(SERVER.steps(),
                new SameThreadExecutor(), messages)));
        robot.interact(() -> {
            ViewLoader.Loaded<SyncView> loaded = loader.load(SyncView.class);
            Scene scene = new Scene(loaded.root(), 1000, 620);
            scene.getStylesheets().add(SyncViewTest.class.getResource("/org/parcheck/app/theme.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
        });
        assertThat(robot.lookup("#primaryButton").queryButton().getText()).isEqualTo("_Đồng bộ");
        assertThat(robot.lookup("#conflictsBox").query().isVisible()).isFalse();

        PasswordField password = robot.lookup("#passwordField").query();
        robot.interact(() -> password.setText("sai"));
        robot.clickOn("#primaryButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#problemLabel").queryLabeled().getText())
                .startsWith("Máy chủ từ chối tên tài khoản hoặc mật khẩu.");
        assertThat(robot.lookup("#statusLabel").queryLabeled().getText())
                .isEqualTo("Không có gì thay đổi trên máy này.");
        assertEquals("ghi chú của An", SERVER.noteOnA());

        robot.interact(() -> password.setText(StandInServer.PASSWORD));
        robot.clickOn("#primaryButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#problemLabel").query().isVisible()).isFalse();
        TableView<ConflictRow> conflicts = robot.lookup("#conflictTable").queryTableView();
        assertThat(conflicts.getItems()).singleElement().satisfies(row -> {
            assertThat(row.mine()).contains("ghi chú của An");
            assertThat(row.theirs()).contains("ghi chú của Bình");
        });
        assertThat(conflicts.getColumns()).extracting(TableColumn::getText).contains("Trên máy chủ (người khác)");
        assertThat(robot.lookup("#primaryButton").queryButton().getText()).isEqualTo("_Hoàn tất đồng bộ");

        shoot(robot, "sync-conflict");

        ChoiceBox<?> choice = robot.lookup("#conflictTable .choice-box").queryAs(ChoiceBox.class);
        robot.clickOn(choice);
        robot.clickOn("Của họ");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Keep.THEIRS, conflicts.getItems().get(0).choiceProperty().get());
        robot.clickOn("#primaryButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("ghi chú của Bình", SERVER.noteOnA());
        assertThat(robot.lookup("#statusLabel").queryLabeled().getText()).startsWith("Đã đồng bộ. Mang về 1 cuộc");
        assertThat(robot.lookup("#closeButton").queryButton().getText()).isEqualTo("Đóng");
        assertThat(robot.lookup("#primaryButton").query().isVisible()).isFalse();
        shoot(robot, "sync-summary");
    }

    /**
     * The dialog as drawn, to {@code target/screenshots/<name>.png} ({@link OnScreen#shoot};
     * docs/server/sync-window.md says how the committed picture was taken).
     */
    private void shoot(FxRobot robot, String name) {
        robot.interact(() -> OnScreen.shoot(stage.getScene(), name));
    }
}
