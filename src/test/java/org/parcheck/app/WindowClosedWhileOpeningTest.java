package org.parcheck.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parcheck.app.settings.UiSettings;
import org.parcheck.common.fx.BackgroundExecutor;
import org.parcheck.common.fx.BackgroundTask;
import org.parcheck.common.fx.FxBackgroundExecutor;
import org.parcheck.persistence.Database;
import org.parcheck.persistence.VerifiedFile;
import org.parcheck.testing.TempFolders;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window closed while its database still opens (here: a new folder, its database created and the demo seeded,
 * held until the window is closing): the close waits for the open and closes what it opened, so the H2 file is
 * closed cleanly and checked after close, and nothing of the window comes back afterwards (session 11; before, the
 * open went on unowned and the file was never closed). Closed earlier, during the protection check that comes before
 * the open ({@link WindowProtection#beforeOpening}), nothing is opened at all.
 */
@ExtendWith(ApplicationExtension.class)
class WindowClosedWhileOpeningTest {

    /** H2's own lock file beside a file opened with FILE_LOCK=FILE, there while the file is open. */
    private static final String H2_LOCK_FILE = "parcheck.lock.db";

    private final CountDownLatch openStarted = new CountDownLatch(1);
    private final CountDownLatch openMayGo = new CountDownLatch(1);
    /** Which of the window's reads is held: the first is the protection check, the second the database open. */
    private int heldRead = 2;
    private Path dataDir;
    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage shownOn) throws Exception {
        stage = shownOn;
        dataDir = TempFolders.create("parcheck-closed-while-opening");
    }

    private void showWindow() throws Exception {
        FxToolkit.setupFixture(() -> {
            window = new MainWindow(stage, dataDir, UiSettings.load(dataDir), new HeldRead(new FxBackgroundExecutor()));
            window.show();
        });
    }

    private void closeWhileHeld() throws Exception {
        assertTrue(openStarted.await(30, TimeUnit.SECONDS), "the window started its read");
        assertEquals(AppState.Phase.OPENING, window.state().phase());
        // the close is queued on the FX thread before the read may go on, so it comes first whatever the timing
        Future<Void> hidden = WaitForAsyncUtils.asyncFx(stage::hide);
        openMayGo.countDown();
        hidden.get(120, TimeUnit.SECONDS);
        // the close stopped the executor, which waited for the read: its callback is queued by now; run it
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        openMayGo.countDown();
        WaitForAsyncUtils.waitForFxEvents();
        FxToolkit.setupFixture(stage::hide);
        TempFolders.delete(dataDir);
    }

    @Test
    void closingWhileTheDatabaseOpensWaitsForItAndClosesIt() throws Exception {
        showWindow();
        closeWhileHeld();

        Path file = Database.fileIn(dataDir);
        assertThat(file).exists();
        assertThat(dataDir.resolve(H2_LOCK_FILE)).as("H2 closed the file it opened").doesNotExist();
        assertThat(Files.exists(dataDir.resolve(VerifiedFile.FILE_NAME))).as("the file was checked after close")
                .isTrue();
        assertThat(window.state().phase()).as("the window never became ready after it was closed")
                .isEqualTo(AppState.Phase.OPENING);
        assertThat(Window.getWindows()).noneMatch(Window::isShowing);
        // and the folder opens again at once, with the demo the open had seeded
        try (AppServices services = AppServices.open(dataDir)) {
            assertThat(services.planService().overviews()).isNotEmpty();
        }
    }

    @Test
    void closingDuringTheProtectionCheckOpensNothing() throws Exception {
        heldRead = 1;
        showWindow();
        closeWhileHeld();

        assertThat(Database.fileIn(dataDir)).as("no database was created after the window closed").doesNotExist();
        assertThat(dataDir.resolve(H2_LOCK_FILE)).doesNotExist();
        assertThat(window.state().phase()).isEqualTo(AppState.Phase.OPENING);
        assertThat(Window.getWindows()).noneMatch(Window::isShowing);
    }

    /** The production executor, with one read of the window ({@link #heldRead}) held until the test lets it go. */
    private final class HeldRead implements BackgroundExecutor {
        private final BackgroundExecutor delegate;
        private int reads;

        HeldRead(BackgroundExecutor delegate) {
            this.delegate = delegate;
        }

        @Override
        public <T> BackgroundTask<T> run(Callable<T> work) {
            if (++reads != heldRead) {
                return delegate.run(work);
            }
            return delegate.run(() -> {
                openStarted.countDown();
                assertTrue(openMayGo.await(60, TimeUnit.SECONDS));
                return work.call();
            });
        }

        @Override
        public <T> BackgroundTask<T> write(Callable<T> work) {
            return delegate.write(work);
        }

        @Override
        public <T> BackgroundTask<T> runTracked(BackgroundTask.Work<T> work) {
            return delegate.runTracked(work);
        }

        @Override
        public <T> BackgroundTask<T> writeTracked(BackgroundTask.Work<T> work) {
            return delegate.writeTracked(work);
        }

        @Override
        public void shutdown() {
            delegate.shutdown();
        }
    }
}
