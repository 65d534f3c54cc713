package org.parcheck.protection;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import javax.crypto.SecretKey;

/**
 * Encrypted files and packages (#19): AES-256-GCM in segments of 64 KiB, each authenticated on its own, with the
 * segment number and a last-segment flag bound into each segment's nonce or associated data, so that a segment
 * reordered, dropped, changed, or a file cut short is refused ({@link ProtectionException.Kind#DAMAGED_DATA}), not
 * read as a shorter file. A header (magic {@code PARCHECK-ENC}, format version, and for password-based streams the
 * PBKDF2 salt and iteration count) comes first; {@link #isSealed} tells an encrypted file from a plain one.
 */
public final class SealedStreams {

    private SealedStreams() {
    }

    /** Writes an encrypted stream under a folder's file key ({@link DataKey#fileKey()}); close it to finish. */
    public static OutputStream encrypting(OutputStream out, SecretKey key) throws IOException {
        throw new UnsupportedOperationException("#19: SealedStreams is being written");
    }

    /** Reads an encrypted stream written by {@link #encrypting(OutputStream, SecretKey)}. */
    public static InputStream decrypting(InputStream in, SecretKey key) throws IOException {
        throw new UnsupportedOperationException("#19: SealedStreams is being written");
    }

    /** Writes a password-encrypted stream (a protected package); salt and iterations go in its header. */
    public static OutputStream encrypting(OutputStream out, char[] password) throws IOException {
        throw new UnsupportedOperationException("#19: SealedStreams is being written");
    }

    /** Reads a password-encrypted stream; a wrong password is {@link ProtectionException.Kind#WRONG_PASSWORD}. */
    public static InputStream decrypting(InputStream in, char[] password) throws IOException {
        throw new UnsupportedOperationException("#19: SealedStreams is being written");
    }

    /** Whether the file starts with the encrypted-stream header (key-based or password-based). */
    public static boolean isSealed(Path file) throws IOException {
        throw new UnsupportedOperationException("#19: SealedStreams is being written");
    }

    /** Whether the file is a password-encrypted stream (a protected package). */
    public static boolean isPasswordSealed(Path file) throws IOException {
        throw new UnsupportedOperationException("#19: SealedStreams is being written");
    }
}
