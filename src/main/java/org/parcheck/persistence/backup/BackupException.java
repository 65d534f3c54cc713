package org.parcheck.persistence.backup;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * Why a backup, restore or export failed; the UI turns the kind into a localised message. Whatever the kind,
 * nothing that existed before (the database, earlier backups, an existing export) was deleted or changed.
 */
public final class BackupException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong, in the user's terms. */
    public enum Kind {
        /** The target folder cannot be created or written. */
        NOT_WRITABLE,
        /** The disk is full. */
        DISK_FULL,
        /** The backup file is missing, truncated, damaged or not a ParCheck backup. */
        DAMAGED_BACKUP,
        /** The backup was made by a newer ParCheck. */
        NEWER_VERSION,
        /** The database is open (restore needs it closed). */
        DATABASE_OPEN,
        /** Anything else. */
        OTHER
    }

    private final Kind kind;
    private final transient Path file;

    public BackupException(Kind kind, Path file, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.file = file;
    }

    public Kind kind() {
        return kind;
    }

    /** The file or folder concerned. */
    public Path file() {
        return file;
    }

    /** Classifies an I/O failure while writing {@code target}: disk full, not writable, or other. */
    static BackupException writing(Path target, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("No space left") || message.contains("There is not enough space")
                    || message.contains("Disk quota exceeded")) {
                return new BackupException(Kind.DISK_FULL, target, "Disk full while writing " + target, e);
            }
            if (t instanceof AccessDeniedException || t instanceof FileAlreadyExistsException
                    || t instanceof NotDirectoryException || message.contains("Permission denied")
                    || message.contains("Read-only file system")) {
                return new BackupException(Kind.NOT_WRITABLE, target, "Cannot write " + target + ": " + message, e);
            }
        }
        return new BackupException(Kind.OTHER, target, "Could not write " + target + ": " + e.getMessage(), e);
    }
}
