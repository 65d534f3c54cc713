package org.parcheck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.persistence.Database;

/**
 * #18 §2, the window's start-up: what the window does before its first frame loads neither picocli nor jOOQ. On the
 * class path a library's first class is looked up through every jar before it, so each costs CPU before the window
 * is shown (docs/performance.md, "Start-up"). Each check runs the code in a class loader of its own over ParCheck's
 * classes and the library's jar, and asks which classes it loaded; a control case shows the loader does see them.
 */
class WindowStartLoadingTest {

    @TempDir
    Path dir;

    @Test
    void decidingThatTheArgumentsStartTheWindowLoadsNoPicocli() throws Exception {
        try (Isolated loader = new Isolated(picocli.CommandLine.class)) {
            Object opens = loader.loadClass(LaunchArguments.class.getName()).getMethod("opensWindow", String[].class)
                    .invoke(null, (Object) new String[] {"--data-dir", dir.toString(), "--demo"});

            assertEquals(Boolean.TRUE, opens);
            assertNull(loader.loaded("picocli.CommandLine"));
            assertNull(loader.loaded("org.parcheck.app.cli.ParCheckCli"));
        }
    }

    @Test
    void buildingACommandsModelDoesLoadPicocli() throws Exception {
        try (Isolated loader = new Isolated(picocli.CommandLine.class)) {
            Method of = loader.loadClass("org.parcheck.app.cli.CommandModel").getDeclaredMethod("of", Object.class);
            of.setAccessible(true);
            of.invoke(null, (Object) null);

            assertNotNull(loader.loaded("picocli.CommandLine"), "the control case: the loader sees picocli");
        }
    }

    @Test
    void theWindowsAppInfoNamesTheDatabaseFileWithoutLoadingTheDatabaseClass() throws Exception {
        try (Isolated loader = new Isolated(org.jooq.DSLContext.class)) {
            Object info = loader.loadClass(AppInfo.class.getName()).getMethod("of", Path.class).invoke(null, dir);

            assertEquals(Database.fileIn(dir), info.getClass().getMethod("databaseFile").invoke(info));
            assertNull(loader.loaded("org.parcheck.persistence.Database"));
            assertNull(loader.loaded("org.jooq.ExecuteListener"));
        }
    }

    @Test
    void appInfoNamesTheSameFileAsTheDatabase() {
        AppInfo info = AppInfo.of(dir);

        assertEquals(Database.fileIn(dir), info.databaseFile());
        assertFalse(info.version().isEmpty());
        assertTrue(info.databaseFile().isAbsolute());
    }

    /** ParCheck's classes and one library jar, nothing else but the JDK's platform classes. */
    private static final class Isolated extends URLClassLoader {

        Isolated(Class<?> fromLibrary) {
            super(new URL[] {location(LaunchArguments.class), location(fromLibrary)},
                    ClassLoader.getPlatformClassLoader());
        }

        Class<?> loaded(String name) {
            return findLoadedClass(name);
        }

        private static URL location(Class<?> type) {
            return type.getProtectionDomain().getCodeSource().getLocation();
        }
    }
}
