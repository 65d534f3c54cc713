package org.parcheck.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parcheck.server.SyncLaptops.note;
import static org.parcheck.server.SyncLaptops.sync;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.app.AppServices;
import org.parcheck.common.fx.FxBackgroundExecutor;
import org.parcheck.common.fx.ViewLoader;
import org.parcheck.common.fx.WindowSizing;
import org.parcheck.common.i18n.Messages;
import org.parcheck.exchange.ImportPlan;
import org.parcheck.persistence.Database;
import org.parcheck.server.ui.SyncSteps;
import org.parcheck.server.ui.SyncView;
import org.parcheck.server.ui.SyncViewModel;
import org.parcheck.testing.OnScreen;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The sync dialog when another laptop sent changes to the same items during the sync ({@code SyncResult.syncAgain}),
 * reached for real and looked at (docs/server/sync-window.md, "Checked on screen"): a real PostgreSQL (TestServers),
 * the real SyncService, two H2 laptops. The inspector edits a note of the Hạ Lang visit and syncs in the dialog;
 * between its pull and its send, the office edits the same note and syncs (the state SyncServiceTest reaches the
 * same way). The "sync again" sentence must be a paragraph of its own after the summary, shown in full, with the
 * button saying Sync again; a screenshot is written to target/screenshots/sync-again-{vi,en}.png.
 */
@ExtendWith(ApplicationExtension.class)
class SyncAgainOnScreenTest {

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
    void syncAgainIsAParagraphOfItsOwnInVietnamese(FxRobot robot) throws Exception {
        Messages messages = new Messages(Messages.VIETNAMESE);
        Label status = syncMeetingAnotherSend(robot, messages, "vi");
        assertThat(status.getText()).startsWith("Đã đồng bộ.")
                .contains("xung đột đã quyết định: 0.\nTrong lúc đồng bộ, một máy khác đã gửi thay đổi")
                .endsWith("Bấm Đồng bộ lại để chọn.");
        assertThat(robot.lookup("#primaryButton").queryAs(Button.class).getText()).isEqualTo("Đồng bộ _lại");
    }

    @Test
    void syncAgainIsAParagraphOfItsOwnInEnglish(FxRobot robot) throws Exception {
        Messages messages = new Messages(Messages.ENGLISH);
        Label status = syncMeetingAnotherSend(robot, messages, "en");
        assertThat(status.getText()).startsWith("Synced.")
                .contains("conflicts decided: 0.\nWhile syncing, another laptop sent changes to the same items")
                .endsWith("Click Sync again to choose.");
    }

    /** Syncs the inspector in the dialog while the office sends a change to the same note; the summary label. */
    private Label syncMeetingAnotherSend(FxRobot robot, Messages messages, String name) throws Exception {
        AppServices office = AppServices.open(Files.createDirectories(dir.resolve("office")), true);
        AppServices inspector = AppServices.open(Files.createDirectories(dir.resolve("inspector")), false);
        try (office; inspector; Database server = Database.onServer(TestServers.freshDatabase("syncagain"))) {
            sync(office, server);
            sync(inspector, server);
            note(inspector, "1.4.2", "Đoàn: đã bổ sung báo cáo");
            AtomicBoolean sentMeanwhile = new AtomicBoolean();
            SyncService service = SyncLaptops.service(inspector, server);
            SyncSteps.Session session = new SyncSteps.Session() {
                @Override
                public SyncPlan prepare(SyncProgress progress) {
                    return service.prepare(progress);
                }

                @Override
                public SyncResult complete(SyncPlan plan, Map<String, ImportPlan.Choice> choices,
                                           SyncProgress progress) {
                    return service.complete(plan, choices, new SyncProgress() {
                        @Override
                        public void step(String key, long done, long total) {
                            progress.step(key, done, total);
                            if (SyncProgress.APPLYING.equals(key) && done == 1 && !sentMeanwhile.getAndSet(true)) {
                                // between this laptop's pull and its send, the office sends a change to the same note
                                note(office, "1.4.2", "Văn phòng: thiếu báo cáo quý");
                                sync(office, server);
                            }
                        }

                        @Override
                        public boolean cancelled() {
                            return progress.cancelled();
                        }
                    });
                }

                @Override
                public void discard(SyncPlan plan) {
                    service.discard(plan);
                }

                @Override
                public void close() {
                    // the test closes the server database
                }
            };
            SyncViewModel model = new SyncViewModel(new KeptPasswordSteps("postgres", "kept", session), executor,
                    messages);
            ViewLoader loader = new ViewLoader(messages, type -> new SyncView(model));
            robot.interact(() -> {
                ViewLoader.Loaded<SyncView> loaded = loader.load(SyncView.class);
                WindowSizing.Size size = WindowSizing.fitted(1000, 620);
                Scene scene = new Scene(loaded.root(), size.width(), size.height());
                scene.getStylesheets().add(SyncAgainOnScreenTest.class
                        .getResource("/org/parcheck/app/theme.css").toExternalForm());
                stage.setScene(scene);
                stage.show();
            });
            robot.clickOn("#primaryButton");
            waitFor(() -> sentMeanwhile.get() && model.phaseProperty().get() == SyncViewModel.Phase.READY
                    && model.statusProperty().get().endsWith(messages.get("server.sync.syncAgain")));

            Label status = robot.lookup("#statusLabel").queryAs(Label.class);
            AtomicReference<String> wrong = new AtomicReference<>();
            robot.interact(() -> {
                wrong.set(OnScreen.notShownInFull(status));
                OnScreen.shoot(stage.getScene(), "sync-again-" + name);
            });
            assertThat(wrong.get()).as("the summary as drawn").isNull();
            assertThat(SyncLaptops.noteOf(inspector, "1.4.2")).as("nothing of the inspector's was lost")
                    .isEqualTo("Đoàn: đã bổ sung báo cáo");
            robot.interact(model::close);
            return status;
        }
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
