package org.parcheck.app.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.parcheck.persistence.Database;

/** About how much room a backup of a data folder takes: its database file and its evidence files (upper bound). */
final class BackupSpace {

    private BackupSpace() {
    }

    static long needed(Path dataDir) {
        long bytes = size(Database.fileIn(dataDir));
        Path attachments = dataDir.resolve("attachments");
        if (Files.isDirectory(attachments)) {
            try (Stream<Path> files = Files.walk(attachments)) {
                bytes += files.filter(Files::isRegularFile).mapToLong(BackupSpace::size).sum();
            } catch (IOException | RuntimeException e) {
                // an estimate: the database alone
            }
        }
        return bytes;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
