package org.parcheck.persistence.backup;

import java.nio.file.Path;
import java.time.LocalDateTime;

/**
 * One backup file in the backups folder.
 *
 * @param file          the zip
 * @param createdAt     when it was made (local time, from its name)
 * @param size          its size in bytes
 * @param beforeRestore whether it is the safety copy made before a restore
 */
public record BackupInfo(Path file, LocalDateTime createdAt, long size, boolean beforeRestore) {

    public String fileName() {
        return file.getFileName().toString();
    }
}
