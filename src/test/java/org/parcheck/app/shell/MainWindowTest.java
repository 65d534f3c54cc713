package org.parcheck.app.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.CRC32C;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parcheck.app.AppServices;
import org.parcheck.app.AppState;
import org.parcheck.app.MainWindow;
import org.parcheck.app.settings.UiSettings;
import org.parcheck.common.fx.FxBackgroundExecutor;
import org.parcheck.common.i18n.Messages;
import org.parcheck.persistence.Database;
import org.parcheck.persistence.VerifiedFile;
import org.parcheck.persistence.backup.BackupInfo;
import org.parcheck.plan.Visit;
import org.parcheck.plan.ui.PlanListViewModel.PlanRow;
import org.parcheck.plan.ui.PlanListViewModel.VisitRow;
import org.parcheck.testing.TempFolders;
import org.parcheck.testing.TestWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real main window on a real H2 file in a temp folder, database opened in the background. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private TestWindow shown;
    private MainWindow window;
    private Path dataDir;
    private FxBackgroundExecutor executor;

    @Start
    void start(Stage stage) throws Exception {
        executor = new FxBackgroundExecutor();
        shown = TestWindow.on(stage, TempFolders.create("parcheck-ui")).executor(executor).show();
        window = shown.window();
        dataDir = shown.dataDir();
    }

    /** Hiding the window closes its database and stops its executor (as closing ParCheck does). */
    @AfterEach
    void closeWindow() throws Exception {
        shown.close();
    }

    private void awaitReady() throws Exception {
        // the first open migrates and seeds the demo: 15-20 s on a loaded 2-core machine, so 20 s timed out there
        shown.awaitReady(120);
    }

    /**
     * D33: once the window is closed its database file is checked once more, read-only, and the checked bytes noted,
     * so that a command run next skips the row-by-row check: the note names the file's bytes as the close left them.
     */
    @Test
    void closingTheWindowNotesTheBytesItLeaves() throws Exception {
        awaitReady();
        Path note = dataDir.resolve(VerifiedFile.FILE_NAME);
        Files.deleteIfExists(note); // the open noted the bytes it found; the session has written since
        org.testfx.api.FxToolkit.setupFixture(shown.stage()::hide);
        WaitForAsyncUtils.waitForFxEvents();
        byte[] bytes = Files.readAllBytes(Database.fileIn(dataDir));
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        assertThat(Files.readString(note, StandardCharsets.UTF_8))
                .contains(" size=" + bytes.length + " crc32c=" + Long.toHexString(crc.getValue()) + " ");
    }

    @Test
    void opensWithTheDemoPlanListedAndItsVisits(FxRobot robot) throws Exception {
        awaitReady();
        TableView<PlanRow> plans = robot.lookup("#planTable").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !plans.getItems().isEmpty());
        assertEquals("3199/KH-UBND", plans.getItems().get(0).numberSymbol());
        assertEquals("Đã hoàn tất 0/3 · đang làm 1 · chưa bắt đầu 2", plans.getItems().get(0).progress(),
                "finalised out of all first: the rest may be cut short in the column");
        TableView<VisitRow> visits = robot.lookup("#visitTable").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> visits.getItems().size() == 3);
        assertThat(visits.getItems()).extracting(VisitRow::unit).contains("Xã Cô Ngân, huyện Hạ Lang");
        assertThat(robot.lookup("#statusLabel").queryLabeled().getText()).contains("parcheck.mv.db");
        // #17: no server saved for this folder, never synced: the Sync button is disabled, no last-sync line
        assertThat(robot.lookup("#syncButton").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#lastSyncLabel").queryLabeled().getText()).isEmpty();
    }

    @Test
    void navigationSwitchesViewsByClickAndByShortcut(FxRobot robot) throws Exception {
        awaitReady();
        robot.clickOn("#navUNITS");
        WaitForAsyncUtils.waitForFxEvents();
        TreeTableView<?> tree = robot.lookup("#unitTree").query();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> tree.getRoot() != null
                && !tree.getRoot().getChildren().isEmpty());
        assertThat(tree.getExpandedItemCount()).isGreaterThanOrEqualTo(19);

        robot.clickOn("#navFRAMEWORKS");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#frameworkTable").tryQuery()).isPresent();

        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.DIGIT1)
                .release(javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#planTable").tryQuery()).isPresent();
    }

    @Test
    void restoringABackupBringsBackTheOlderDataAndTheWindowComesBack(FxRobot robot) throws Exception {
        awaitReady();
        AppServices services = window.state().services();
        // on the window's writer, as the app backs up: once READY the window queues its start-up backup there. Taken
        // from this thread in the same second, both backups chose the same file name and temporary file, and the
        // later one (made after the visit below was added) could become "yesterday" (found by reading, not seen)
        AtomicReference<BackupInfo> taken = new AtomicReference<>();
        robot.interact(() -> executor.write(() -> services.backups().backupNow()).onSuccess(taken::set).start());
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> taken.get() != null);
        BackupInfo yesterday = taken.get();
        services.plans().insertVisit(Visit.planned(services.planService().overviews().get(0).plan().id(),
                services.planService().units().get(0).id(), null, "Hội trường"));
        assertEquals(4, services.planService().overviews().get(0).visits());

        robot.interact(() -> window.restore(yesterday));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> window.state().phase() == AppState.Phase.READY
                && window.state().services() != services);
        // READY is set in the same FX runnable that then shows the "restored" note: let it finish before looking
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, window.state().services().planService().overviews().get(0).visits());
        assertThat(window.state().services().backups().list()).anyMatch(BackupInfo::beforeRestore);
        robot.lookup(".dialog-pane .button").queryAll().forEach(b -> robot.interact(() ->
                ((Button) b).fire()));
    }

    @Test
    void switchingToEnglishChangesVisibleTextAndIsRemembered(FxRobot robot) throws Exception {
        awaitReady();
        Labeled plansButton = robot.lookup("#navPLANS").queryLabeled();
        assertEquals("Kế hoạch kiểm tra", plansButton.getText());
        robot.clickOn("#navSETTINGS");
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<java.util.Locale> language = robot.lookup("#languageComboBox").queryComboBox();
        robot.interact(() -> language.getSelectionModel().select(Messages.ENGLISH));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Inspection plans", robot.lookup("#navPLANS").queryLabeled().getText());
        // still on the settings page after the reload
        assertThat(robot.lookup("#languageComboBox").tryQuery()).isPresent();
        assertEquals(Messages.ENGLISH, UiSettings.load(dataDir).language());
    }
}
