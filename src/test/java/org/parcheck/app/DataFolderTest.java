package org.parcheck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataFolderTest {

    private static final String[] NO_ARGS = {};

    @Test
    void theArgumentWinsOverTheEnvironment() {
        Path dir = DataFolder.resolve(new String[] {"--data-dir", "/tmp/a"}, Map.of("PARCHECK_DATA_DIR", "/tmp/b"),
                "Linux", "/home/u");
        assertEquals(Path.of("/tmp/a"), dir);
        assertEquals(Path.of("/tmp/c"), DataFolder.resolve(new String[] {"--data-dir=/tmp/c"}, Map.of(), "Linux",
                "/home/u"));
    }

    @Test
    void theEnvironmentWinsOverTheDefault() {
        assertEquals(Path.of("/tmp/b"), DataFolder.resolve(NO_ARGS, Map.of("PARCHECK_DATA_DIR", "/tmp/b"), "Linux",
                "/home/u"));
    }

    @Test
    void defaultsFollowEachOperatingSystem() {
        assertEquals(Path.of("/home/u/.local/share/parcheck"), DataFolder.resolve(NO_ARGS, Map.of(), "Linux",
                "/home/u"));
        assertEquals(Path.of("/xdg/parcheck"), DataFolder.resolve(NO_ARGS, Map.of("XDG_DATA_HOME", "/xdg"), "Linux",
                "/home/u"));
        assertEquals(Path.of("/Users/u/Library/Application Support/ParCheck"),
                DataFolder.resolve(NO_ARGS, Map.of(), "Mac OS X", "/Users/u"));
        assertEquals(Path.of("C:/Users/u/AppData/Roaming", "ParCheck"),
                DataFolder.resolve(NO_ARGS, Map.of("APPDATA", "C:/Users/u/AppData/Roaming"), "Windows 11",
                        "C:/Users/u"));
    }
}
