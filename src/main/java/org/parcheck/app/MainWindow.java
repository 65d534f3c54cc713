package org.parcheck.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.parcheck.app.backup.BackupService;
import org.parcheck.app.navigation.NavigationModel;
import org.parcheck.app.navigation.Route;
import org.parcheck.app.start.FirstStepsView;
import org.parcheck.app.settings.UiSettings;
import org.parcheck.app.shell.MainWindowView;
import org.parcheck.app.shell.MainWindowViewModel;
import org.parcheck.protection.ui.ProtectionWindows;
import org.parcheck.common.fx.BackgroundExecutor;
import org.parcheck.common.fx.ViewLoader;
import org.parcheck.common.i18n.Messages;
import org.parcheck.persistence.Database;
import org.parcheck.persistence.DatabaseException;
import org.parcheck.persistence.VerifiedFile;
import org.parcheck.persistence.backup.BackupInfo;
import org.parcheck.persistence.backup.DatabaseRestore;
import org.parcheck.protection.DataKey;

/**
 * The running application for one data folder: shows the window at once, opens the database in the
 * background, rebuilds the window on a language switch, and saves the window bounds on close.
 */
public final class MainWindow {

    private static final Logger LOG = Logger.getLogger(MainWindow.class.getName());
    private static final String THEME = "/org/parcheck/app/theme.css";
    /** How long a window closed while its database opens waits for the open (migrations, a large file's check). */
    private static final Duration OPEN_WAIT = Duration.ofMinutes(2);
    private static final DateTimeFormatter LAST_SYNC = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final Stage stage;
    private final Path dataDir;
    private final UiSettings settings;
    private final BackgroundExecutor executor;
    private final AppState state = new AppState();
    private final NavigationModel navigation = new NavigationModel();
    private final AppInfo info;
    private Messages messages;
    private AppControllers controllers;
    private Path packageToOpen;
    private final boolean askForInspector;
    private boolean restoreOffered;
    /** #16 §5: a real-work folder is never seeded with the demo (FirstStart). */
    private boolean realWork;
    /** #19: the folder's key for the session, asked once (the unlock dialog), wiped on close. */
    private final WindowProtection protection;
    private Runnable quit = Platform::exit;
    private Runnable afterFirstFrame = () -> { };
    private final OpeningInFlight opening = new OpeningInFlight();
    private boolean closed;

    public MainWindow(Stage stage, Path dataDir, UiSettings settings, BackgroundExecutor executor) {
        this(stage, dataDir, settings, executor, false);
    }

    /**
     * @param askForInspector whether to ask "who is using this laptop" once the database is open and nobody was
     *                        chosen for this data folder yet (#15); ParCheckApp asks, most window tests do not
     */
    public MainWindow(Stage stage, Path dataDir, UiSettings settings, BackgroundExecutor executor,
                      boolean askForInspector) {
        this.askForInspector = askForInspector;
        this.stage = stage;
        this.dataDir = dataDir;
        this.settings = settings;
        this.executor = executor;
        this.info = AppInfo.of(dataDir);
        this.messages = new Messages(settings.language());
        this.protection = new WindowProtection(dataDir, executor, state);
    }

    public AppState state() {
        return state;
    }

    /** Opens this window's folder as real work: a new database gets no demo data (call before {@link #show()}). */
    public void startRealWork() {
        realWork = true;
    }

    /** #19: at first start with real work, offer to protect the new folder with a password (call before show). */
    public void offerProtection() {
        protection.offerAtFirstStart();
    }

    /**
     * #19: what quitting the unlock dialog does (ParCheck stops, the folder neither opened nor changed): by default
     * the application exits; tests watch it instead.
     */
    public void whenUnlockQuit(Runnable action) {
        this.quit = action;
    }

    /**
     * D30: what to do once the first frame is drawn, before the shell is built (ParCheckApp: the log file and the
     * error dialog, which the first frame does not need). Call before {@link #show()}.
     */
    public void afterFirstFrame(Runnable action) {
        this.afterFirstFrame = action;
    }

    /**
     * Shows the window at once with its first frame (D30: no control, so no more than an empty window costs), builds
     * the shell in it on the next pulse, and starts opening the database once the shell is drawn.
     */
    public void show() {
        // ParCheckApp shows the first frame before it creates this window; tests call show() on a new stage
        Scene scene = FirstFrame.isShownIn(stage) ? stage.getScene() : FirstFrame.show(stage, settings, messages);
        stage.setOnHidden(event -> close());
        // once the first frame can be on the screen, not before: else the shell would be built first
        FirstFrame.whenDrawn(scene, () -> {
            afterFirstFrame.run();
            showShell();
        });
    }

    /** The shell (navigation, status bar, the "opening" page) in the same scene; then the database as before D30. */
    private void showShell() {
        if (!stage.isShowing()) {
            return; // closed before its shell came: close() has run, nothing to open
        }
        ViewLoader.Loaded<MainWindowView> main = loadMainView();
        Scene scene = stage.getScene();
        scene.getStylesheets().add(Objects.requireNonNull(getClass().getResource(THEME)).toExternalForm());
        scene.setRoot(main.root());
        main.controller().installShortcuts();
        FirstFrame.afterNextLayout(scene, () -> {
            StartupProbe.shellShown();
            // out of the pulse: the unlock dialog (#19) may open and wait
            Platform.runLater(() -> protection.beforeOpening(protectionWindows(), this::openDatabase,
                    this::quitUnopened, this::openFailed));
        });
    }

    private ProtectionWindows protectionWindows() {
        return new ProtectionWindows(messages, controllers.dialogs(), executor, dataDir);
    }

    /** The unlock dialog was quit: nothing saved into the folder (not even the window bounds), ParCheck stops. */
    private void quitUnopened() {
        stage.setOnHidden(null);
        executor.shutdown();
        quit.run();
    }

    private void openDatabase() {
        if (closed) {
            return; // closed during the checks before it (WindowProtection): nothing is opened
        }
        executor.run(opening.track(() -> AppServices.open(dataDir, !realWork, protection.key())))
                .onSuccess(services -> {
                    if (closed) {
                        return; // close() waited for this open and closed what it opened
                    }
                    opening.claimed();
                    state.ready(services);
                    StartupProbe.databaseReady();
                    services.database().damage().ifPresent(damage ->
                            offerRestore(DamageText.describe(damage, messages)));
                    askForInspectorIfNone();
                    openPackageIfAsked();
                    showFirstStepsIfNoPlan(services);
                    executor.write(() -> {
                        services.backupOnStart();
                        return null;
                    }).start();
                })
                .onError(error -> {
                    if (!closed) {
                        openFailed(error);
                    }
                })
                .start();
    }

    /**
     * Restores a backup: closes the database, restores (the current database is backed up first, and nothing is
     * replaced unless the backup checks out), and opens it again. If the restore fails, the old database is
     * opened again and the user is told why.
     */
    public void restore(BackupInfo backup) {
        AppServices old = state.services();
        // #19: a protected folder is restored and reopened with its key
        DataKey key = old.dataKey().orElse(protection.key());
        state.reopening();
        executor.write(() -> {
            old.close();
            RuntimeException failure = null;
            try {
                BackupService.restore(dataDir, backup, Clock.systemDefaultZone(), key);
            } catch (RuntimeException e) {
                failure = e;
            }
            return new Reopened(AppServices.open(dataDir, !realWork, key), failure);
        }).onSuccess(result -> {
            state.ready(result.services());
            if (result.restoreFailure() != null) {
                LOG.log(Level.WARNING, "Restore failed", result.restoreFailure());
                alert(messages.get("app.backups.restoreFailed", backup.fileName()));
            } else {
                alert(messages.get("app.backups.restored", backup.fileName()));
            }
            askForInspectorIfNone();
        }).onError(this::openFailed).start();
    }

    /** #16 §5: real work without any plan yet opens on the first-steps page (units, framework, first plan). */
    private void showFirstStepsIfNoPlan(AppServices services) {
        if (!realWork) {
            return;
        }
        executor.run(() -> services.planService().overviews().isEmpty()).onSuccess(empty -> {
            if (empty && navigation.detail() == null) {
                navigation.go(Route.PLANS);
                navigation.open(FirstStepsView.class, 0);
            }
        }).start();
    }

    /** At first start (or while nobody was chosen): who is using this laptop? */
    private void askForInspectorIfNone() {
        if (askForInspector && state.inspectorProperty().get() == null) {
            controllers.openInspectorDialog(true);
        }
    }

    /**
     * Tells what is damaged and offers the one step back: restore the newest backup that checks out, keeping the
     * damaged file aside. Offered once per window.
     */
    private void offerRestore(String text) {
        if (restoreOffered) {
            return;
        }
        restoreOffered = true;
        if (controllers.dialogs().confirm(messages.get("app.damage.title"), text, messages.get("app.damage.restore"),
                messages.get("app.damage.keep"))) {
            restoreVerified();
        }
    }

    /** Closes the damaged database, restores the newest backup that checks out, and opens it. */
    public void restoreVerified() {
        AppServices old = state.phase() == AppState.Phase.READY ? state.services() : null;
        // #19: the session's key also when the first open failed (no services to take it from)
        DataKey key = old == null ? protection.key() : old.dataKey().orElse(protection.key());
        state.reopening();
        executor.write(() -> {
            if (old != null) {
                old.close();
            }
            DatabaseRestore.RestoredClean done = null;
            RuntimeException failure = null;
            try {
                done = BackupService.restoreNewestVerified(dataDir, Clock.systemDefaultZone(), key);
            } catch (RuntimeException e) {
                failure = e;
            }
            return new RestoredVerified(AppServices.open(dataDir, !realWork, key), done, failure);
        }).onSuccess(result -> {
            state.ready(result.services());
            if (result.failure() != null) {
                LOG.log(Level.WARNING, "Restoring the newest verified backup failed", result.failure());
                alert(messages.get("app.damage.restoreFailed"));
            } else {
                LOG.info(() -> "Restored " + result.done().restoredFrom() + "; damaged file kept at "
                        + result.done().keptAside());
                alert(messages.get("app.damage.restored", result.done().restoredFrom().getFileName(),
                        result.done().keptAside().map(Path::toString).orElse("-")));
            }
            reloadView();
        }).onError(this::openFailed).start();
    }

    /** The database opened after restoring a verified backup, what was restored, or why it failed. */
    private record RestoredVerified(AppServices services, DatabaseRestore.RestoredClean done,
                                    RuntimeException failure) {
    }

    /** The database opened again after a restore, and why the restore failed if it did. */
    private record Reopened(AppServices services, RuntimeException restoreFailure) {
    }

    private void alert(String text) {
        controllers.dialogs().inform(messages.get("app.backups.title"), text);
    }

    private void openFailed(Throwable error) {
        LOG.log(Level.SEVERE, "Could not open the database in " + dataDir, error);
        Path file = error instanceof DatabaseException db && db.file() != null ? db.file() : Database.fileIn(dataDir);
        state.failed(StartupMessages.keyFor(error), file.toString(), dataDir.toString());
        if (error instanceof DatabaseException db && (db.kind() == DatabaseException.Kind.DAMAGED
                || db.kind() == DatabaseException.Kind.NOT_PARCHECK)) {
            offerRestore(messages.get(StartupMessages.keyFor(error), file.toString(), dataDir.toString()));
        }
    }

    /** Opens the import screen for {@code file} once the database is open (ParCheck started with a package). */
    public void openPackageWhenReady(Path file) {
        packageToOpen = file;
        if (state.phase() == AppState.Phase.READY) {
            openPackageIfAsked();
        }
    }

    private void openPackageIfAsked() {
        if (packageToOpen != null) {
            Path file = packageToOpen;
            packageToOpen = null;
            controllers.exchangeDialogs().importPackage(file, this::reloadView);
        }
    }

    /** Builds the window's content again (after an import, so that every list shows the new data). */
    private void reloadView() {
        switchLanguage(messages.locale());
    }

    private ViewLoader.Loaded<MainWindowView> loadMainView() {
        // the screens are built anew: the old ones' reads are cancelled, their late results dropped
        navigation.leaveScreen();
        controllers = new AppControllers(state, navigation, executor, messages, this::switchLanguage,
                info, this::restore, stage, protection.existingFolder(!realWork, this::openFailed), syncCommand());
        stage.setTitle(messages.get("app.window.title"));
        return controllers.viewLoader().load(MainWindowView.class);
    }

    /** The window's "Đồng bộ" command (#17): enabled with a saved server; after a sync the screens read again. */
    private MainWindowViewModel.SyncCommand syncCommand() {
        return new MainWindowViewModel.SyncCommand() {
            @Override
            public boolean available() {
                return state.phase() == AppState.Phase.READY && ServerSync.saved(state.services()).isPresent();
            }

            @Override
            public String lastSync() {
                return settings.lastSync().map(when -> messages.get("server.sync.lastSync",
                        LAST_SYNC.format(when.atZone(ZoneId.systemDefault())))).orElse("");
            }

            @Override
            public void open() {
                controllers.openSync(completed -> {
                    if (completed) {
                        settings.setLastSync(Instant.now());
                        settings.save();
                    }
                    reloadView();
                });
            }
        };
    }

    /** Rebuilds the window in another language, keeping the current section; remembered in the settings. */
    public void switchLanguage(Locale locale) {
        settings.setLanguage(locale);
        settings.save();
        messages = new Messages(locale);
        ViewLoader.Loaded<MainWindowView> main = loadMainView();
        stage.getScene().getAccelerators().clear();
        stage.getScene().setRoot(main.root());
        main.controller().installShortcuts();
    }

    private void close() {
        closed = true;
        StageBounds.remember(stage, settings);
        settings.save();
        // closed while the database still opens: wait for the open and close what it opened (OpeningInFlight)
        AppServices services = state.phase() == AppState.Phase.READY ? state.services()
                : opening.awaitUnclaimed(OPEN_WAIT).orElse(null);
        executor.shutdown();
        if (services != null) {
            Database database = services.database();
            boolean written = !database.readOnly() && database.damage().isEmpty();
            services.close();
            if (written) {
                VerifiedFile.checkAfterClose(dataDir, protection.key()); // D33: the next command need not read it all
            }
        }
        protection.close();
    }
}
