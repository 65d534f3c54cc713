package org.parcheck.protection.ui;

import org.parcheck.common.i18n.Messages;
import org.parcheck.protection.ProtectionException;

/** What the protection windows say when a password, a recovery key or the key file is refused (#19). */
final class ProtectionText {

    private ProtectionText() {
    }

    /**
     * The sentence for {@code error}: {@code wrongKey}'s text when the password or recovery key was not the right
     * one, a damaged key file said as such, anything else as "could not, nothing changed".
     */
    static String describe(Throwable error, Messages messages, String wrongKey) {
        Throwable cause = error;
        while (cause != null && !(cause instanceof ProtectionException)) {
            cause = cause.getCause();
        }
        if (cause instanceof ProtectionException protection) {
            return switch (protection.kind()) {
                case WRONG_PASSWORD -> messages.get(wrongKey);
                case DAMAGED_KEY_FILE -> messages.get("protection.error.damagedKeyFile");
                case DAMAGED_DATA -> messages.get("protection.error.damagedData");
                case PASSWORD_NEEDED -> messages.get("protection.error.passwordNeeded");
            };
        }
        return messages.get("protection.error.failed");
    }
}
