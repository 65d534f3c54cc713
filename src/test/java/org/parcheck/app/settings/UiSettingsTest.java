package org.parcheck.app.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.common.i18n.Messages;

class UiSettingsTest {

    @TempDir
    Path dataDir;

    @Test
    void vietnameseIsTheDefaultAndAChoiceIsRemembered() {
        UiSettings settings = UiSettings.load(dataDir);
        assertEquals(Messages.VIETNAMESE, settings.language());
        settings.setLanguage(Messages.ENGLISH);
        settings.setWindow(new UiSettings.WindowBounds(10, 20, 1000, 700, false));
        settings.save();

        UiSettings again = UiSettings.load(dataDir);
        assertEquals(Messages.ENGLISH, again.language());
        assertEquals(new UiSettings.WindowBounds(10, 20, 1000, 700, false), again.window().orElseThrow());
    }

    @Test
    void anUnreadableSettingsFileFallsBackToDefaults() throws Exception {
        Files.write(dataDir.resolve(UiSettings.FILE_NAME), new byte[] {'w', 'i', 'n', 'd', 'o', 'w', '.', 'x', '=',
            '\\', 'u', 'Z', 'Z'});
        UiSettings settings = UiSettings.load(dataDir);
        assertEquals(Messages.VIETNAMESE, settings.language());
        assertTrue(settings.window().isEmpty());
    }
}
