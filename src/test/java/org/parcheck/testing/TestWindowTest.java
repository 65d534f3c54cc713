package org.parcheck.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parcheck.app.AppServices;
import org.parcheck.common.fx.FxBackgroundExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * What the window tests count on {@link TestWindow#close()} for: every window hidden, the database closed, the
 * executor stopped, the folder removed.
 */
@ExtendWith(ApplicationExtension.class)
class TestWindowTest {

    private final FxBackgroundExecutor executor = new FxBackgroundExecutor();
    private TestWindow shown;

    @Start
    void start(Stage stage) throws Exception {
        shown = TestWindow.on(stage, TempFolders.create("parcheck-test-window")).executor(executor).show();
    }

    @Test
    void closeHidesEveryWindowClosesTheDatabaseStopsTheExecutorAndRemovesTheFolder(FxRobot robot) throws Exception {
        shown.awaitReady(120);
        AppServices services = shown.services();
        assertThat(services.planService().overviews()).as("the demo plan, read while open").isNotEmpty();
        AtomicReference<Stage> leftOpen = new AtomicReference<>();
        robot.interact(() -> {
            Stage dialog = new Stage();
            dialog.setScene(new Scene(new Label("a dialog the test left open")));
            dialog.show();
            leftOpen.set(dialog);
        });

        shown.close();

        assertThat(shown.stage().isShowing()).as("the main window").isFalse();
        assertThat(leftOpen.get().isShowing()).as("the window the test left").isFalse();
        assertThatThrownBy(() -> services.planService().overviews()).as("the database, closed with the window")
                .isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> executor.run(() -> 1).start()).as("the window's executor, stopped")
                .isInstanceOf(RejectedExecutionException.class);
        assertThat(shown.dataDir()).doesNotExist();
    }
}
