package org.parcheck.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.parcheck.persistence.Database;

/**
 * Which folder a launch opens, real work or the demo (#16 §5). The demo lives in its own data folder,
 * {@code <data folder>/demo}, with its own database, lock, evidence files and backups, so it never mixes with real
 * data: inside the chosen data folder (not a sibling) so that {@code --data-dir}, a test's temporary folder or a
 * user deleting "the ParCheck folder" covers both, and nothing appears next to the user's own folders.
 *
 * <ul>
 *   <li>{@code --demo} opens the demo folder directly (seeded on its first open);</li>
 *   <li>a data folder that already holds a database opens as it is (real work, or an older folder that still holds
 *       the demo: Settings offers to drop it);</li>
 *   <li>otherwise this is a first start, and the window asks: explore the demo, or start real work (a database
 *       without the demo, then the first steps). Until real work is started, each start asks again.</li>
 * </ul>
 */
public final class FirstStart {

    /** The demo's folder inside the data folder. */
    public static final String DEMO_FOLDER = "demo";
    /** Opens the demo folder without asking. */
    public static final String DEMO_ARGUMENT = "--demo";

    /**
     * What to open.
     *
     * @param folder   the data folder to open
     * @param demo     whether it is the demo folder (seeded with the demo on its first open)
     */
    public record Opening(Path folder, boolean demo) {
    }

    /** The user's answer to the first-start question. */
    public enum Choice { DEMO, REAL_WORK }

    private FirstStart() {
    }

    public static Path demoFolder(Path dataDir) {
        return dataDir.resolve(DEMO_FOLDER);
    }

    /** What to open without asking, or empty when the first-start question must be asked. */
    public static Optional<Opening> decide(Path dataDir, String[] args) {
        if (Arrays.asList(args).contains(DEMO_ARGUMENT)) {
            return Optional.of(new Opening(demoFolder(dataDir), true));
        }
        if (Files.exists(dataDir.resolve(Database.FILE_NAME))) {
            return Optional.of(new Opening(dataDir, false));
        }
        return Optional.empty();
    }

    /** What to open after the first-start question. */
    public static Opening chosen(Path dataDir, Choice choice) {
        return choice == Choice.DEMO ? new Opening(demoFolder(dataDir), true) : new Opening(dataDir, false);
    }
}
