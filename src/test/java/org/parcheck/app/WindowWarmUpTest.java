package org.parcheck.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.text.Text;
import org.parcheck.common.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's warm-up (#18 §2): what it reads is what the window then gets from ResourceBundle's cache; its second
 * step lays out the first frame's text off the JavaFX thread.
 */
class WindowWarmUpTest {

    @Test
    void theWindowGetsTheBundleTheWarmUpRead() {
        Messages warmed = WindowWarmUp.warm();
        Messages window = new Messages(Messages.VIETNAMESE);
        assertSame(warmed.bundle(), window.bundle(), "the window's Messages reuse the bundle the warm-up read");
        assertEquals("vi", warmed.locale().getLanguage());
    }

    @Test
    void theSecondStepLaysOutTheFirstFramesTextOffTheJavaFxThread() throws Exception {
        FxToolkit.registerPrimaryStage();
        assertFalse(Platform.isFxApplicationThread());
        // the text alone is wider than nothing: the default font was set up and the text measured on this thread
        double width = WindowWarmUp.warmFirstFrame();
        Text text = new Text(new Messages(Messages.VIETNAMESE).get("app.firstFrame.opening"));
        assertThat(width).isGreaterThanOrEqualTo(text.prefWidth(-1)).isGreaterThan(50);
        // and the window, on its own thread, makes the same content afterwards
        double onFxThread = WaitForAsyncUtils.asyncFx(() -> FirstFrame.content(new Messages(Messages.VIETNAMESE))
                .prefWidth(-1)).get(10, TimeUnit.SECONDS);
        assertEquals(width, onFxThread, 0.001);
    }

    @Test
    void bothStepsAreLeftOutWhenTurnedOff() {
        System.setProperty("parcheck.warmUp", "false");
        try {
            assertNull(WindowWarmUp.start());
            assertNull(WindowWarmUp.startFirstFrame());
        } finally {
            System.clearProperty("parcheck.warmUp");
        }
    }
}
