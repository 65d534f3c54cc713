package org.parcheck.app;

import java.util.function.Consumer;
import javafx.stage.Window;
import org.parcheck.common.fx.BackgroundExecutor;
import org.parcheck.common.fx.DialogService;
import org.parcheck.common.fx.FxDialogService;
import org.parcheck.common.fx.ViewLoader;
import org.parcheck.common.i18n.Messages;
import org.parcheck.server.ServerConnectService;
import org.parcheck.server.ServerConnector;
import org.parcheck.server.ServerCredentials;
import org.parcheck.server.ServerSettings;
import org.parcheck.server.ui.SyncDialog;
import org.parcheck.server.ui.SyncView;
import org.parcheck.server.ui.SyncViewModel;

/**
 * The province server's windows (#17) that the main window opens for the open data folder: the sync dialog and
 * office mode. Both use the address saved in Settings → "Máy chủ của Sở" ({@code ServerSettings}).
 */
final class ServerWindows {

    private final AppState state;
    private final Messages messages;
    private final BackgroundExecutor executor;
    private final AppInfo info;
    private final Window window;
    private final DialogService dialogs;

    ServerWindows(AppState state, Messages messages, BackgroundExecutor executor, AppInfo info, Window window,
                  DialogService dialogs) {
        this.state = state;
        this.messages = messages;
        this.executor = executor;
        this.info = info;
        this.window = window;
        this.dialogs = dialogs;
    }

    /** Office mode: the province server's data in a window of its own ({@link OfficeLauncher}). */
    void openOffice() {
        if (state.phase() != AppState.Phase.READY) {
            return;
        }
        AppServices services = state.services();
        new OfficeLauncher(messages, over -> new FxDialogService(messages, () -> over), executor, window,
                info.dataDir().resolve("office"), OfficeLauncher.savedAddress(services), ServerConnector::connect,
                () -> new ServerConnectService(new ServerSettings(services.database()),
                        ServerCredentials.forThisSystem(), services.inspectors()).keptPassword()).open();
    }

    /**
     * Opens the sync dialog for the open data folder's saved server; {@code onSynced} runs after a sync that may have
     * written here (true: completed). Nothing happens while the database is not open or no server is saved.
     */
    void openSync(Consumer<Boolean> onSynced) {
        if (state.phase() != AppState.Phase.READY) {
            return;
        }
        AppServices services = state.services();
        executor.run(() -> ServerSync.forFolder(services)).onSuccess(steps -> steps.ifPresent(found ->
                SyncDialog.open(new ViewLoader(messages, type -> new SyncView(new SyncViewModel(found, executor,
                        messages))), dialogs, onSynced))).start();
    }
}
