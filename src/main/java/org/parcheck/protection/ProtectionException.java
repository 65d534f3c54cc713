package org.parcheck.protection;

import java.io.IOException;

/**
 * A protected folder, file or package that cannot be opened: the kind says why, so that the window and the command
 * line can say it plainly (vi/en) and change nothing.
 */
public final class ProtectionException extends IOException {

    private static final long serialVersionUID = 1L;

    /** Why it cannot be opened. */
    public enum Kind {
        /** The password (or recovery key) given is not the one the key was wrapped with. */
        WRONG_PASSWORD,
        /** The key file is missing a part, unreadable, or of an unknown version. */
        DAMAGED_KEY_FILE,
        /** An encrypted file or package fails its authentication: damaged, cut short or changed. */
        DAMAGED_DATA,
        /** A protected file or package was given no key or password. */
        PASSWORD_NEEDED
    }

    private final Kind kind;

    public ProtectionException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public ProtectionException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
