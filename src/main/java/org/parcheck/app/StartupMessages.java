package org.parcheck.app;

import org.parcheck.persistence.DatabaseException;

/** Maps start-up failures to message keys; every message names the file and says what to do. */
public final class StartupMessages {

    private StartupMessages() {
    }

    public static String keyFor(Throwable error) {
        if (error instanceof DatabaseException db) {
            return switch (db.kind()) {
                case ALREADY_OPEN -> "app.error.alreadyOpen";
                case DAMAGED -> "app.error.damaged";
                case NOT_WRITABLE -> "app.error.notWritable";
                case NEWER_VERSION -> "app.error.newerVersion";
                case NOT_PARCHECK -> "app.error.notParcheck";
                case READ_ONLY_DAMAGED -> "app.error.damaged";
                case PASSWORD_NEEDED -> "app.error.passwordNeeded";
                case WRONG_KEY -> "app.error.wrongKey";
                case OTHER -> "app.error.openFailed";
            };
        }
        return "app.error.openFailed";
    }
}
