package org.parcheck.testing;

import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;

/**
 * After every test in the test JVM (registered for all of them through junit-platform.properties and
 * META-INF/services): the windows a UI test left showing (dialogs, previews, main windows made with {@code new
 * Stage()}) are hidden, all but TestFX's primary stage, which the next test shows again. Without it they piled up over
 * the run and the headless software renderer, drawing every one of them each pulse, ended up holding its lock for
 * minutes: the full run hung in whichever UI test came next, while each test alone passed.
 *
 * <p>Also, in the headless runs only ({@code testfx.headless}), before the first test: Modena's effects (the drop
 * shadows of scroll-bar arrows, popups, menus; {@code no-effects.css}) are switched off for every scene. The software
 * renderer draws an effect into a pooled image and clears the whole pooled image first; once one large effect image
 * was in the pool, every small arrow cleared it again on every frame, and a frame took minutes.
 */
public final class HideLeftoverWindows implements AfterEachCallback, BeforeEachCallback {

    private static volatile boolean effectsOff;

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        if (effectsOff || !"true".equals(System.getProperty("testfx.headless"))) {
            return;
        }
        effectsOff = true;
        FxToolkit.registerPrimaryStage();
        String sheet = HideLeftoverWindows.class.getResource("no-effects.css").toExternalForm();
        FxToolkit.setupFixture(() -> {
            try {
                // StyleManager is JavaFX's own (not exported API): reached by reflection, tests only
                Object manager = Class.forName("com.sun.javafx.css.StyleManager").getMethod("getInstance")
                        .invoke(null);
                manager.getClass().getMethod("addUserAgentStylesheet", String.class).invoke(manager, sheet);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Could not switch Modena's effects off", e);
            }
        });
    }

    /** Set when the FX thread did not answer (the toolkit was stopped): the remaining tests do not wait for it. */
    private static volatile boolean toolkitGone;

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        if (toolkitGone) {
            return;
        }
        CountDownLatch done = new CountDownLatch(1);
        try {
            Platform.runLater(() -> {
                try {
                    Stage primary = FxToolkit.isFXApplicationThreadRunning()
                            ? FxToolkit.toolkitContext().getRegisteredStage() : null;
                    for (Window window : new ArrayList<>(Window.getWindows())) {
                        if (window != primary) {
                            window.hide();
                        }
                    }
                } finally {
                    done.countDown();
                }
            });
        } catch (IllegalStateException toolkitNotStarted) {
            return; // no UI test has run in this JVM yet: no window to hide
        }
        if (!done.await(30, TimeUnit.SECONDS)) {
            toolkitGone = true;
        }
    }
}
