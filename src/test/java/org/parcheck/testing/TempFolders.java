package org.parcheck.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Temporary folders for tests that cannot use {@code @TempDir} (TestFX tests whose {@code @Start} runs before the
 * fields are injected, shared screen helpers). Every folder made here is removed with all its files when the test
 * JVM ends (or earlier with {@link #delete(Path)}), so UI test runs leave nothing in {@code /tmp}: they used to leave
 * a data folder (a whole H2 database, backups, evidence) per test.
 */
public final class TempFolders {

    private static final Set<Path> CREATED = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TempFolders::deleteAll, "parcheck-test-folders"));
    }

    private TempFolders() {
    }

    /** A new empty folder in the system's temporary folder, removed when the tests end. */
    public static Path create(String prefix) throws IOException {
        Path folder = Files.createTempDirectory(prefix);
        CREATED.add(folder);
        return folder;
    }

    /** Removes {@code folder} and everything in it now; a file that cannot be removed is left. */
    public static void delete(Path folder) {
        CREATED.remove(folder);
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // an open file on another system; the folder is in the temporary folder anyway
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // as above
        }
    }

    /** How many folders made here still wait to be removed. */
    public static int pending() {
        return CREATED.size();
    }

    static void deleteAll() {
        for (Path folder : Set.copyOf(CREATED)) {
            delete(folder);
        }
    }
}
