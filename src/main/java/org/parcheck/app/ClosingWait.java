package org.parcheck.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.parcheck.app.settings.UiSettings;
import org.parcheck.common.fx.BackgroundExecutor;
import org.parcheck.common.fx.BackgroundTask;
import org.parcheck.common.i18n.Messages;

/**
 * A start that finds its data folder held by a ParCheck that is closing it ({@link InstanceLock#isClosing}: its
 * window was just closed, its database is being compacted and checked) waits for that close with its own window on
 * the screen: the first frame says that the previous ParCheck is finishing, and the lock is waited for on the
 * background executor, not on the JavaFX thread. Before, the start waited on the JavaFX thread before any window:
 * up to {@link InstanceLock#CLOSING_WAIT} with nothing on the screen, long enough for a user to start ParCheck again.
 *
 * <p>The user may close the waiting window: the wait then gives up and takes no lock.
 */
final class ClosingWait {

    private static final Logger LOG = Logger.getLogger(ClosingWait.class.getName());

    private ClosingWait() {
    }

    /**
     * Shows the first frame in {@code stage} saying that ParCheck waits, and waits up to {@code wait} for the lock.
     * Then, on the JavaFX thread: {@code then} with the lock (empty when the folder is still held after the wait, or
     * held by a ParCheck that is not closing), the first frame saying "opening" again; {@code failed} when the lock
     * file cannot be opened (logged). Neither is called when the window was closed meanwhile.
     */
    static void await(Stage stage, Path dataDir, UiSettings settings, Messages messages, BackgroundExecutor executor,
                      Duration wait, Consumer<Optional<InstanceLock>> then, Consumer<Throwable> failed) {
        Scene scene = FirstFrame.show(stage, settings, messages);
        FirstFrame.say(scene, messages.get("app.firstFrame.waitingForClose"));
        LOG.info(() -> "Waiting for the ParCheck that is closing " + dataDir);
        BackgroundTask<Optional<InstanceLock>> task = executor.runTracked(progress -> {
            Optional<InstanceLock> lock = InstanceLock.acquire(dataDir, wait, progress::isCancelled);
            if (progress.isCancelled()) {
                lock.ifPresent(ClosingWait::release); // the window was closed: nobody will use the folder
                return Optional.empty();
            }
            return lock;
        });
        EventHandler<WindowEvent> closed = event -> task.cancel();
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, closed);
        task.onSuccess(lock -> {
            stage.removeEventHandler(WindowEvent.WINDOW_HIDDEN, closed);
            if (!stage.isShowing()) {
                lock.ifPresent(ClosingWait::release); // closed as the wait ended
                return;
            }
            FirstFrame.say(scene, messages.get("app.firstFrame.opening"));
            then.accept(lock);
        }).onError(error -> {
            stage.removeEventHandler(WindowEvent.WINDOW_HIDDEN, closed);
            LOG.log(Level.SEVERE, "Could not take the lock of " + dataDir, error);
            failed.accept(error);
        }).start();
    }

    private static void release(InstanceLock lock) {
        try {
            lock.close();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not let go of the data folder's lock", e);
        }
    }
}
