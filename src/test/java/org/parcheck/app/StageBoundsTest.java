package org.parcheck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The saved window size survives the window being shown (session 8). Under openbox, JavaFX 21 on GTK dropped a size
 * set before {@code show()} when the window was mapped, and ParCheck opened at its minimum size on every start after
 * the first (seen with {@code xwininfo}; a 20-line JavaFX program showed the same). Monocle has no window manager, so
 * here the stage is shrunk to its minimum between placing and showing it, as the window manager did.
 */
@ExtendWith(ApplicationExtension.class)
class StageBoundsTest {

    @Test
    void theSizeIsSetAgainOnceTheWindowIsShownAndOnlyOnce() throws Exception {
        double[] sizes = onFxThread(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(new Region(), 300, 200));
            stage.setMinWidth(800);
            stage.setMinHeight(500);
            StageBounds.sizeAgainWhenShown(stage, 1000, 600);
            stage.setWidth(800); // what the window manager left
            stage.setHeight(500);
            stage.show();
            double[] shown = {stage.getWidth(), stage.getHeight()};
            stage.hide();
            stage.setWidth(900); // the user's size before a second show: kept
            stage.setHeight(550);
            stage.show();
            double[] again = {stage.getWidth(), stage.getHeight()};
            stage.hide();
            return new double[] {shown[0], shown[1], again[0], again[1]};
        });
        assertEquals(1000, sizes[0], "width once shown");
        assertEquals(600, sizes[1], "height once shown");
        assertEquals(900, sizes[2], "only the first show sets the saved size");
        assertEquals(550, sizes[3]);
    }

    @Test
    void aMaximisedWindowIsLeftMaximised() throws Exception {
        double[] sizes = onFxThread(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(new Region(), 300, 200));
            StageBounds.sizeAgainWhenShown(stage, 640, 480);
            stage.setMaximized(true);
            stage.show();
            double[] shown = {stage.isMaximized() ? 1 : 0, stage.getWidth()};
            stage.hide();
            return shown;
        });
        assertEquals(1, sizes[0], "still maximised");
    }

    private static double[] onFxThread(java.util.concurrent.Callable<double[]> work) throws Exception {
        CompletableFuture<double[]> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(30, TimeUnit.SECONDS);
    }
}
