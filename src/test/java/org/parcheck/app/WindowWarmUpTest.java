package org.parcheck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.parcheck.common.i18n.Messages;
import org.junit.jupiter.api.Test;

/** The window's warm-up (#18 §2): what it reads is what the window then gets from ResourceBundle's cache. */
class WindowWarmUpTest {

    @Test
    void theWindowGetsTheBundleTheWarmUpRead() {
        Messages warmed = WindowWarmUp.warm();
        Messages window = new Messages(Messages.VIETNAMESE);
        assertSame(warmed.bundle(), window.bundle(), "the window's Messages reuse the bundle the warm-up read");
        assertEquals("vi", warmed.locale().getLanguage());
    }
}
