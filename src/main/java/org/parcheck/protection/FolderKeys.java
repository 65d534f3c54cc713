package org.parcheck.protection;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The key file of a protected data folder ({@value #FILE_NAME}): the folder's {@link DataKey} wrapped (AES-256-GCM)
 * once under a key derived from the inspector's password (PBKDF2-HMAC-SHA256, salt and iteration count stored) and
 * once under a key derived from the recovery key. A folder is protected exactly when this file exists.
 *
 * <p>The file is replaced atomically (written beside, forced to disk, moved over), so a crash while the password is
 * changed leaves the old or the new file, never neither (docs/decisions/0023-data-folder-protection.md).
 */
public final class FolderKeys {

    /** The key file's name in the data folder. */
    public static final String FILE_NAME = "parcheck.keys";

    private FolderKeys() {
    }

    /** The key file of {@code dataDir}. */
    public static Path fileIn(Path dataDir) {
        return dataDir.toAbsolutePath().resolve(FILE_NAME);
    }

    /** Whether {@code dataDir} is protected (its key file exists, whatever its state). */
    public static boolean isProtected(Path dataDir) {
        return Files.exists(fileIn(dataDir));
    }

    /**
     * Writes a new key file for {@code key} under {@code password} and returns the new recovery key, to be shown once.
     * Refuses to overwrite an existing key file.
     */
    public static RecoveryKey create(Path dataDir, char[] password, DataKey key) throws java.io.IOException {
        throw new UnsupportedOperationException("#19: FolderKeys.create is being written");
    }

    /** The folder's data key, unwrapped with the password. Wrong password or damaged file: ProtectionException. */
    public static DataKey unlock(Path dataDir, char[] password) throws java.io.IOException {
        throw new UnsupportedOperationException("#19: FolderKeys.unlock is being written");
    }

    /** The folder's data key, unwrapped with the recovery key (case, spaces and dashes ignored). */
    public static DataKey unlockWithRecoveryKey(Path dataDir, String recoveryKey) throws java.io.IOException {
        throw new UnsupportedOperationException("#19: FolderKeys.unlockWithRecoveryKey is being written");
    }

    /** Wraps the key again under {@code newPassword}; the old password must be right. Atomic. */
    public static void changePassword(Path dataDir, char[] oldPassword, char[] newPassword) throws java.io.IOException {
        throw new UnsupportedOperationException("#19: FolderKeys.changePassword is being written");
    }

    /** A new password set with the recovery key (the password was forgotten); the recovery key stays valid. Atomic. */
    public static void resetPassword(Path dataDir, String recoveryKey, char[] newPassword) throws java.io.IOException {
        throw new UnsupportedOperationException("#19: FolderKeys.resetPassword is being written");
    }
}
