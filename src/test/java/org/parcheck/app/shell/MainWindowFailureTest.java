package org.parcheck.app.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parcheck.app.AppState;
import org.parcheck.app.MainWindow;
import org.parcheck.app.settings.UiSettings;
import org.parcheck.common.fx.FxBackgroundExecutor;
import org.parcheck.persistence.Database;
import org.parcheck.testing.TempFolders;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A damaged database file: the window explains it, names the file, and leaves it untouched. */
@ExtendWith(ApplicationExtension.class)
class MainWindowFailureTest {

    private Path dataDir;
    private byte[] garbage;
    private MainWindow window;
    private Stage shownOn;

    @Start
    void start(Stage stage) throws Exception {
        shownOn = stage;
        dataDir = TempFolders.create("parcheck-damaged");
        garbage = new byte[32 * 1024];
        new Random(7).nextBytes(garbage);
        Files.write(Database.fileIn(dataDir), garbage);
        window = new MainWindow(stage, dataDir, UiSettings.load(dataDir), new FxBackgroundExecutor());
        window.show();
    }

    /** Hiding the window closes its database and stops its executor (as closing ParCheck does). */
    @AfterEach
    void closeWindow() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        org.testfx.api.FxToolkit.setupFixture(shownOn::hide);
        TempFolders.delete(dataDir);
    }

    @Test
    void aDamagedFileShowsAClearMessageAndIsNotTouched(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.state().phase() != AppState.Phase.OPENING);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(AppState.Phase.FAILED, window.state().phase());
        String message = robot.lookup("#failureLabel").queryLabeled().getText();
        assertThat(message).contains(Database.fileIn(dataDir).toString()).contains("bị hỏng")
                .doesNotContain("Exception");
        Node nav = robot.lookup("#navPLANS").query();
        assertTrue(nav.getParent().isDisabled(), "navigation is off while there is no database");
        assertArrayEquals(garbage, Files.readAllBytes(Database.fileIn(dataDir)));
    }
}
