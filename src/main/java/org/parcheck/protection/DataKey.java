package org.parcheck.protection;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The random 256-bit key that encrypts a protected data folder (#19): the database (through H2's file encryption),
 * the evidence copies, the automatic backups. It never changes while the folder is protected; the inspector's
 * password and the recovery key only wrap it ({@link FolderKeys}), so changing the password rewrites one small file
 * and re-encrypts nothing (docs/decisions/0023-data-folder-protection.md).
 *
 * <p>The purposes get separate keys derived with HMAC-SHA256 (the key is never used directly), so that the H2 file
 * password and the file-stream key are independent. {@link #close()} wipes the bytes this object holds.
 */
public final class DataKey implements AutoCloseable {

    /** The length of a data key in bytes. */
    public static final int LENGTH = 32;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] key;
    private boolean closed;

    private DataKey(byte[] key) {
        if (key.length != LENGTH) {
            throw new IllegalArgumentException("A data key has " + LENGTH + " bytes, not " + key.length);
        }
        this.key = key.clone();
    }

    /** A new random key, for a folder being protected. */
    public static DataKey random() {
        byte[] bytes = new byte[LENGTH];
        RANDOM.nextBytes(bytes);
        try {
            return new DataKey(bytes);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /** The key from its bytes (as unwrapped from the key file); the array is copied. */
    public static DataKey of(byte[] bytes) {
        return new DataKey(bytes);
    }

    /** A copy of the key's bytes, for wrapping it; the caller wipes the copy. */
    public byte[] bytes() {
        check();
        return key.clone();
    }

    /**
     * The password H2's file encryption ({@code CIPHER=AES}) is given for this folder: 64 hex digits derived from the
     * key for this one purpose. H2 takes the file password before a space in the connection password.
     */
    public char[] h2FilePassword() {
        byte[] derived = derive("parcheck h2 file password v1");
        try {
            return HexFormat.of().formatHex(derived).toCharArray();
        } finally {
            Arrays.fill(derived, (byte) 0);
        }
    }

    /** The AES-256 key of the encrypted file streams ({@link SealedStreams}) of this folder. */
    public SecretKey fileKey() {
        byte[] derived = derive("parcheck file stream key v1");
        try {
            return new SecretKeySpec(derived, "AES");
        } finally {
            Arrays.fill(derived, (byte) 0);
        }
    }

    private byte[] derive(String purpose) {
        check();
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private void check() {
        if (closed) {
            throw new IllegalStateException("The data key was closed");
        }
    }

    @Override
    public void close() {
        closed = true;
        Arrays.fill(key, (byte) 0);
    }

    @Override
    public String toString() {
        return "DataKey[hidden]";
    }
}
