package org.parcheck.server.ui;

import javafx.scene.Scene;
import javafx.stage.Stage;
import org.parcheck.common.fx.DialogService;
import org.parcheck.common.fx.ViewLoader;
import org.parcheck.common.fx.WindowSizing;

/** Opens the sync dialog (#17) over the main window; closing it cancels what is being prepared. */
public final class SyncDialog {

    private SyncDialog() {
    }

    /**
     * Loads {@link SyncView} through {@code viewLoader} (its controller factory builds the view model for the open
     * data folder) and shows it; {@code onSynced} runs on the FX thread after each sync that may have written to
     * this laptop (true: completed).
     */
    public static SyncView open(ViewLoader viewLoader, DialogService dialogs,
                                java.util.function.Consumer<Boolean> onSynced) {
        ViewLoader.Loaded<SyncView> loaded = viewLoader.load(SyncView.class);
        SyncViewModel viewModel = loaded.controller().viewModel();
        viewModel.setOnSynced(onSynced);
        Stage dialog = new Stage();
        dialog.setTitle(viewLoader.messages().get("server.sync.title"));
        WindowSizing.Size size = WindowSizing.fitted(1000, 620);
        dialog.setScene(new Scene(loaded.root(), size.width(), size.height()));
        dialog.setOnHidden(event -> viewModel.close());
        dialogs.showOver(dialog, size);
        return loaded.controller();
    }
}
