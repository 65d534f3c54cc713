package org.parcheck.protection;

import java.security.GeneralSecurityException;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.parcheck.protection.ProtectionException.Kind;

/**
 * AES-256-GCM of one segment of an encrypted stream, as in the STREAM construction (Hoang, Reyhanitabar, Rogaway,
 * Vizár 2015) and Tink's streaming AEAD: nonce = the stream's random prefix (7 bytes) ‖ segment index (4 bytes,
 * big-endian) ‖ last-segment flag (1 byte: 0 or 1), associated data = the stream's header. A segment moved, dropped,
 * or a stream cut at a segment boundary fails the tag of the segment read in its place. The password check uses the
 * flag value 2 with index 0xFFFFFFFF, a nonce no segment has.
 */
final class SegmentCipher {

    static final int SEGMENT_LENGTH = 64 * 1024;
    static final int TAG_LENGTH = 16;
    static final int NONCE_LENGTH = 12;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";

    private final SecretKey key;
    private final byte[] nonce = new byte[NONCE_LENGTH];
    private final byte[] aad;
    private final Cipher cipher;

    SegmentCipher(SecretKey key, byte[] prefix, byte[] aad) {
        this.key = key;
        System.arraycopy(prefix, 0, nonce, 0, StreamHeader.PREFIX_LENGTH);
        this.aad = aad.clone();
        try {
            this.cipher = Cipher.getInstance(TRANSFORMATION);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM is part of every Java runtime", e);
        }
    }

    /** Encrypts {@code length} bytes of {@code in} into {@code out} (length + 16 bytes); returns the bytes written. */
    int encrypt(long index, int flag, byte[] in, int length, byte[] out) throws ProtectionException {
        try {
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_LENGTH * 8, nonce(index, flag)));
            cipher.updateAAD(aad);
            return cipher.doFinal(in, 0, length, out, 0);
        } catch (GeneralSecurityException e) {
            throw new ProtectionException(Kind.DAMAGED_DATA, "Could not encrypt: " + e.getMessage(), e);
        }
    }

    /**
     * Decrypts a segment of {@code length} bytes (tag included) into {@code out}; returns the plaintext length.
     * The JDK's GCM gives out nothing before the tag is verified. A failed tag is {@link Kind#DAMAGED_DATA}.
     */
    int decrypt(long index, int flag, byte[] in, int length, byte[] out) throws ProtectionException {
        try {
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_LENGTH * 8, nonce(index, flag)));
            cipher.updateAAD(aad);
            return cipher.doFinal(in, 0, length, out, 0);
        } catch (AEADBadTagException e) {
            throw new ProtectionException(Kind.DAMAGED_DATA,
                    "The encrypted file is damaged, changed or cut short (segment " + index + ")", e);
        } catch (GeneralSecurityException e) {
            throw new ProtectionException(Kind.DAMAGED_DATA, "Could not decrypt: " + e.getMessage(), e);
        }
    }

    private byte[] nonce(long index, int flag) throws ProtectionException {
        if (index < 0 || index > 0xFFFF_FFFFL) {
            throw new ProtectionException(Kind.DAMAGED_DATA, "An encrypted stream holds at most 2^32 segments");
        }
        int p = StreamHeader.PREFIX_LENGTH;
        nonce[p] = (byte) (index >>> 24);
        nonce[p + 1] = (byte) (index >>> 16);
        nonce[p + 2] = (byte) (index >>> 8);
        nonce[p + 3] = (byte) index;
        nonce[p + 4] = (byte) flag;
        return nonce.clone();
    }
}
