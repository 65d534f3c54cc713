package org.parcheck.plan.ui;

import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.parcheck.common.fx.ViewLoader;
import org.parcheck.common.fx.WindowSizing;

/** Opens the "who is using this laptop" dialog over the main window (#15). */
public final class InspectorDialog {

    private static final double WIDTH = 600;
    private static final double HEIGHT = 640;

    private InspectorDialog() {
    }

    /**
     * Shows the dialog, modal to {@code owner}. At first start it says why ParCheck asks; cancelling then leaves
     * nobody chosen (the operating-system account is recorded, marked as such) and ParCheck asks again next start.
     */
    public static Stage open(ViewLoader viewLoader, Window owner, boolean firstStart) {
        ViewLoader.Loaded<InspectorChooserView> loaded = viewLoader.load(InspectorChooserView.class);
        InspectorChooserViewModel model = loaded.controller().viewModel();
        model.firstStartProperty().set(firstStart);
        Stage dialog = new Stage();
        if (owner != null) {
            dialog.initOwner(owner);
            dialog.initModality(Modality.WINDOW_MODAL);
        }
        dialog.setTitle(model.title());
        WindowSizing.Size size = WindowSizing.fitted(WIDTH, HEIGHT);
        Scene scene = new Scene(loaded.root(), size.width(), size.height());
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        dialog.setScene(scene);
        WindowSizing.showOver(dialog, owner, size);
        return dialog;
    }
}
