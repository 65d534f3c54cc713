package org.parcheck.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parcheck.app.settings.UiSettings;
import org.parcheck.common.fx.FxBackgroundExecutor;
import org.parcheck.common.i18n.Messages;
import org.parcheck.testing.TempFolders;
import org.parcheck.testing.TestWindow;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * #18 §2, session 11: ParCheckApp shows the first frame before it creates the {@link MainWindow}; the main window
 * then fills that very window and scene (no second window, no second first frame), on a real H2 folder.
 */
@ExtendWith(ApplicationExtension.class)
class FirstFrameBeforeWindowTest {

    private final ByteArrayOutputStream probe = new ByteArrayOutputStream();
    private Path dataDir;
    private Stage stage;
    private Scene firstFrameScene;
    private boolean showingBeforeTheWindowExisted;
    private MainWindow window;
    private TestWindow shown;

    @Start
    void start(Stage shownOn) throws Exception {
        stage = shownOn;
        dataDir = TempFolders.create("parcheck-firstframe-before");
        System.setProperty("parcheck.startupProbe", "stay");
        StartupProbe.printTo(new PrintStream(probe, true, StandardCharsets.UTF_8));
        UiSettings settings = UiSettings.load(dataDir);
        // as ParCheckApp does: the first frame, then the window's classes and services
        firstFrameScene = FirstFrame.show(stage, settings, new Messages(settings.language()));
        showingBeforeTheWindowExisted = stage.isShowing() && FirstFrame.isShownIn(stage);
        window = new MainWindow(stage, dataDir, settings, new FxBackgroundExecutor());
        window.show();
        shown = TestWindow.of(stage, dataDir, window);
    }

    @AfterEach
    void close() throws Exception {
        System.clearProperty("parcheck.startupProbe");
        StartupProbe.printTo(null);
        shown.close();
    }

    @Test
    void theMainWindowFillsTheFirstFrameAlreadyShown() throws Exception {
        assertThat(showingBeforeTheWindowExisted).as("the first frame is on the screen before the MainWindow").isTrue();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.state().phase() != AppState.Phase.OPENING);
        assertEquals(AppState.Phase.READY, window.state().phase());
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(firstFrameScene, stage.getScene(), "the shell is built in the first frame's scene");
        assertEquals("rootPane", stage.getScene().getRoot().getId());
        assertEquals("ParCheck – Kiểm tra cải cách hành chính", stage.getTitle());
        assertThat(stage.getMinWidth()).isEqualTo(800);
        String printed = probe.toString(StandardCharsets.UTF_8);
        assertThat(printed.split("PARCHECK_WINDOW_SHOWN_MS=", -1)).as("the first frame is shown once").hasSize(2);
        assertThat(printed).contains("PARCHECK_SHELL_SHOWN_MS=", "PARCHECK_DATABASE_READY_MS=");
        // closing the window still runs the main window's close (the bounds are saved)
        WaitForAsyncUtils.asyncFx(stage::hide).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> UiSettings.load(dataDir).window().isPresent());
    }
}
