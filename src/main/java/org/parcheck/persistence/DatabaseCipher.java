package org.parcheck.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.UUID;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FileUtils;
import org.h2.tools.ChangeFileEncryption;
import org.parcheck.protection.DataKey;
import org.parcheck.protection.FolderKeys;

/**
 * How the database file of a protected data folder is opened (#19): H2's own file encryption ({@code CIPHER=AES})
 * with the file password derived from the folder's {@link DataKey}; the connection password is that file password, a
 * space, and the (empty) password of the user {@code sa}. Every place that opens a database file builds its URL and
 * password here, so that a protected folder is never opened, nor created, without its key.
 */
public final class DatabaseCipher {

    /** What H2 writes first in a file encrypted with {@code CIPHER=AES} (FileEncrypt's header). */
    private static final byte[] H2_ENCRYPTED_HEADER = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);

    private DatabaseCipher() {
    }

    /** The URL options to add for {@code key}: {@code ;CIPHER=AES}, or nothing without a key. */
    public static String urlOption(DataKey key) {
        return key == null ? "" : ";CIPHER=AES";
    }

    /** The connection password for user {@code sa}: the file password and a space, or empty without a key. */
    public static String password(DataKey key) {
        if (key == null) {
            return "";
        }
        char[] filePassword = key.h2FilePassword();
        try {
            return new String(filePassword) + " ";
        } finally {
            Arrays.fill(filePassword, '\0');
        }
    }

    /** Whether {@code file} is an H2 file encrypted with {@code CIPHER=AES} (false when absent or shorter). */
    public static boolean isEncrypted(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(H2_ENCRYPTED_HEADER.length);
            return Arrays.equals(start, H2_ENCRYPTED_HEADER);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Writes the plain H2 database file read from {@code plain} to {@code target}, encrypted for {@code key}, without
     * a plain byte reaching the disk: the file is encrypted by H2's own tool ({@link ChangeFileEncryption}) inside
     * H2's in-memory file system, then written out. For turning protection on and for restoring a backup made before
     * it into a protected folder. Memory: about twice the database's size for a moment.
     */
    public static void encryptInMemory(InputStream plain, Path target, DataKey key) throws IOException {
        String dir = "memFS:/parcheck-encrypt-" + UUID.randomUUID();
        String name = dir + "/" + Database.FILE_NAME;
        char[] filePassword = key.h2FilePassword();
        try {
            FileUtils.createDirectories(dir);
            try (OutputStream out = FilePath.get(name).newOutputStream(false)) {
                plain.transferTo(out);
            }
            ChangeFileEncryption.execute(dir, Database.FILE_BASE_NAME, "AES", null, filePassword, true);
            try (InputStream in = FilePath.get(name).newInputStream();
                 OutputStream out = Files.newOutputStream(target)) {
                in.transferTo(out);
            }
        } catch (SQLException e) {
            throw new IOException("Could not encrypt the database: " + e.getMessage(), e);
        } finally {
            Arrays.fill(filePassword, '\0');
            FileUtils.deleteRecursive(dir, false);
        }
    }

    /**
     * Refuses, before H2 touches anything, a database opened without the key it needs: a protected folder (its key
     * file exists) or an encrypted file opened without a key, and a plain file opened with a key.
     */
    static void check(Path dataDir, Path file, DataKey key) {
        boolean encrypted = isEncrypted(file);
        if (key == null && (encrypted || FolderKeys.isProtected(dataDir))) {
            throw new DatabaseException(DatabaseException.Kind.PASSWORD_NEEDED, file,
                    "The data folder is protected: it opens only with its password", null);
        }
        if (key != null && Files.exists(file) && !encrypted) {
            throw new DatabaseException(DatabaseException.Kind.WRONG_KEY, file,
                    "The database file is not encrypted, but a key was given", null);
        }
    }
}
