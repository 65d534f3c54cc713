package org.parcheck.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.parcheck.common.fx.DialogService;
import org.parcheck.common.fx.Dialogs;
import org.parcheck.common.fx.FxDialogService;
import org.parcheck.app.settings.UiSettings;
import org.parcheck.common.fx.FxBackgroundExecutor;
import org.parcheck.common.fx.UncaughtErrors;
import org.parcheck.common.i18n.Messages;

/** The JavaFX application: data folder, single-instance guard, logging, then the main window. */
public final class ParCheckApp extends Application {

    private static final Logger LOG = Logger.getLogger(ParCheckApp.class.getName());
    private InstanceLock instanceLock;
    private PackageInbox inbox;

    @Override
    public void start(Stage stage) {
        WindowWarmUp.startFirstFrame();
        String[] raw = getParameters().getRaw().toArray(String[]::new);
        Path chosenDir = DataFolder.resolve(raw);
        Messages fallback = new Messages(Messages.VIETNAMESE);
        // #16 §5: the first start asks demo or real work; the demo has its own folder (FirstStart)
        Optional<FirstStart.Opening> decided = FirstStart.decide(chosenDir, raw);
        boolean askedFirstStart = decided.isEmpty();
        if (decided.isEmpty()) {
            Optional<FirstStart.Choice> choice = FirstStartDialog.ask(new Messages(UiSettings.load(chosenDir)
                    .language()));
            if (choice.isEmpty()) {
                Platform.exit();
                return;
            }
            decided = Optional.of(FirstStart.chosen(chosenDir, choice.get()));
        }
        FirstStart.Opening opening = decided.get();
        Path dataDir = opening.folder();
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            fatal(fallback, "app.error.dataFolder", dataDir);
            return;
        }
        Optional<InstanceLock> lock;
        try {
            lock = InstanceLock.tryAcquire(dataDir);
        } catch (IOException e) {
            fatal(fallback, "app.error.dataFolder", dataDir);
            return;
        }
        if (lock.isEmpty() && InstanceLock.isClosing(dataDir)) {
            // a ParCheck whose window was just closed is still closing the folder: wait for it, with the window on
            // the screen (#18)
            UiSettings waiting = UiSettings.load(dataDir);
            FxBackgroundExecutor executor = new FxBackgroundExecutor();
            ClosingWait.await(stage, dataDir, waiting, new Messages(waiting.language()), executor,
                    InstanceLock.CLOSING_WAIT, held -> open(stage, opening, held, executor, askedFirstStart),
                    e -> fatal(fallback, "app.error.dataFolder", dataDir));
            return;
        }
        open(stage, opening, lock, null, askedFirstStart);
    }

    /**
     * With the lock (or without it: a message, or a package handed to the ParCheck that has the folder open).
     * {@code executor}: the one the wait used, or null for a new one, made after the first frame (#18 §2: nothing
     * the first frame does not need comes before it).
     */
    private void open(Stage stage, FirstStart.Opening opening, Optional<InstanceLock> lock,
                      FxBackgroundExecutor executor, boolean askedFirstStart) {
        Path dataDir = opening.folder();
        // read once the lock is held: a ParCheck that was closing saved its window's place last
        UiSettings settings = UiSettings.load(dataDir);
        Messages messages = new Messages(settings.language());
        String[] args = getParameters().getRaw().toArray(String[]::new);
        if (lock.isEmpty()) {
            boolean closing = InstanceLock.isClosing(dataDir);
            Optional<Path> file = LaunchFile.packageIn(args);
            // a ParCheck that is closing would never open a package handed to it
            if (file.isPresent() && !closing && handOver(dataDir, file.get())) {
                Platform.exit();
                return;
            }
            fatal(messages, closing ? "app.error.stillClosing" : "app.error.alreadyRunning", dataDir);
            return;
        }
        instanceLock = lock.get();
        // the window disappears first; the database is closed and checked after (MainWindow.close): meanwhile a
        // ParCheck started on this folder waits rather than saying that ParCheck is open
        stage.addEventFilter(WindowEvent.WINDOW_HIDDEN, event -> instanceLock.markClosing());
        // #18 §2: the window on the screen first, then the classes and services of the main window behind it
        FirstFrame.show(stage, settings, messages);
        MainWindow window = new MainWindow(stage, dataDir, settings,
                executor != null ? executor : new FxBackgroundExecutor(), true);
        // D30: the log file and the error dialog once the first frame is drawn, before the shell and the database
        window.afterFirstFrame(() -> {
            AppLogging.configure(dataDir);
            installErrorHandler(messages, dataDir);
            LOG.info(() -> "ParCheck starting with data folder " + dataDir);
        });
        if (!opening.demo()) {
            window.startRealWork();
            if (askedFirstStart) {
                // #19: a new real-work folder is offered protection before its database is created
                window.offerProtection();
            }
        }
        LaunchFile.packageIn(args).ifPresent(window::openPackageWhenReady);
        window.show();
        try {
            inbox = PackageInbox.watch(dataDir, file -> Platform.runLater(() -> {
                stage.toFront();
                window.openPackageWhenReady(file);
            }));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "No package inbox in " + dataDir + "; packages opened later start a new window", e);
        }
    }

    /** A package opened while ParCheck already runs on this folder goes to the running window's import screen. */
    private static boolean handOver(Path dataDir, Path file) {
        try {
            PackageInbox.handOver(dataDir, file);
            LOG.info(() -> "Handed " + file + " to the ParCheck already running on " + dataDir);
            return true;
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not hand " + file + " to the running ParCheck", e);
            return false;
        }
    }

    private static void installErrorHandler(Messages messages, Path dataDir) {
        DialogService dialogs = new FxDialogService(messages, () -> null);
        UncaughtErrors.setHandler(error -> Platform.runLater(() -> dialogs.error(messages.get("common.error.title"),
                messages.get("common.error.unexpected", AppLogging.logFile(dataDir)))));
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> UncaughtErrors.report(error));
    }

    /** Before any window: the one alert not asked through DialogService, since ParCheck stops once it is closed. */
    private static void fatal(Messages messages, String key, Path dataDir) {
        LOG.log(Level.SEVERE, messages.get(key, dataDir));
        Alert alert = new Alert(Alert.AlertType.ERROR, messages.get(key, dataDir), ButtonType.OK);
        alert.setHeaderText(messages.get("app.name"));
        Dialogs.localize(alert, messages.bundle()).showAndWait();
        Platform.exit();
    }

    @Override
    public void stop() throws IOException {
        if (inbox != null) {
            inbox.close();
        }
        if (instanceLock != null) {
            instanceLock.close();
        }
    }
}
