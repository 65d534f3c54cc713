package org.parcheck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parcheck.app.settings.UiSettings;
import org.parcheck.common.fx.FxBackgroundExecutor;
import org.parcheck.common.i18n.Messages;
import org.parcheck.testing.TempFolders;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * #18: a start that finds its folder held by a ParCheck still closing it shows its window at once, saying that it
 * waits, and waits off the JavaFX thread; it opens once the previous ParCheck has let the folder go, gives up after
 * the wait, and stops waiting (taking no lock) when the user closes the waiting window.
 */
@ExtendWith(ApplicationExtension.class)
class ClosingWaitTest {

    private final Messages messages = new Messages(Messages.VIETNAMESE);
    private final List<Optional<InstanceLock>> opened = new CopyOnWriteArrayList<>();
    private final List<Throwable> failures = new CopyOnWriteArrayList<>();
    private final CountDownLatch waitsEnded = new CountDownLatch(1);
    private Stage stage;
    private Path dataDir;
    private FxBackgroundExecutor executor;
    private InstanceLock previous;

    @Start
    void start(Stage shownOn) {
        stage = shownOn;
    }

    @BeforeEach
    void folderHeldByAParCheckThatIsClosing() throws IOException {
        dataDir = TempFolders.create("parcheck-closingwait");
        // counts the background work that ended (its result then goes to the JavaFX thread)
        executor = new FxBackgroundExecutor(result -> {
            waitsEnded.countDown();
            Platform.runLater(result);
        });
        previous = InstanceLock.tryAcquire(dataDir).orElseThrow();
        previous.markClosing();
    }

    @AfterEach
    void release(FxRobot robot) throws IOException {
        robot.interact(stage::hide);
        previous.close();
        for (Optional<InstanceLock> lock : opened) {
            if (lock.isPresent()) {
                lock.get().close();
            }
        }
        executor.shutdown();
        TempFolders.delete(dataDir);
    }

    @Test
    void theWindowSaysThatItWaitsThenOpensOnceThePreviousParCheckHasLetTheFolderGo(FxRobot robot) throws Exception {
        robot.interact(() -> await(Duration.ofSeconds(20)));

        assertTrue(stage.isShowing(), "the window is on the screen while it waits");
        assertEquals(messages.get("app.firstFrame.waitingForClose"), firstFrameText());
        assertTrue(opened.isEmpty(), "nothing opened while the previous ParCheck holds the folder");

        previous.close();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !opened.isEmpty());

        assertTrue(opened.get(0).isPresent(), "the lock, once the previous ParCheck has let it go");
        assertEquals(messages.get("app.firstFrame.opening"), firstFrameText());
        assertTrue(InstanceLock.tryAcquire(dataDir).isEmpty(), "the waiting start now holds the folder");
        assertTrue(failures.isEmpty());
    }

    @Test
    void aFolderStillClosingAfterTheWaitGivesNoLock(FxRobot robot) throws TimeoutException {
        robot.interact(() -> await(Duration.ofMillis(300)));

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !opened.isEmpty());

        assertFalse(opened.get(0).isPresent(), "still closing after the wait: ParCheckApp says so");
        assertTrue(InstanceLock.isClosing(dataDir));
    }

    @Test
    void closingTheWaitingWindowStopsTheWaitAndTakesNoLock(FxRobot robot) throws Exception {
        robot.interact(() -> await(Duration.ofSeconds(20)));
        robot.interact(stage::hide);

        // the previous ParCheck still holds the folder and is still closing: only the closed window ends the wait
        assertTrue(waitsEnded.await(5, TimeUnit.SECONDS), "the wait stops when its window is closed");
        previous.close();
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(opened.isEmpty(), "no main window for a start whose window was closed while it waited");
        Optional<InstanceLock> next = InstanceLock.tryAcquire(dataDir);
        assertTrue(next.isPresent(), "the folder is free for the next ParCheck");
        previous = next.get();
    }

    @Test
    void aLockFileThatCannotBeOpenedIsReportedNotWaitedOn(FxRobot robot) throws Exception {
        Path broken = TempFolders.create("parcheck-closingwait-broken");
        try {
            Files.createDirectory(broken.resolve(InstanceLock.FILE_NAME)); // a folder where the lock file should be
            Files.writeString(broken.resolve(InstanceLock.CLOSING_FILE), "closing\n");
            robot.interact(() -> await(broken, Duration.ofSeconds(20)));

            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !failures.isEmpty());

            assertTrue(failures.get(0) instanceof IOException, failures.get(0).toString());
            assertTrue(opened.isEmpty());
        } finally {
            TempFolders.delete(broken);
        }
    }

    private void await(Duration wait) {
        await(dataDir, wait);
    }

    private void await(Path folder, Duration wait) {
        ClosingWait.await(stage, folder, UiSettings.load(folder), messages, executor, wait, opened::add,
                failures::add);
    }

    private String firstFrameText() {
        return ((Text) stage.getScene().lookup("#" + FirstFrame.TEXT_ID)).getText();
    }
}
