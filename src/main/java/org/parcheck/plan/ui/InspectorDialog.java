package org.parcheck.plan.ui;

import javafx.scene.Scene;
import javafx.stage.Stage;
import org.parcheck.common.fx.DialogService;
import org.parcheck.common.fx.ViewLoader;
import org.parcheck.common.fx.WindowSizing;

/** Opens the "who is using this laptop" dialog over the main window (#15). */
public final class InspectorDialog {

    private static final double WIDTH = 600;
    private static final double HEIGHT = 640;

    private InspectorDialog() {
    }

    /**
     * Shows the dialog, modal to the window in use (the main window). At first start it says why ParCheck asks;
     * cancelling then leaves
     * nobody chosen (the operating-system account is recorded, marked as such) and ParCheck asks again next start.
     */
    public static Stage open(ViewLoader viewLoader, DialogService dialogs, boolean firstStart) {
        ViewLoader.Loaded<InspectorChooserView> loaded = viewLoader.load(InspectorChooserView.class);
        InspectorChooserViewModel model = loaded.controller().viewModel();
        model.firstStartProperty().set(firstStart);
        Stage dialog = new Stage();
        dialog.setTitle(model.title());
        WindowSizing.Size size = WindowSizing.fitted(WIDTH, HEIGHT);
        dialog.setScene(new Scene(loaded.root(), size.width(), size.height()));
        dialogs.showOver(dialog, size);
        return dialog;
    }
}
