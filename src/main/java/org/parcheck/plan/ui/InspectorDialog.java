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
        // an explicit size: under a window manager a scene sized from wrapping labels opened as a 200 x 200 window
        WindowSizing.Size size = WindowSizing.fitted(WIDTH, HEIGHT);
        Scene scene = new Scene(loaded.root(), size.width(), size.height());
        // openbox opened the dialog at its minimum size (as small as 200 x 200 without one): the minimum is the size
        dialog.setMinWidth(size.width());
        dialog.setMinHeight(size.height());
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        dialog.setScene(scene);
        dialog.show();
        if (owner != null) {
            // over the middle of the main window (openbox put it at the screen's corner, its title bar off screen)
            dialog.setX(owner.getX() + Math.max(0, (owner.getWidth() - dialog.getWidth()) / 2));
            dialog.setY(owner.getY() + Math.max(0, (owner.getHeight() - dialog.getHeight()) / 2));
        }
        return dialog;
    }
}
