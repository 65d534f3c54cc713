package org.parcheck.app.shell;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.parcheck.app.AppState;
import org.parcheck.app.navigation.NavigationModel;
import org.parcheck.app.navigation.Route;
import org.parcheck.common.fx.BackgroundExecutor;
import org.parcheck.common.i18n.Messages;
import org.parcheck.plan.Inspector;

/** State of the main window: the current section, start-up phase, and the status line. */
public final class MainWindowViewModel {

    private final NavigationModel navigation;
    private final AppState state;
    private final Messages messages;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper inspector = new ReadOnlyStringWrapper();
    private final Runnable switchInspector;
    private Runnable openOffice = () -> { };
    private final SyncCommand sync;
    private final BackgroundExecutor executor;
    private final ReadOnlyBooleanWrapper syncAvailable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper lastSync = new ReadOnlyStringWrapper("");

    /**
     * The window's "Đồng bộ" command (#17): whether this data folder has a server address saved, when it last
     * synced, and opening the sync dialog. Read again (off the FX thread) whenever the window's section changes.
     */
    public interface SyncCommand {
        /** No server: the command stays disabled. */
        SyncCommand NONE = new SyncCommand() {
            @Override
            public boolean available() {
                return false;
            }

            @Override
            public String lastSync() {
                return "";
            }

            @Override
            public void open() {
                // nothing to sync with
            }
        };

        /** Whether a server address is saved for this data folder; off the FX thread (a database read). */
        boolean available();

        /** "Lần đồng bộ cuối: 06/12/2026 10:15", or empty when never synced. */
        String lastSync();

        /** Opens the sync dialog. */
        void open();
    }

    public MainWindowViewModel(NavigationModel navigation, AppState state, Messages messages) {
        this(navigation, state, messages, () -> { });
    }

    /** @param switchInspector opens the dialog that switches the person using the laptop (#15) */
    public MainWindowViewModel(NavigationModel navigation, AppState state, Messages messages,
                               Runnable switchInspector) {
        this(navigation, state, messages, switchInspector, SyncCommand.NONE, null);
    }

    /**
     * @param sync     the window's sync command with the province server (#17)
     * @param executor reads whether a server is saved; null only with {@link SyncCommand#NONE}
     */
    public MainWindowViewModel(NavigationModel navigation, AppState state, Messages messages,
                               Runnable switchInspector, SyncCommand sync, BackgroundExecutor executor) {
        this.sync = sync;
        this.executor = executor;
        this.navigation = navigation;
        this.state = state;
        this.messages = messages;
        this.switchInspector = switchInspector;
        state.phaseProperty().addListener((obs, old, phase) -> updateStatus());
        state.inspectorProperty().addListener((obs, old, person) -> updateInspector());
        state.phaseProperty().addListener((obs, old, phase) -> refreshSync());
        navigation.routeProperty().addListener((obs, old, route) -> refreshSync());
        // a server connection saved in Settings names the account's person: the command is enabled at once
        state.inspectorProperty().addListener((obs, old, person) -> refreshSync());
        updateStatus();
        updateInspector();
        refreshSync();
    }

    /** Whether the sync command can run: the database is open and a server address is saved. */
    public ReadOnlyBooleanProperty syncAvailableProperty() {
        return syncAvailable.getReadOnlyProperty();
    }

    /** "Lần đồng bộ cuối: …" for the status bar, empty when this folder never synced. */
    public ReadOnlyStringProperty lastSyncProperty() {
        return lastSync.getReadOnlyProperty();
    }

    /** Reads again whether a server is saved and when the last sync was (after Settings, after a sync). */
    public void refreshSync() {
        boolean ready = state.phase() == AppState.Phase.READY;
        lastSync.set(ready ? sync.lastSync() : "");
        if (!ready || executor == null) {
            syncAvailable.set(false);
            return;
        }
        executor.run(sync::available).onSuccess(available -> syncAvailable.set(available
                && state.phase() == AppState.Phase.READY)).onError(error -> syncAvailable.set(false)).start();
    }

    /** The "Đồng bộ" button and Ctrl+Shift+Y: opens the sync dialog when a server is saved. */
    public void sync() {
        if (syncAvailable.get() && state.phase() == AppState.Phase.READY) {
            sync.open();
        }
    }

    /** "Người kiểm tra: Nguyễn Văn A (Chuyên viên, Sở Nội vụ)", or that nobody was chosen yet. */
    public ReadOnlyStringProperty inspectorProperty() {
        return inspector.getReadOnlyProperty();
    }

    public void switchInspector() {
        if (state.phase() == AppState.Phase.READY) {
            switchInspector.run();
        }
    }

    /** What "Mở dữ liệu trên máy chủ (chế độ văn phòng)" does (#17); nothing unless the window sets it. */
    public void whenOpenOffice(Runnable action) {
        this.openOffice = action;
    }

    public void openOffice() {
        if (state.phase() == AppState.Phase.READY) {
            openOffice.run();
        }
    }

    private void updateInspector() {
        Inspector person = state.inspectorProperty().get();
        inspector.set(person == null ? messages.get("app.main.inspectorNone")
                : messages.get("app.main.inspector", person.recordText()));
    }

    public List<Route> routes() {
        return List.of(Route.values());
    }

    public String label(Route route) {
        return messages.get(route.labelKey());
    }

    public ObjectProperty<Route> routeProperty() {
        return navigation.routeProperty();
    }

    public ReadOnlyObjectProperty<NavigationModel.Detail> detailProperty() {
        return navigation.detailProperty();
    }

    public void go(Route route) {
        navigation.go(route);
    }

    public ReadOnlyObjectProperty<AppState.Phase> phaseProperty() {
        return state.phaseProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The localised reason start-up failed, naming the file and what to do. */
    public String failureMessage() {
        return state.failureMessageKey() == null ? "" : messages.get(state.failureMessageKey(), state.failureArgs());
    }

    private void updateStatus() {
        status.set(switch (state.phase()) {
            case OPENING -> messages.get("app.status.opening");
            case READY -> messages.get("app.status.ready", state.services().database().file());
            case FAILED -> messages.get("app.status.failed");
        });
    }
}
