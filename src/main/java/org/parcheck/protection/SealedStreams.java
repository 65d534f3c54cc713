package org.parcheck.protection;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.parcheck.protection.ProtectionException.Kind;

/**
 * Encrypted files and packages (#19): AES-256-GCM in segments of 64 KiB, each authenticated on its own, with the
 * segment number and a last-segment flag bound into each segment's nonce or associated data, so that a segment
 * reordered, dropped, changed, or a file cut short is refused ({@link ProtectionException.Kind#DAMAGED_DATA}), not
 * read as a shorter file. A header (magic {@code PARCHECK-ENC}, format version, and for password-based streams the
 * PBKDF2 salt and iteration count) comes first; {@link #isSealed} tells an encrypted file from a plain one.
 *
 * <p>The format, byte by byte, is in {@link StreamHeader} and {@link SegmentCipher}; the design and its threats in
 * docs/decisions/0023-data-folder-protection.md. The decrypting stream hands out a segment's bytes only once its tag is
 * verified, and keeps refusing after a failure.
 */
public final class SealedStreams {

    private static final byte[] STREAM_KEY_LABEL = "parcheck sealed stream key v1 ".getBytes(StandardCharsets.US_ASCII);

    private SealedStreams() {
    }

    /** Writes an encrypted stream under a folder's file key ({@link DataKey#fileKey()}); close it to finish. */
    public static OutputStream encrypting(OutputStream out, SecretKey key) throws IOException {
        StreamHeader header = StreamHeader.newKeyHeader();
        byte[] headerBytes = header.bytesBeforeCheck();
        SegmentCipher cipher = new SegmentCipher(streamKey(key, header.salt), header.prefix, headerBytes);
        out.write(headerBytes);
        return new SealedOutputStream(out, cipher);
    }

    /** Reads an encrypted stream written by {@link #encrypting(OutputStream, SecretKey)}. */
    public static InputStream decrypting(InputStream in, SecretKey key) throws IOException {
        StreamHeader header = StreamHeader.read(in);
        if (header.kind != StreamHeader.KIND_KEY) {
            throw new ProtectionException(Kind.PASSWORD_NEEDED, "This file is protected by a password, not the key");
        }
        return new SealedInputStream(in,
                new SegmentCipher(streamKey(key, header.salt), header.prefix, header.bytesBeforeCheck()));
    }

    /** Writes a password-encrypted stream (a protected package); salt and iterations go in its header. */
    public static OutputStream encrypting(OutputStream out, char[] password) throws IOException {
        Passwords.requireNonEmpty(password);
        StreamHeader header = StreamHeader.newPasswordHeader(Passwords.ITERATIONS);
        byte[] before = header.bytesBeforeCheck();
        SecretKey key = Passwords.derive(password, header.salt, header.iterations);
        byte[] check = new byte[StreamHeader.CHECK_LENGTH];
        passwordCheck(key, header, before).encrypt(0xFFFF_FFFFL, 2, new byte[0], 0, check);
        byte[] full = concat(before, check);
        out.write(full);
        return new SealedOutputStream(out, new SegmentCipher(key, header.prefix, full));
    }

    /** Reads a password-encrypted stream; a wrong password is {@link ProtectionException.Kind#WRONG_PASSWORD}. */
    public static InputStream decrypting(InputStream in, char[] password) throws IOException {
        StreamHeader header = StreamHeader.read(in);
        if (header.kind != StreamHeader.KIND_PASSWORD) {
            throw new ProtectionException(Kind.DAMAGED_DATA,
                    "This file is encrypted with a data folder's key, not with a password");
        }
        byte[] check = in.readNBytes(StreamHeader.CHECK_LENGTH);
        if (check.length < StreamHeader.CHECK_LENGTH) {
            throw new ProtectionException(Kind.DAMAGED_DATA, "The encrypted file is cut short in its header");
        }
        if (password == null || password.length == 0) {
            throw new ProtectionException(Kind.PASSWORD_NEEDED, "This file is protected by a password");
        }
        byte[] before = header.bytesBeforeCheck();
        SecretKey key = Passwords.derive(password, header.salt, header.iterations);
        byte[] expected = new byte[StreamHeader.CHECK_LENGTH];
        passwordCheck(key, header, before).encrypt(0xFFFF_FFFFL, 2, new byte[0], 0, expected);
        if (!MessageDigest.isEqual(expected, check)) {
            throw new ProtectionException(Kind.WRONG_PASSWORD, "The password does not open this file");
        }
        return new SealedInputStream(in, new SegmentCipher(key, header.prefix, concat(before, check)));
    }

    /** Whether the file starts with the encrypted-stream header (key-based or password-based). */
    public static boolean isSealed(Path file) throws IOException {
        byte[] lead = lead(file);
        return StreamHeader.hasMagic(lead, lead.length);
    }

    /** Whether the file is a password-encrypted stream (a protected package). */
    public static boolean isPasswordSealed(Path file) throws IOException {
        byte[] lead = lead(file);
        return lead.length == StreamHeader.LEAD_LENGTH && StreamHeader.hasMagic(lead, lead.length)
                && lead[StreamHeader.LEAD_LENGTH - 1] == StreamHeader.KIND_PASSWORD;
    }

    private static byte[] lead(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(StreamHeader.LEAD_LENGTH);
        }
    }

    /** This stream's own AES-256 key: HMAC-SHA256 under the folder's file key of a label and the stream's salt. */
    private static SecretKey streamKey(SecretKey key, byte[] salt) {
        byte[] encoded = key.getEncoded();
        if (encoded == null) {
            throw new IllegalArgumentException("The file key must be a raw AES key");
        }
        byte[] derived = null;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(encoded, "HmacSHA256"));
            mac.update(STREAM_KEY_LABEL);
            derived = mac.doFinal(salt);
            return new SecretKeySpec(derived, "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        } finally {
            Arrays.fill(encoded, (byte) 0);
            if (derived != null) {
                Arrays.fill(derived, (byte) 0);
            }
        }
    }

    private static SegmentCipher passwordCheck(SecretKey key, StreamHeader header, byte[] before) {
        return new SegmentCipher(key, header.prefix, before);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
