package org.parcheck.protection;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import org.parcheck.protection.ProtectionException.Kind;

/**
 * The header of an encrypted stream ({@link SealedStreams}): magic {@code PARCHECK-ENC}, version 1, kind (key or
 * password), the 7-byte random nonce prefix of this stream, a 16-byte random salt and, for a password stream, the
 * PBKDF2 iteration count (4 bytes, big-endian) and a 16-byte password check (the AES-GCM tag of nothing under the
 * derived key, the header before it as associated data). The whole header is the associated data of every segment.
 *
 * <p>The salt gives every stream its own AES key: for a key stream HMAC-SHA256(folder file key, label ‖ salt), as
 * Tink's streaming AEAD derives one per stream with HKDF; for a password stream PBKDF2(password, salt). So the
 * 56-bit random nonce prefix never has to be unique across the many files of a folder, only the 128-bit salt.
 */
final class StreamHeader {

    static final byte[] MAGIC = "PARCHECK-ENC".getBytes(StandardCharsets.US_ASCII);
    static final byte VERSION = 1;
    static final byte KIND_KEY = 1;
    static final byte KIND_PASSWORD = 2;
    static final int PREFIX_LENGTH = 7;
    static final int SALT_LENGTH = 16;
    static final int CHECK_LENGTH = SegmentCipher.TAG_LENGTH;
    /** Magic, version and kind: what {@link SealedStreams#isSealed} reads. */
    static final int LEAD_LENGTH = MAGIC.length + 2;
    /** Iteration counts outside these bounds are a damaged (or hostile) header, not a slow derivation to run. */
    static final int MIN_ITERATIONS = 1_000;
    static final int MAX_ITERATIONS = 10_000_000;

    private static final SecureRandom RANDOM = new SecureRandom();

    final byte kind;
    final byte[] prefix;
    final byte[] salt;
    final int iterations;

    private StreamHeader(byte kind, byte[] prefix, byte[] salt, int iterations) {
        this.kind = kind;
        this.prefix = prefix;
        this.salt = salt;
        this.iterations = iterations;
    }

    static StreamHeader newKeyHeader() {
        return new StreamHeader(KIND_KEY, random(PREFIX_LENGTH), random(SALT_LENGTH), 0);
    }

    static StreamHeader newPasswordHeader(int iterations) {
        return new StreamHeader(KIND_PASSWORD, random(PREFIX_LENGTH), random(SALT_LENGTH), iterations);
    }

    /** The header's bytes before the password check (all of them for a key stream). */
    byte[] bytesBeforeCheck() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(MAGIC);
        out.write(VERSION);
        out.write(kind);
        out.writeBytes(prefix);
        out.writeBytes(salt);
        if (kind == KIND_PASSWORD) {
            out.writeBytes(ByteBuffer.allocate(4).putInt(iterations).array());
        }
        return out.toByteArray();
    }

    /** Whether {@code lead} (the first {@link #LEAD_LENGTH} bytes of a file, or fewer) starts with the magic. */
    static boolean hasMagic(byte[] lead, int length) {
        return length >= MAGIC.length && Arrays.equals(lead, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    }

    /** Reads a header up to (not including) the password check; refuses anything but a version 1 header. */
    static StreamHeader read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        byte[] lead = new byte[LEAD_LENGTH];
        int got = in.readNBytes(lead, 0, LEAD_LENGTH);
        if (!hasMagic(lead, got)) {
            throw new ProtectionException(Kind.DAMAGED_DATA, "Not a ParCheck encrypted file (no PARCHECK-ENC header)");
        }
        if (got < LEAD_LENGTH) {
            throw new ProtectionException(Kind.DAMAGED_DATA, "The encrypted file is cut short in its header");
        }
        if (lead[MAGIC.length] != VERSION) {
            throw new ProtectionException(Kind.DAMAGED_DATA,
                    "Unknown encrypted file version " + (lead[MAGIC.length] & 0xFF));
        }
        byte kind = lead[MAGIC.length + 1];
        if (kind != KIND_KEY && kind != KIND_PASSWORD) {
            throw new ProtectionException(Kind.DAMAGED_DATA, "Unknown encrypted file kind " + (kind & 0xFF));
        }
        try {
            byte[] prefix = new byte[PREFIX_LENGTH];
            data.readFully(prefix);
            byte[] salt = new byte[SALT_LENGTH];
            data.readFully(salt);
            if (kind == KIND_KEY) {
                return new StreamHeader(kind, prefix, salt, 0);
            }
            int iterations = data.readInt();
            if (iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) {
                throw new ProtectionException(Kind.DAMAGED_DATA,
                        "The encrypted file's iteration count is out of range: " + iterations);
            }
            return new StreamHeader(kind, prefix, salt, iterations);
        } catch (EOFException e) {
            throw new ProtectionException(Kind.DAMAGED_DATA, "The encrypted file is cut short in its header", e);
        }
    }

    private static byte[] random(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
