package org.parcheck.protection;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.parcheck.protection.ProtectionException.Kind;

/**
 * The content of {@code parcheck.keys}, a small ASCII text file of {@code name=value} lines (comments start with
 * {@code #}), version 1:
 *
 * <pre>
 * format=parcheck-keys
 * version=1
 * kdf=PBKDF2WithHmacSHA256
 * password.iterations=150000        password.salt=(16 bytes, base64)
 * password.nonce=(12 bytes, base64)  password.wrapped=(the 32-byte data key and the 16-byte GCM tag, base64)
 * recovery.iterations, recovery.salt, recovery.nonce, recovery.wrapped   (the same, under the recovery key)
 * checksum=(SHA-256, hex, of the lines above in this order, each "name=value\n")
 * </pre>
 *
 * The data key is wrapped with AES-256-GCM under the PBKDF2 key, a random nonce, and the associated data
 * {@code parcheck.keys v1 password} (or {@code recovery}). The checksum finds accidental damage (a changed salt or
 * count would otherwise read as a wrong password); it is not a protection against a deliberate change, which gains
 * nothing: the wrapped key opens only with the right password.
 */
record KeyFile(Wrap password, Wrap recovery) {

    static final String FORMAT = "parcheck-keys";
    static final int VERSION = 1;
    static final int SALT_LENGTH = 16;
    static final int NONCE_LENGTH = 12;
    static final int WRAPPED_LENGTH = DataKey.LENGTH + 16;
    private static final List<String> PARTS = List.of("iterations", "salt", "nonce", "wrapped");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** One wrapping of the data key. */
    record Wrap(int iterations, byte[] salt, byte[] nonce, byte[] wrapped) {
    }

    /** Wraps {@code key} under {@code secret} (a password or a canonical recovery key), fresh salt and nonce. */
    static Wrap wrap(DataKey key, char[] secret, int iterations, String purpose) {
        byte[] salt = random(SALT_LENGTH);
        byte[] nonce = random(NONCE_LENGTH);
        SecretKey kek = Passwords.derive(secret, salt, iterations);
        byte[] bytes = key.bytes();
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, kek, new GCMParameterSpec(128, nonce));
            cipher.updateAAD(aad(purpose));
            return new Wrap(iterations, salt, nonce, cipher.doFinal(bytes));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM is part of every Java runtime", e);
        } finally {
            java.util.Arrays.fill(bytes, (byte) 0);
        }
    }

    /** The data key unwrapped with {@code secret}; a tag that fails is a wrong password (the checksum held). */
    static DataKey unwrap(Wrap wrap, char[] secret, String purpose) throws ProtectionException {
        SecretKey kek = Passwords.derive(secret, wrap.salt(), wrap.iterations());
        byte[] bytes = null;
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, kek, new GCMParameterSpec(128, wrap.nonce()));
            cipher.updateAAD(aad(purpose));
            bytes = cipher.doFinal(wrap.wrapped());
            return DataKey.of(bytes);
        } catch (AEADBadTagException e) {
            throw new ProtectionException(Kind.WRONG_PASSWORD, "The " + purpose + " does not open this folder");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM is part of every Java runtime", e);
        } finally {
            if (bytes != null) {
                java.util.Arrays.fill(bytes, (byte) 0);
            }
        }
    }

    private static byte[] aad(String purpose) {
        return ("parcheck.keys v" + VERSION + " " + purpose).getBytes(StandardCharsets.US_ASCII);
    }

    /** The file's text. */
    String format() {
        Map<String, String> fields = fields();
        StringBuilder text = new StringBuilder();
        text.append("# ParCheck key file (#19): the data folder's key, wrapped under the password and the recovery")
                .append(" key.\n");
        text.append("# Keep it with the folder: without it the data cannot be opened. Do not edit it.\n");
        fields.forEach((name, value) -> text.append(name).append('=').append(value).append('\n'));
        text.append("checksum=").append(checksum(fields)).append('\n');
        return text.toString();
    }

    private Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("format", FORMAT);
        fields.put("version", Integer.toString(VERSION));
        fields.put("kdf", Passwords.KDF);
        put(fields, "password", password);
        put(fields, "recovery", recovery);
        return fields;
    }

    private static void put(Map<String, String> fields, String prefix, Wrap wrap) {
        Base64.Encoder b64 = Base64.getEncoder();
        fields.put(prefix + ".iterations", Integer.toString(wrap.iterations()));
        fields.put(prefix + ".salt", b64.encodeToString(wrap.salt()));
        fields.put(prefix + ".nonce", b64.encodeToString(wrap.nonce()));
        fields.put(prefix + ".wrapped", b64.encodeToString(wrap.wrapped()));
    }

    private static String checksum(Map<String, String> fields) {
        StringBuilder canonical = new StringBuilder();
        fields.forEach((name, value) -> canonical.append(name).append('=').append(value).append('\n'));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(hash);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Reads the file's text; anything missing, extra, malformed, or of another version is DAMAGED_KEY_FILE. */
    static KeyFile parse(String text) throws ProtectionException {
        Map<String, String> read = new LinkedHashMap<>();
        for (String raw : text.split("\n", -1)) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw damaged("a line is not name=value");
            }
            if (read.put(line.substring(0, eq), line.substring(eq + 1)) != null) {
                throw damaged("a field appears twice");
            }
        }
        if (!FORMAT.equals(read.get("format"))) {
            throw damaged("it is not a ParCheck key file");
        }
        if (!Integer.toString(VERSION).equals(read.get("version"))) {
            throw damaged("its version (" + read.get("version") + ") is unknown to this ParCheck");
        }
        if (!Passwords.KDF.equals(read.get("kdf"))) {
            throw damaged("its key derivation is unknown");
        }
        KeyFile file = new KeyFile(wrapFrom(read, "password"), wrapFrom(read, "recovery"));
        Map<String, String> expected = file.fields();
        String checksum = read.remove("checksum");
        if (!read.equals(expected)) {
            throw damaged("its fields are not the ones version 1 writes");
        }
        if (checksum == null || !MessageDigest.isEqual(checksum.getBytes(StandardCharsets.US_ASCII),
                checksum(expected).getBytes(StandardCharsets.US_ASCII))) {
            throw damaged("its checksum does not match (a byte was changed)");
        }
        return file;
    }

    private static Wrap wrapFrom(Map<String, String> read, String prefix) throws ProtectionException {
        for (String part : PARTS) {
            if (read.get(prefix + "." + part) == null) {
                throw damaged("the field " + prefix + "." + part + " is missing");
            }
        }
        int iterations;
        try {
            iterations = Integer.parseInt(read.get(prefix + ".iterations"));
        } catch (NumberFormatException e) {
            throw damaged("the field " + prefix + ".iterations is not a number");
        }
        if (iterations < StreamHeader.MIN_ITERATIONS || iterations > StreamHeader.MAX_ITERATIONS) {
            throw damaged("the field " + prefix + ".iterations is out of range");
        }
        return new Wrap(iterations, bytes(read, prefix + ".salt", SALT_LENGTH),
                bytes(read, prefix + ".nonce", NONCE_LENGTH), bytes(read, prefix + ".wrapped", WRAPPED_LENGTH));
    }

    private static byte[] bytes(Map<String, String> read, String name, int length) throws ProtectionException {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(read.get(name));
        } catch (IllegalArgumentException e) {
            throw damaged("the field " + name + " is not base64");
        }
        if (bytes.length != length) {
            throw damaged("the field " + name + " has " + bytes.length + " bytes, not " + length);
        }
        return bytes;
    }

    private static ProtectionException damaged(String why) {
        return new ProtectionException(Kind.DAMAGED_KEY_FILE, "The key file " + FolderKeys.FILE_NAME
                + " is damaged: " + why);
    }

    private static byte[] random(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
