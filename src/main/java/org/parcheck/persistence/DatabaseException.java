package org.parcheck.persistence;

import java.nio.file.Path;

/** Why the database could not be opened or used; the UI turns the kind into a localised message. */
public final class DatabaseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong, in the user's terms. */
    public enum Kind {
        /** Another ParCheck (or another program) has the database open. */
        ALREADY_OPEN,
        /** The file is not a readable ParCheck database (damaged, truncated, or not ours). */
        DAMAGED,
        /** The data folder or the file cannot be written. */
        NOT_WRITABLE,
        /** The database was written by a newer ParCheck. */
        NEWER_VERSION,
        /** The file is a database, but not a ParCheck one (no schema history). */
        NOT_PARCHECK,
        /** The database was found damaged on opening and is open read-only: nothing can be saved. */
        READ_ONLY_DAMAGED,
        /** The data folder is protected (#19) and was opened without its key: the password must be given. */
        PASSWORD_NEEDED,
        /** The folder's key does not open the database file: it is damaged or belongs to another folder (#19). */
        WRONG_KEY,
        /** Anything else. */
        OTHER
    }

    private final Kind kind;
    private final transient Path file;

    public DatabaseException(Kind kind, Path file, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.file = file;
    }

    public Kind kind() {
        return kind;
    }

    public Path file() {
        return file;
    }
}
