package org.parcheck.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.stage.Stage;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.answering.Answer;
import org.parcheck.answering.audit.FinalisedVisits;
import org.parcheck.app.AppServices;
import org.parcheck.common.fx.FxBackgroundExecutor;
import org.parcheck.common.fx.ViewLoader;
import org.parcheck.common.fx.WindowSizing;
import org.parcheck.common.i18n.Messages;
import org.parcheck.persistence.Database;
import org.parcheck.persistence.server.ServerAdmin;
import org.parcheck.server.ui.SyncSteps;
import org.parcheck.server.ui.SyncView;
import org.parcheck.server.ui.SyncViewModel;
import org.parcheck.testing.OnScreen;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The sync dialog's summary with the two sentences added for sync's limits (SyncResult.waitingNotOnTeam and
 * replacedByFinalised), reached for real and looked at (docs/server/sync-window.md, "Checked on screen"): a real
 * PostgreSQL (TestServers), the real ServerConnector and SyncService, two H2 laptops. The office's laptop sends the
 * demo plan; an inspector on its team, whose laptop also holds a demo plan of its own (not on the server, not on its
 * team), brings it; the office finalises the Hạ Lang visit; the inspector edits a note of it and syncs in the dialog.
 * The summary must say both, and name what waits (s8), in full, inside the dialog at the size SyncDialog gives it; a
 * screenshot is written to target/screenshots/sync-limits-{vi,en}.png.
 */
@ExtendWith(ApplicationExtension.class)
class SyncSummaryOnScreenTest {

    private static final String PASSWORD = OfficeFixture.PASSWORD;

    @TempDir
    Path dir;
    private Stage stage;
    private final FxBackgroundExecutor executor = new FxBackgroundExecutor();

    @Start
    void start(Stage shown) {
        this.stage = shown;
    }

    @AfterEach
    void stop() {
        executor.shutdown();
    }

    @Test
    void theSummarySaysWhatWaitsAndWhatWasReplacedInVietnamese(FxRobot robot) throws Exception {
        Label status = syncInTheDialog(robot, new Messages(Messages.VIETNAMESE), "vi");
        assertThat(status.getText()).startsWith("Đã đồng bộ.")
                .contains(": 0.\n1 thay đổi chưa gửi của máy này đã được thay bằng biên bản đã hoàn tất ở máy khác")
                .contains("\n4 kế hoạch hoặc cuộc kiểm tra đã thay đổi trên máy này chưa được gửi vì tài khoản này")
                .contains("hãy đề nghị Văn phòng thêm tài khoản này vào đoàn rồi đồng bộ lại.\nĐang chờ gửi: kế hoạch ")
                .endsWith(".");
    }

    @Test
    void theSummarySaysWhatWaitsAndWhatWasReplacedInEnglish(FxRobot robot) throws Exception {
        Label status = syncInTheDialog(robot, new Messages(Messages.ENGLISH), "en");
        assertThat(status.getText()).startsWith("Synced.")
                .contains(": 0.\n1 change of this laptop, not yet sent, was replaced by the record finalised")
                .contains("\n4 plans or visits changed on this laptop were not sent")
                .contains("ask the office to put this account on the team, then sync again.\nWaiting to be sent: plan ")
                .endsWith(".");
    }

    /** Sets the scene up on a fresh server database, syncs the inspector in the dialog, returns the summary label. */
    private Label syncInTheDialog(FxRobot robot, Messages messages, String name) throws Exception {
        DataSource superuser = TestServers.freshDatabase("synclook");
        String db = TestServers.nameOf(superuser);
        Database.onServer(superuser).close();
        ServerAdmin admin = new ServerAdmin(superuser);
        String officeRole = "vp_" + db;
        String inspectorRole = "tv_" + db;
        admin.addAccount(officeRole, ServerAdmin.AccountKind.OFFICE, "Trần Thị Bích", null, null,
                PASSWORD.toCharArray());
        admin.addAccount(inspectorRole, ServerAdmin.AccountKind.INSPECTOR, "Nguyễn Văn Ánh", null, null,
                PASSWORD.toCharArray());
        AppServices office = AppServices.open(Files.createDirectories(dir.resolve("office")), true);
        AppServices inspector = AppServices.open(Files.createDirectories(dir.resolve("inspector")), true);
        try (office; inspector; Database asOffice = OfficeFixture.loggedIn(db, officeRole);
             Database asInspector = OfficeFixture.loggedIn(db, inspectorRole)) {
            String plan = office.planService().overviews().get(0).plan().uuid().toString();
            int ownVisits = inspector.planService().visits(inspector.planService().overviews().get(0).plan().id())
                    .size();
            sync(office, asOffice, officeRole);
            admin.addMember(plan, inspectorRole);
            sync(inspector, asInspector, inspectorRole);
            FinalisedVisits.completeAndFinalise(office.answerService(), haLangIn(office, plan));
            sync(office, asOffice, officeRole);
            long visit = haLangIn(inspector, plan);
            Answer answer = inspector.answerService().sheet(visit).answers().get("1.4.2");
            inspector.answerService().saveAnswer(visit, answer.withNote("sửa khi máy khác đã hoàn tất"));

            ServerAddress address = new ServerAddress("localhost", TestServers.postgres().getPort(), db,
                    inspectorRole, ServerAddress.Tls.DISABLE, null);
            SyncViewModel model = new SyncViewModel(steps(inspector, address), executor, messages);
            ViewLoader loader = new ViewLoader(messages, type -> new SyncView(model));
            robot.interact(() -> {
                ViewLoader.Loaded<SyncView> loaded = loader.load(SyncView.class);
                WindowSizing.Size size = WindowSizing.fitted(1000, 620);
                Scene scene = new Scene(loaded.root(), size.width(), size.height());
                scene.getStylesheets().add(SyncSummaryOnScreenTest.class
                        .getResource("/org/parcheck/app/theme.css").toExternalForm());
                stage.setScene(scene);
                stage.show();
            });
            PasswordField password = robot.lookup("#passwordField").query();
            robot.interact(() -> password.setText(PASSWORD));
            robot.clickOn("#primaryButton");
            waitFor(() -> model.phaseProperty().get() == SyncViewModel.Phase.DONE);

            Label status = robot.lookup("#statusLabel").queryAs(Label.class);
            assertThat(1 + ownVisits).as("the inspector's own demo plan and its visits wait").isEqualTo(4);
            AtomicReference<String> wrong = new AtomicReference<>();
            robot.interact(() -> {
                wrong.set(OnScreen.notShownInFull(status));
                OnScreen.shoot(stage.getScene(), "sync-limits-" + name);
            });
            assertThat(wrong.get()).as("the summary as drawn").isNull();
            return status;
        }
    }

    /** The dialog's steps as the app builds them (app.ServerSync): the real connector and sync service. */
    private static SyncSteps steps(AppServices laptop, ServerAddress address) {
        return new SyncSteps() {
            @Override
            public ServerAddress address() {
                return address;
            }

            @Override
            public boolean passwordKept() {
                return false;
            }

            @Override
            public Optional<char[]> keptPassword() {
                return Optional.empty();
            }

            @Override
            public Session connect(char[] password) {
                ServerConnection connection = ServerConnector.connect(address, password);
                SyncService sync = new SyncService(laptop.database(), laptop.dataDir(), null,
                        laptop.exchangeService(), connection.database(), connection.account().roleName());
                return Session.on(sync, connection::close);
            }
        };
    }

    private static SyncResult sync(AppServices laptop, Database server, String role) {
        SyncService service = new SyncService(laptop.database(), laptop.dataDir(), null, laptop.exchangeService(),
                server, role);
        return service.complete(service.prepare(SyncProgress.NONE), Map.of(), SyncProgress.NONE);
    }

    private static long haLangIn(AppServices laptop, String planUuid) {
        long planId = laptop.planService().overviews().stream()
                .filter(o -> o.plan().uuid().toString().equals(planUuid)).findFirst().orElseThrow().plan().id();
        return laptop.planService().visits(planId).stream()
                .filter(v -> v.unitDisplayName().equals("huyện Hạ Lang")).findFirst().orElseThrow().visit().id();
    }

    private static void waitFor(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("timed out", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
