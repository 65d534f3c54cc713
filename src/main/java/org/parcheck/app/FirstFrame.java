package org.parcheck.app;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.BorderStrokeStyle;
import javafx.scene.layout.BorderWidths;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.parcheck.app.settings.UiSettings;
import org.parcheck.common.fx.WindowSizing;
import org.parcheck.common.i18n.Messages;

/**
 * The window's first frame (#18 §2, D30): what the main window shows before its shell is built. Drawn without any
 * JavaFX control, so that it costs no more than an empty window: a control makes JavaFX initialise the controls and
 * parse its default stylesheet (modena), which is what the shell pays for right after. The colours are the theme's
 * (theme.css: the navigation's {@code -pc-nav-bg} and {@code -pc-border}, modena's background, {@code -pc-text-muted})
 * so that the shell fills the same window without a flash.
 */
final class FirstFrame {

    /** The id of the first frame's root, for tests. */
    static final String ID = "firstFrame";
    /** The id of its text. */
    static final String TEXT_ID = "firstFrameText";

    // Copies of the theme's looked-up colours, as the stylesheet resolves them (the frame is drawn before any CSS is
    // loaded, on purpose): FirstFrameColoursTest fails when one differs from theme.css (with modena under it).
    /** Modena's {@code -fx-background} (the window's background under theme.css). */
    static final Color BACKGROUND = Color.web("#f4f4f4");
    /** theme.css {@code -pc-nav-bg} (the navigation strip, {@code .pc-nav}). */
    static final Color NAV_BACKGROUND = Color.web("#eef2f7");
    /** theme.css {@code -pc-border} (the navigation's right border). */
    static final Color BORDER = Color.web("#c9d3df");
    /** theme.css {@code -pc-text-muted} (the "opening…" text). */
    static final Color TEXT = Color.web("#5a6472");
    private static final double NAV_WIDTH = 220;
    private static final double MIN_WIDTH = 800;
    private static final double MIN_HEIGHT = 500;
    /** How long the FX thread stays free after the first frame's layout, and for how many pulses at least (D30). */
    private static final long SETTLE_NANOS = 100_000_000L;
    private static final int SETTLE_PULSES = 3;

    private FirstFrame() {
    }

    /**
     * Shows {@code stage} at once with the first frame, at the saved size and place (maximised at the first start), and
     * returns its scene; the main window then builds its shell in that scene ({@link MainWindow#show()}). ParCheckApp
     * calls this before it even creates the {@link MainWindow} (#18 §2: loading the window's classes and setting up its
     * services took about 17 ms before the first frame, docs/performance.md "Session 11").
     */
    static Scene show(Stage stage, UiSettings settings, Messages messages) {
        if (isShownIn(stage)) {
            // shown already while the start waited for a ParCheck closing the folder (ClosingWait)
            say(stage.getScene(), messages.get("app.firstFrame.opening"));
            return stage.getScene();
        }
        WindowSizing.Size size = WindowSizing.firstStart(Screen.getPrimary().getVisualBounds());
        Scene scene = new Scene(content(messages), size.width(), size.height());
        stage.setTitle(messages.get("app.window.title"));
        stage.setScene(scene);
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        boolean firstStart = StageBounds.place(stage, settings);
        stage.show();
        if (firstStart) {
            stage.setMaximized(true);
        }
        StartupProbe.windowShown();
        return scene;
    }

    /** Whether {@code stage} is showing the first frame, and nothing else yet. */
    static boolean isShownIn(Stage stage) {
        return stage.isShowing() && stage.getScene() != null && ID.equals(stage.getScene().getRoot().getId());
    }

    /** Changes the first frame's one line of text ("ParCheck — opening…") in {@code scene}. */
    static void say(Scene scene, String text) {
        if (scene.lookup("#" + TEXT_ID) instanceof Text line) {
            line.setText(text);
        }
    }

    /** The light content: the navigation's strip on the left, "ParCheck — opening…" in the middle. */
    static Parent content(Messages messages) {
        Region nav = new Region();
        nav.setPrefWidth(NAV_WIDTH);
        nav.setBackground(new Background(new BackgroundFill(NAV_BACKGROUND, CornerRadii.EMPTY, Insets.EMPTY)));
        nav.setBorder(new Border(new BorderStroke(Color.TRANSPARENT, BORDER, Color.TRANSPARENT, Color.TRANSPARENT,
                BorderStrokeStyle.NONE, BorderStrokeStyle.SOLID, BorderStrokeStyle.NONE, BorderStrokeStyle.NONE,
                CornerRadii.EMPTY, new BorderWidths(0, 1, 0, 0), Insets.EMPTY)));
        Text text = new Text(messages.get("app.firstFrame.opening"));
        text.setId(TEXT_ID);
        text.setFill(TEXT);
        text.setFont(Font.font(15));
        BorderPane root = new BorderPane(new StackPane(text));
        root.setLeft(nav);
        root.setId(ID);
        root.setBackground(new Background(new BackgroundFill(BACKGROUND, CornerRadii.EMPTY, Insets.EMPTY)));
        return root;
    }

    /**
     * Runs {@code action} (outside any pulse) once the first frame can be on the screen: after the pulse that laid it
     * out, and after the FX thread has stayed free for {@link #SETTLE_PULSES} pulses and {@link #SETTLE_NANOS}. With
     * JavaFX's software pipeline (no GPU: Xvfb, many virtual machines) the frame's pixels are copied into the window
     * on the FX thread, and a window the window manager has not mapped yet drops them until it asks for a repaint;
     * building the shell at once left the window white until the shell was drawn (D30, the screenshots).
     */
    static void whenDrawn(Scene scene, Runnable action) {
        int[] pulses = new int[1];
        long[] firstLayout = new long[1];
        Runnable[] step = new Runnable[1];
        step[0] = () -> {
            if (pulses[0]++ == 0) {
                firstLayout[0] = System.nanoTime();
            }
            if (pulses[0] > SETTLE_PULSES && System.nanoTime() - firstLayout[0] >= SETTLE_NANOS) {
                Platform.runLater(action);
            } else {
                afterNextLayout(scene, step[0]);
            }
        };
        afterNextLayout(scene, step[0]);
    }

    /**
     * Runs {@code action} once, at the end of the scene's next layout pass (the pulse that draws what the scene
     * holds now), and is removed after it. The action runs inside the pulse: it must not open a window or wait.
     */
    static void afterNextLayout(Scene scene, Runnable action) {
        Runnable[] listener = new Runnable[1];
        boolean[] done = new boolean[1];
        listener[0] = () -> {
            if (!done[0]) {
                done[0] = true;
                // removed after the pulse: the scene walks its listeners while it calls this one
                Platform.runLater(() -> scene.removePostLayoutPulseListener(listener[0]));
                action.run();
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }
}
