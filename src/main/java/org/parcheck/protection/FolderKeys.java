package org.parcheck.protection;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import org.parcheck.protection.ProtectionException.Kind;

/**
 * The key file of a protected data folder ({@value #FILE_NAME}): the folder's {@link DataKey} wrapped (AES-256-GCM)
 * once under a key derived from the inspector's password (PBKDF2-HMAC-SHA256, salt and iteration count stored) and
 * once under a key derived from the recovery key. A folder is protected exactly when this file exists.
 *
 * <p>The file is replaced atomically (written beside, forced to disk, moved over), so a crash while the password is
 * changed leaves the old or the new file, never neither (docs/decisions/0023-data-folder-protection.md). Its format
 * is described in {@link KeyFile}. A refused password, recovery key or damaged file changes nothing on disk.
 */
public final class FolderKeys {

    /**
     * The shortest password the windows and the command line accept for a data folder or a package (#19); the key
     * file itself refuses only an empty one.
     */
    public static final int MIN_PASSWORD_LENGTH = 8;

    /** The key file's name in the data folder. */
    public static final String FILE_NAME = "parcheck.keys";

    private static final String PASSWORD = "password";
    private static final String RECOVERY = "recovery key";
    /** A key file is a few hundred bytes; anything much larger is not one. */
    private static final int MAX_FILE_LENGTH = 64 * 1024;

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
    public static RecoveryKey create(Path dataDir, char[] password, DataKey key) throws IOException {
        return create(dataDir, password, key, Passwords.ITERATIONS);
    }

    static RecoveryKey create(Path dataDir, char[] password, DataKey key, int iterations) throws IOException {
        Passwords.requireNonEmpty(password);
        Path file = fileIn(dataDir);
        if (Files.exists(file)) {
            throw new FileAlreadyExistsException(file.toString(), null, "The folder is already protected");
        }
        RecoveryKey recovery = RecoveryKeys.generate();
        char[] canonical = RecoveryKeys.canonical(recovery.text());
        try {
            KeyFile content = new KeyFile(KeyFile.wrap(key, password, iterations, PASSWORD),
                    KeyFile.wrap(key, canonical, Passwords.RECOVERY_ITERATIONS, RECOVERY));
            write(file, content, false);
            return recovery;
        } finally {
            Arrays.fill(canonical, '\0');
        }
    }

    /** The folder's data key, unwrapped with the password. Wrong password or damaged file: ProtectionException. */
    public static DataKey unlock(Path dataDir, char[] password) throws IOException {
        if (password == null || password.length == 0) {
            throw new ProtectionException(Kind.PASSWORD_NEEDED, "The folder is protected: a password is needed");
        }
        return KeyFile.unwrap(read(dataDir).password(), password, PASSWORD);
    }

    /** The folder's data key, unwrapped with the recovery key (case, spaces and dashes ignored). */
    public static DataKey unlockWithRecoveryKey(Path dataDir, String recoveryKey) throws IOException {
        KeyFile content = read(dataDir);
        char[] canonical = RecoveryKeys.canonical(recoveryKey);
        if (canonical == null) {
            throw new ProtectionException(Kind.WRONG_PASSWORD, "This is not the folder's recovery key");
        }
        try {
            return KeyFile.unwrap(content.recovery(), canonical, RECOVERY);
        } finally {
            Arrays.fill(canonical, '\0');
        }
    }

    /** Wraps the key again under {@code newPassword}; the old password must be right. Atomic. */
    public static void changePassword(Path dataDir, char[] oldPassword, char[] newPassword) throws IOException {
        changePassword(dataDir, oldPassword, newPassword, Passwords.ITERATIONS);
    }

    static void changePassword(Path dataDir, char[] oldPassword, char[] newPassword, int iterations)
            throws IOException {
        Passwords.requireNonEmpty(newPassword);
        if (oldPassword == null || oldPassword.length == 0) {
            throw new ProtectionException(Kind.PASSWORD_NEEDED, "The folder is protected: a password is needed");
        }
        KeyFile content = read(dataDir);
        try (DataKey key = KeyFile.unwrap(content.password(), oldPassword, PASSWORD)) {
            rewrap(dataDir, content, key, newPassword, iterations);
        }
    }

    /** A new password set with the recovery key (the password was forgotten); the recovery key stays valid. Atomic. */
    public static void resetPassword(Path dataDir, String recoveryKey, char[] newPassword) throws IOException {
        resetPassword(dataDir, recoveryKey, newPassword, Passwords.ITERATIONS);
    }

    static void resetPassword(Path dataDir, String recoveryKey, char[] newPassword, int iterations)
            throws IOException {
        Passwords.requireNonEmpty(newPassword);
        KeyFile content = read(dataDir);
        try (DataKey key = unlockWithRecoveryKey(dataDir, recoveryKey)) {
            rewrap(dataDir, content, key, newPassword, iterations);
        }
    }

    private static void rewrap(Path dataDir, KeyFile content, DataKey key, char[] newPassword, int iterations)
            throws IOException {
        KeyFile changed = new KeyFile(KeyFile.wrap(key, newPassword, iterations, PASSWORD), content.recovery());
        write(fileIn(dataDir), changed, true);
    }

    private static KeyFile read(Path dataDir) throws IOException {
        Path file = fileIn(dataDir);
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_FILE_LENGTH + 1);
        } catch (NoSuchFileException e) {
            throw new ProtectionException(Kind.DAMAGED_KEY_FILE, "The key file " + FILE_NAME + " is missing", e);
        }
        if (bytes.length > MAX_FILE_LENGTH) {
            throw new ProtectionException(Kind.DAMAGED_KEY_FILE, "The key file " + FILE_NAME + " is damaged: too long");
        }
        for (byte b : bytes) {
            if (b < 0 || b == 0) {
                throw new ProtectionException(Kind.DAMAGED_KEY_FILE,
                        "The key file " + FILE_NAME + " is damaged: it is not text");
            }
        }
        return KeyFile.parse(new String(bytes, StandardCharsets.US_ASCII));
    }

    /**
     * Writes the key file atomically: a temporary file in the same folder, forced to disk, then moved over the old
     * one ({@code ATOMIC_MOVE}, a rename; on Windows NTFS replaces atomically too), then the folder forced where the
     * system allows it. On any failure the temporary file is removed and the old key file is as it was.
     */
    private static void write(Path file, KeyFile content, boolean replace) throws IOException {
        Path dir = file.getParent();
        removeLeftovers(dir);
        Path temp = Files.createTempFile(dir, FILE_NAME + ".", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(content.format().getBytes(StandardCharsets.US_ASCII));
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            if (!replace && Files.exists(file)) {
                throw new FileAlreadyExistsException(file.toString(), null, "The folder is already protected");
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            forceDirectory(dir);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Temporary key files left by a process killed while writing (they hold only wrapped keys). */
    private static void removeLeftovers(Path dir) throws IOException {
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(dir, FILE_NAME + ".*.tmp")) {
            for (Path leftover : leftovers) {
                Files.deleteIfExists(leftover);
            }
        }
    }

    private static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a folder as a channel; NTFS journals the rename itself.
        }
    }
}
