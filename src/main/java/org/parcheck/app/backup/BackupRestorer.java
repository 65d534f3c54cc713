package org.parcheck.app.backup;

import org.parcheck.persistence.backup.BackupInfo;

/** Restores a backup: the window closes the database, restores, and opens it again. */
@FunctionalInterface
public interface BackupRestorer {
    void restore(BackupInfo backup);
}
