package org.parcheck.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The file ParCheck was started with: the installers register {@code .parcheck} packages, so that opening one
 * starts {@code ParCheck <file.parcheck>}; the import screen then opens for it once the database is open.
 */
public final class LaunchFile {

    public static final String PACKAGE_EXTENSION = ".parcheck";

    private LaunchFile() {
    }

    /** The first argument naming a .parcheck file (not the value of {@code --data-dir}). */
    public static Optional<Path> packageIn(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (DataFolder.ARGUMENT.equals(args[i])) {
                i++;
                continue;
            }
            String arg = args[i];
            if (!arg.startsWith("--") && arg.toLowerCase(Locale.ROOT).endsWith(PACKAGE_EXTENSION)) {
                try {
                    // a desktop may pass a file: URI (Exec=… %u) instead of a path (%f)
                    Path path = arg.startsWith("file:") ? Path.of(java.net.URI.create(arg)) : Path.of(arg);
                    return Optional.of(path.toAbsolutePath().normalize());
                } catch (IllegalArgumentException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
