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
import org.parcheck.persistence.Database;
import org.parcheck.testing.TempFolders;
import org.parcheck.testing.TestWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A damaged database file: the window explains it, names the file, and leaves it untouched. */
@ExtendWith(ApplicationExtension.class)
class MainWindowFailureTest {

    private TestWindow shown;
    private Path dataDir;
    private byte[] garbage;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        dataDir = TempFolders.create("parcheck-damaged");
        garbage = new byte[32 * 1024];
        new Random(7).nextBytes(garbage);
        Files.write(Database.fileIn(dataDir), garbage);
        shown = TestWindow.on(stage, dataDir).show();
        window = shown.window();
    }

    /** Hiding the window closes its database and stops its executor (as closing ParCheck does). */
    @AfterEach
    void closeWindow() throws Exception {
        shown.close();
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
