package org.parcheck.protection;

/**
 * The recovery key of a protected folder, shown once to be printed or written down (#19): it opens the folder when
 * the password is forgotten. {@link #text()} is the form shown and typed, in groups of letters and digits separated
 * by "-"; typing is forgiving about case, spaces and dashes ({@link FolderKeys#unlockWithRecoveryKey}).
 */
public record RecoveryKey(String text) {

    @Override
    public String toString() {
        return "RecoveryKey[hidden]";
    }
}
