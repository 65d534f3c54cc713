package org.parcheck.protection;

import java.nio.CharBuffer;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.util.Arrays;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The password key derivation of #19: PBKDF2-HMAC-SHA256 (the JDK's {@code PBKDF2WithHmacSHA256}), 256-bit output,
 * the password in Unicode NFC first (a Vietnamese password typed with composed or decomposed accents is the same
 * password), then UTF-8 as the JDK encodes it.
 *
 * <p>{@link #ITERATIONS}: chosen by measuring unlock time on the project's 2-core machine with the JVM's default
 * compilers and with {@code -XX:TieredStopAtLevel=1} (the figures and the reasoning are in
 * docs/decisions/0023-data-folder-protection.md and docs/data-safety/protection.md). The count is stored beside each
 * salt, so it can be raised for new files without breaking old ones.
 */
final class Passwords {

    /** PBKDF2 iterations for the inspector's password and for package passwords. */
    static final int ITERATIONS = 150_000;
    /** PBKDF2 iterations for the recovery key: 150 random bits need no slow derivation, only a salted one. */
    static final int RECOVERY_ITERATIONS = 10_000;
    static final String KDF = "PBKDF2WithHmacSHA256";
    static final int KEY_BITS = 256;

    private Passwords() {
    }

    static void requireNonEmpty(char[] password) {
        if (password == null || password.length == 0) {
            throw new IllegalArgumentException("A password must not be empty");
        }
    }

    /** The AES-256 key derived from {@code password}; the caller's array is not changed. */
    static SecretKey derive(char[] password, byte[] salt, int iterations) {
        char[] normal = nfc(password);
        PBEKeySpec spec = new PBEKeySpec(normal, salt, iterations, KEY_BITS);
        byte[] derived = null;
        try {
            derived = SecretKeyFactory.getInstance(KDF).generateSecret(spec).getEncoded();
            return new SecretKeySpec(derived, "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(KDF + " is part of every Java runtime", e);
        } finally {
            spec.clearPassword();
            if (normal != password) {
                Arrays.fill(normal, '\0');
            }
            if (derived != null) {
                Arrays.fill(derived, (byte) 0);
            }
        }
    }

    private static char[] nfc(char[] password) {
        CharBuffer chars = CharBuffer.wrap(password);
        if (Normalizer.isNormalized(chars, Normalizer.Form.NFC)) {
            return password;
        }
        return Normalizer.normalize(chars, Normalizer.Form.NFC).toCharArray();
    }
}
