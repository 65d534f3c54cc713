package org.parcheck.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Control;
import javafx.scene.control.ToggleButton;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parcheck.app.shell.MainWindowView;
import org.parcheck.common.i18n.Messages;
import org.parcheck.testing.TempFolders;
import org.parcheck.testing.TestWindow;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * D30 (#18 §2): the real main window on a real H2 folder shows its first frame (no control) before its shell, in the
 * same stage and scene; the shell, the focus and the database opening then come as before; the start-up probe prints
 * the first frame, then the shell, then the database.
 */
@ExtendWith(ApplicationExtension.class)
class FirstFrameTest {

    private final ByteArrayOutputStream probe = new ByteArrayOutputStream();
    /** The id of the scene's root at the end of each layout pass, from the first one after show(). */
    private final List<String> rootsAtPulses = new CopyOnWriteArrayList<>();
    private TestWindow shown;
    private Path dataDir;
    private Stage stage;
    private MainWindow window;
    private Parent rootRightAfterShow;
    private javafx.scene.Scene sceneAfterShow;

    @Start
    void start(Stage shownOn) throws Exception {
        stage = shownOn;
        dataDir = TempFolders.create("parcheck-firstframe");
        System.setProperty("parcheck.startupProbe", "stay");
        StartupProbe.printTo(new PrintStream(probe, true, StandardCharsets.UTF_8));
        shown = TestWindow.on(stage, dataDir).show();
        window = shown.window();
        sceneAfterShow = stage.getScene();
        rootRightAfterShow = sceneAfterShow.getRoot();
        sceneAfterShow.addPostLayoutPulseListener(() -> rootsAtPulses.add(String.valueOf(
                sceneAfterShow.getRoot().getId())));
    }

    @AfterEach
    void close() throws Exception {
        System.clearProperty("parcheck.startupProbe");
        StartupProbe.printTo(null);
        shown.close();
    }

    private void awaitReady() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.state().phase() != AppState.Phase.OPENING);
        assertEquals(AppState.Phase.READY, window.state().phase());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theFirstFrameIsDrawnWithoutAControlThenTheShellFillsTheSameWindow() throws Exception {
        // the window is showing when show() returns, with the light content and no control in it
        assertEquals(FirstFrame.ID, rootRightAfterShow.getId());
        assertThat(controlsIn(rootRightAfterShow)).isEmpty();
        Text text = (Text) rootRightAfterShow.lookup("#" + FirstFrame.TEXT_ID);
        assertEquals(new Messages(Messages.VIETNAMESE).get("app.firstFrame.opening"), text.getText());
        assertThat(text.getText()).isEqualTo("ParCheck — đang mở…");
        assertEquals("ParCheck – Kiểm tra cải cách hành chính", stage.getTitle());

        awaitReady();
        // the first pulse laid out (and drew) the first frame; a later one the shell, in the same scene and stage
        assertThat(rootsAtPulses).first().isEqualTo(FirstFrame.ID);
        assertThat(rootsAtPulses).contains("rootPane");
        assertThat(stage.getScene()).isSameAs(sceneAfterShow);
        assertEquals("rootPane", stage.getScene().getRoot().getId());
        assertThat(stage.getScene().getStylesheets()).anyMatch(css -> css.endsWith("/org/parcheck/app/theme.css"));
        // the keyboard focus lands where it did before D30: the first navigation button
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.getScene().getFocusOwner() != null);
        assertEquals("navPLANS", stage.getScene().getFocusOwner().getId());
        // the navigation's tooltips, set once the shell is shown, are there as before
        ToggleButton plans = (ToggleButton) stage.getScene().lookup("#navPLANS");
        assertThat(plans.getTooltip()).isNotNull();
        assertEquals(((ButtonBase) stage.getScene().lookup("#syncButton")).getTooltip().getText(),
                MainWindowView.SYNC_SHORTCUT.getDisplayText());
    }

    @Test
    void theProbePrintsTheFirstFrameThenTheShellThenTheDatabase() throws Exception {
        awaitReady();
        List<String> names = new ArrayList<>();
        for (String line : probe.toString(StandardCharsets.UTF_8).split("\\R")) {
            if (!line.isBlank()) {
                names.add(line.substring(0, line.indexOf('=')));
            }
        }
        assertThat(names).containsSubsequence("PARCHECK_WINDOW_SHOWN_MS", "PARCHECK_SHELL_SHOWN_MS",
                "PARCHECK_DATABASE_READY_MS");
        if (StartupProbe.processCpuMillis() >= 0) {
            assertThat(names).containsExactly("PARCHECK_WINDOW_SHOWN_CPU_MS", "PARCHECK_WINDOW_SHOWN_MS",
                    "PARCHECK_SHELL_SHOWN_CPU_MS", "PARCHECK_SHELL_SHOWN_MS", "PARCHECK_DATABASE_READY_MS");
        }
        long window = valueOf("PARCHECK_WINDOW_SHOWN_MS");
        long shell = valueOf("PARCHECK_SHELL_SHOWN_MS");
        assertThat(shell).isGreaterThanOrEqualTo(window);
    }

    private long valueOf(String name) {
        for (String line : probe.toString(StandardCharsets.UTF_8).split("\\R")) {
            if (line.startsWith(name + "=")) {
                return Long.parseLong(line.substring(name.length() + 1).trim());
            }
        }
        throw new AssertionError(name + " not printed: " + probe);
    }

    private static List<Node> controlsIn(Node node) {
        List<Node> found = new ArrayList<>();
        if (node instanceof Control) {
            found.add(node);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> found.addAll(controlsIn(child)));
        }
        return found;
    }
}
