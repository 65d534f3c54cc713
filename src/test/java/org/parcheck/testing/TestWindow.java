package org.parcheck.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.parcheck.app.AppServices;
import org.parcheck.app.AppState;
import org.parcheck.app.MainWindow;
import org.parcheck.app.settings.UiSettings;
import org.parcheck.common.fx.BackgroundExecutor;
import org.parcheck.common.fx.FxBackgroundExecutor;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real main window on a real H2 file in its own temporary data folder, for TestFX tests (#18 §3: UI tests close
 * their services and remove their temporary folders). A test makes it in its {@code @Start} and calls
 * {@link #close()} in its {@code @AfterEach}: that hides every window the test left open (a dialog, the guide), then
 * the main window, which closes the database and stops the executor as closing ParCheck does, and removes the folder.
 *
 * <pre>{@code
 * window = TestWindow.on(stage, TempFolders.create("parcheck-x")).show();   // in @Start
 * window.awaitReady(20);                                                   // in the test
 * window.close();                                                          // in @AfterEach
 * }</pre>
 */
public final class TestWindow {

    private final Stage stage;
    private final Path dataDir;
    private final MainWindow window;

    private TestWindow(Stage stage, Path dataDir, MainWindow window) {
        this.stage = stage;
        this.dataDir = dataDir;
        this.window = window;
    }

    /** A window to make on {@code stage} over {@code dataDir} (made with {@link TempFolders}, maybe filled first). */
    public static Builder on(Stage stage, Path dataDir) {
        return new Builder(stage, dataDir);
    }

    /** A window already made and shown by the test itself (a test of how the window is made), closed as any other. */
    public static TestWindow of(Stage stage, Path dataDir, MainWindow window) {
        return new TestWindow(stage, dataDir, window);
    }

    public MainWindow window() {
        return window;
    }

    public Stage stage() {
        return stage;
    }

    public Path dataDir() {
        return dataDir;
    }

    public AppState.Phase phase() {
        return window.state().phase();
    }

    /** The open database's services (once {@link #awaitReady}). */
    public AppServices services() {
        return window.state().services();
    }

    /** Waits until the database is no longer opening (open, failed or locked), then for the FX queue. */
    public AppState.Phase awaitOpened(long seconds) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> phase() != AppState.Phase.OPENING);
        WaitForAsyncUtils.waitForFxEvents();
        return phase();
    }

    /**
     * Waits until the database is open and the window ready. A first open migrates and seeds the demo: 15-20 s on a
     * loaded 2-core machine; give a generous limit, a ready window returns at once.
     */
    public void awaitReady(long seconds) throws TimeoutException {
        AppState.Phase phase = awaitOpened(seconds);
        if (phase != AppState.Phase.READY) {
            throw new AssertionError("the window did not open its database: " + phase);
        }
    }

    /**
     * Hides every other window, then the main one (its database closed and checked, its executor stopped), and
     * removes the data folder.
     */
    public void close() throws TimeoutException {
        WaitForAsyncUtils.waitForFxEvents();
        FxToolkit.setupFixture(() -> new ArrayList<>(Window.getWindows()).stream().filter(w -> w != stage)
                .forEach(Window::hide));
        FxToolkit.setupFixture(stage::hide);
        TempFolders.delete(dataDir);
    }

    /** How the window is made: its executor, whether it asks who uses the laptop, demo or real work. */
    public static final class Builder {
        private final Stage stage;
        private final Path dataDir;
        private BackgroundExecutor executor;
        private boolean askForInspector;
        private boolean realWork;

        private Builder(Stage stage, Path dataDir) {
            this.stage = stage;
            this.dataDir = dataDir;
        }

        /** Runs the window's background work on {@code executor} (default: a new {@link FxBackgroundExecutor}). */
        public Builder executor(BackgroundExecutor executor) {
            this.executor = executor;
            return this;
        }

        /** Asks who uses the laptop when the folder names nobody, as ParCheck does (default: does not ask). */
        public Builder askingWhoUsesTheLaptop() {
            this.askForInspector = true;
            return this;
        }

        /** Starts real work (no demo data) on a first start, as the welcome dialog's second button does. */
        public Builder realWork() {
            this.realWork = true;
            return this;
        }

        /** Makes the window and shows it; the database opens in the background. */
        public TestWindow show() throws IOException {
            MainWindow window = new MainWindow(stage, dataDir, UiSettings.load(dataDir),
                    executor != null ? executor : new FxBackgroundExecutor(), askForInspector);
            if (realWork) {
                window.startRealWork();
            }
            window.show();
            return new TestWindow(stage, dataDir, window);
        }
    }
}
