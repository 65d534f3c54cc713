package org.parcheck.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parcheck.answering.Answer;
import org.parcheck.app.AppServices;
import org.parcheck.app.AppState;
import org.parcheck.app.MainWindow;
import org.parcheck.app.settings.UiSettings;
import org.parcheck.common.fx.ConflictRow;
import org.parcheck.common.fx.ConflictRow.Keep;
import org.parcheck.common.fx.FxBackgroundExecutor;
import org.parcheck.common.fx.TaskProgressBox;
import org.parcheck.persistence.Database;
import org.parcheck.plan.ui.PlanListViewModel.VisitRow;
import org.parcheck.testing.TempFolders;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The sync window end to end (#17): two laptops (two real H2 data folders, each in its own real main window) and one
 * real PostgreSQL (TestServers), with password logins and ParCheck accounts. Laptop A (the reform office's, with the
 * demo plan) syncs: the progress shows the engine's steps, the summary says what was sent. A wrong password on laptop
 * B (an inspector's, real work, empty) says so and changes nothing; B syncs and brings the plan. Both change the same
 * answer; A syncs; B syncs: the conflict screen shows that item with both values, "theirs" is chosen, the summary
 * counts the decision, and B's visit screen shows A's value.
 */
@ExtendWith(ApplicationExtension.class)
class SyncWindowTest {

    private static final String TITLE = "Đồng bộ với máy chủ của Sở";
    private static final String PASSWORD = "Mật-khẩu-2026";
    private static final String CODE = "1.4.2";

    private Stage stageA;
    private Stage stageB;
    private MainWindow windowA;
    private MainWindow windowB;
    private Path dirA;
    private Path dirB;
    private DataSource superuser;

    @Start
    void start(Stage stage) throws Exception {
        stageA = stage;
        DataSource superuser = TestServers.freshDatabase("sync_window");
        Database.onServer(superuser).close(); // the IT staff's set-up migrates the server
        for (String role : List.of("pc_an", "pc_binh")) {
            TestLogins.createLogin(superuser, role, PASSWORD);
            TestLogins.execute(superuser, "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "
                    + role, "GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO " + role);
        }
        // A is the reform office's laptop (it makes the plan), B an inspector's; with the server's row-level security
        // (V9_3, the set-up part) the group roles decide, and B sees the plan it is a member of
        TestLogins.addAccount(superuser, "pc_an", "OFFICE", "Nguyễn Văn An", "Chuyên viên", "Sở Nội vụ");
        TestLogins.addAccount(superuser, "pc_binh", "INSPECTOR", "Trần Thị Bình", "Chuyên viên", "Sở Nội vụ");
        TestLogins.execute(superuser, inGroup("parcheck_office", "pc_an"), inGroup("parcheck_inspector", "pc_binh"));
        this.superuser = superuser;
        dirA = TempFolders.create("parcheck-sync-a");
        dirB = TempFolders.create("parcheck-sync-b");
        // each folder's server address, saved as Settings → Máy chủ của Sở does (no password kept)
        try (AppServices a = AppServices.open(dirA, true)) {
            new ServerSettings(a.database()).save(TestLogins.address(superuser, "pc_an"), false);
        }
        try (AppServices b = AppServices.open(dirB, false)) {
            new ServerSettings(b.database()).save(TestLogins.address(superuser, "pc_binh"), false);
        }
        windowA = new MainWindow(stageA, dirA, UiSettings.load(dirA), new FxBackgroundExecutor());
        windowA.show();
        stageB = new Stage();
        windowB = new MainWindow(stageB, dirB, UiSettings.load(dirB), new FxBackgroundExecutor());
        windowB.startRealWork();
        windowB.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        FxToolkit.setupFixture(() -> {
            new ArrayList<>(Window.getWindows()).forEach(Window::hide);
        });
        TempFolders.delete(dirA);
        TempFolders.delete(dirB);
    }

    @Test
    void twoLaptopsSyncAndAConflictIsDecidedOnTheConflictScreen(FxRobot robot) throws Exception {
        awaitReady(robot, windowA, stageA);
        awaitReady(robot, windowB, stageB);

        // A sends the demo plan: the progress shows the engine's steps, the summary what was sent
        List<String> steps = new ArrayList<>();
        Parent dialog = openSync(robot, stageA);
        TaskProgressBox progress = find(dialog, "#taskBox");
        progress.visibleProperty().addListener((obs, was, shown) -> {
            if (shown) {
                steps.add(((Label) progress.getChildren().get(1)).getText());
            }
        });
        ((Label) progress.getChildren().get(1)).textProperty().addListener((obs, was, text) -> steps.add(text));
        String summary = syncWith(robot, dialog, PASSWORD);
        assertThat(summary).startsWith("Đã đồng bộ. Mang về 0 cuộc kiểm tra, gửi lên 3 cuộc kiểm tra");
        assertThat(steps).contains("Đang đọc những thay đổi trên máy chủ…");
        closeDialog(robot, dialog);
        assertThat(this.<Labeled>find(stageA.getScene().getRoot(), "#lastSyncLabel").getText())
                .startsWith("Lần đồng bộ cuối: ");
        TestLogins.execute(superuser, "INSERT INTO server_plan_member (plan_uuid, role_name) VALUES ('"
                + windowA.state().services().planService().overviews().get(0).plan().uuid() + "', 'pc_binh')");

        // a wrong password on B: said, with what to do; nothing changed on B
        Map<String, Map<String, String>> before = SyncLaptops.content(windowB.state().services().database());
        dialog = openSync(robot, stageB);
        type(robot, dialog, "sai mật khẩu");
        fire(robot, find(dialog, "#primaryButton"));
        await(30, () -> !this.<Labeled>find(dialogNow(), "#problemLabel").getText().isEmpty());
        assertThat(this.<Labeled>find(dialog, "#problemLabel").getText())
                .startsWith("Máy chủ từ chối tên tài khoản hoặc mật khẩu.");
        assertThat(this.<Labeled>find(dialog, "#statusLabel").getText())
                .isEqualTo("Không có gì thay đổi trên máy này.");
        assertEquals(before, SyncLaptops.content(windowB.state().services().database()));

        // B brings the plan, in the same dialog with the right password
        assertThat(syncWith(robot, dialog, PASSWORD)).startsWith("Đã đồng bộ. Mang về 3 cuộc kiểm tra");
        closeDialog(robot, dialog);
        await(30, () -> windowB.state().phase() == AppState.Phase.READY
                && !windowB.state().services().planService().overviews().isEmpty());

        // both change the same answer; A syncs first
        answer(windowA.state().services(), "YES", "An: đủ hồ sơ");
        answer(windowB.state().services(), "NO", "Bình: còn thiếu hồ sơ");
        dialog = openSync(robot, stageA);
        assertThat(syncWith(robot, dialog, PASSWORD)).contains("gửi lên 1 cuộc kiểm tra");
        closeDialog(robot, dialog);
        robot.interact(stageA::hide); // A's window closes (its database with it); only B's is left

        // B syncs, from the keyboard (Ctrl+Shift+Y): the conflict screen shows that item with both values
        robot.interact(stageB::requestFocus);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Y).release(KeyCode.Y, KeyCode.SHIFT, KeyCode.CONTROL);
        await(30, () -> dialogNow() != null);
        dialog = dialogNow();
        type(robot, dialog, PASSWORD);
        fire(robot, find(dialog, "#primaryButton"));
        TableView<ConflictRow> conflicts = find(dialog, "#conflictTable");
        await(60, () -> !conflicts.getItems().isEmpty());
        assertThat(conflicts.getItems()).singleElement().satisfies(row -> {
            assertThat(row.item()).startsWith(CODE + " ");
            assertThat(row.mine()).contains("Không").contains("Bình: còn thiếu hồ sơ");
            assertThat(row.theirs()).contains("Có").contains("An: đủ hồ sơ");
        });
        assertThat(this.<Button>find(dialog, "#primaryButton").getText()).isEqualTo("_Hoàn tất đồng bộ");
        ChoiceBox<?> choice = robot.from(dialog).lookup("#conflictTable .choice-box").queryAs(ChoiceBox.class);
        robot.clickOn(choice);
        robot.clickOn("Của họ");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Keep.THEIRS, conflicts.getItems().get(0).choiceProperty().get());
        fire(robot, find(dialog, "#primaryButton"));
        await(60, () -> this.<Labeled>find(dialogNow(), "#statusLabel").getText().startsWith("Đã đồng bộ"));
        assertThat(this.<Labeled>find(dialog, "#statusLabel").getText()).endsWith("xung đột đã quyết định: 1.");
        closeDialog(robot, dialog);

        // B's visit screen shows the value chosen
        await(30, () -> windowB.state().phase() == AppState.Phase.READY);
        fire(robot, find(stageB.getScene().getRoot(), "#navPLANS"));
        TableView<?> plans = find(stageB.getScene().getRoot(), "#planTable");
        await(30, () -> !plans.getItems().isEmpty());
        robot.interact(() -> plans.getSelectionModel().select(0));
        TableView<VisitRow> visits = find(stageB.getScene().getRoot(), "#visitTable");
        await(30, () -> visits.getItems().size() == 3);
        long haLang = haLang(windowB);
        robot.interact(() -> visits.getSelectionModel().select(visits.getItems().stream()
                .filter(v -> v.id() == haLang).findFirst().orElseThrow()));
        fire(robot, find(stageB.getScene().getRoot(), "#openVisitButton"));
        await(30, () -> robot.from(stageB.getScene().getRoot()).lookup("#input-1_4_2").tryQuery().isPresent());
        Parent yesNo = find(stageB.getScene().getRoot(), "#input-1_4_2");
        await(10, () -> toggle(yesNo, "Có").isSelected());
        assertThat(toggle(yesNo, "Không").isSelected()).isFalse();
        assertEquals("An: đủ hồ sơ", windowB.state().services().answerService().sheet(haLang).answers().get(CODE)
                .note());
    }

    /** Makes {@code role} a member of the server's group role {@code group} when the server has it (V9_3). */
    private static String inGroup(String group, String role) {
        return "DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + group + "') THEN GRANT " + group
                + " TO " + role + "; END IF; END $$";
    }

    /** The yes or no button of a checklist line. */
    private static ToggleButton toggle(Parent input, String text) {
        return input.lookupAll(".toggle-button").stream().map(ToggleButton.class::cast)
                .filter(b -> text.equals(b.getText())).findFirst().orElseThrow();
    }

    private void awaitReady(FxRobot robot, MainWindow window, Stage stage) throws TimeoutException {
        await(90, () -> window.state().phase() != AppState.Phase.OPENING);
        assertEquals(AppState.Phase.READY, window.state().phase());
        await(30, () -> !this.<Button>find(stage.getScene().getRoot(), "#syncButton").isDisabled());
    }

    /** Clicks the window's Đồng bộ button and waits for the dialog. */
    private Parent openSync(FxRobot robot, Stage window) throws TimeoutException {
        fire(robot, find(window.getScene().getRoot(), "#syncButton"));
        await(30, () -> dialogNow() != null);
        return dialogNow();
    }

    /** The sync dialog's content, null when none is open. */
    private static Parent dialogNow() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && s.isShowing()
                && TITLE.equals(s.getTitle())).findFirst().map(w -> w.getScene().getRoot()).orElse(null);
    }

    /** Types the password, starts the sync, waits for the summary and returns it. */
    private String syncWith(FxRobot robot, Parent dialog, String password) throws TimeoutException {
        type(robot, dialog, password);
        fire(robot, find(dialog, "#primaryButton"));
        await(60, () -> this.<Labeled>find(dialog, "#statusLabel").getText().startsWith("Đã đồng bộ"));
        assertThat(this.<Labeled>find(dialog, "#problemLabel").getText()).isEmpty();
        return this.<Labeled>find(dialog, "#statusLabel").getText();
    }

    private void type(FxRobot robot, Parent dialog, String password) {
        PasswordField field = find(dialog, "#passwordField");
        robot.interact(() -> field.setText(password));
    }

    private void closeDialog(FxRobot robot, Parent dialog) throws TimeoutException {
        fire(robot, find(dialog, "#closeButton"));
        await(10, () -> dialogNow() == null);
    }

    private static void fire(FxRobot robot, Node button) {
        robot.interact(() -> ((javafx.scene.control.ButtonBase) button).fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private <T extends Node> T find(Parent root, String query) {
        return (T) root.lookup(query);
    }

    private static void await(int seconds, java.util.concurrent.Callable<Boolean> condition)
            throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static long haLang(MainWindow window) {
        AppServices services = window.state().services();
        return services.planService().visits(services.planService().overviews().get(0).plan().id()).stream()
                .filter(v -> v.unitDisplayName().equals("huyện Hạ Lang")).findFirst().orElseThrow().visit().id();
    }

    /** Changes answer 1.4.2 of the Hạ Lang visit as the person using the laptop. */
    private static void answer(AppServices services, String value, String note) {
        long visit = services.planService().visits(services.planService().overviews().get(0).plan().id()).stream()
                .filter(v -> v.unitDisplayName().equals("huyện Hạ Lang")).findFirst().orElseThrow().visit().id();
        Answer answer = services.answerService().sheet(visit).answers().get(CODE);
        services.answerService().saveAnswer(visit, answer.withValue(value).withNote(note));
    }
}
