package org.parcheck.common.util;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.SecretKey;
import org.parcheck.protection.SealedStreams;

/**
 * Files that are what their SHA-256 says. A copy goes to a temporary name beside the target
 * ({@code incoming*.part}), is hashed while it is written, forced to disk, compared with the expected hash and only
 * then moved over the target in one atomic rename: a process killed mid-copy leaves at most a {@code .part} file,
 * never a short file under the real name.
 *
 * <p>In a protected data folder (#19) the same calls take the folder's file key ({@code DataKey.fileKey()}): the copy
 * is written encrypted ({@link SealedStreams}) and read back decrypted, while the SHA-256 is always the plain
 * content's, so that packages and the checks on finalising keep their meaning. A null key means a plain file.
 */
public final class HashedFiles {

    /** The prefix and suffix of the temporary file a copy is written to (a leftover is a killed copy). */
    public static final String PART_PREFIX = "incoming";
    public static final String PART_SUFFIX = ".part";

    private static final int BUFFER = 64 * 1024;

    /** A copy's content does not have the hash it should have. */
    public static final class HashMismatchException extends IOException {
        private static final long serialVersionUID = 1L;
        private final String expected;
        private final String actual;

        HashMismatchException(Path target, String expected, String actual) {
            super("Content for " + target + " has SHA-256 " + actual + ", expected " + expected);
            this.expected = expected;
            this.actual = actual;
        }

        public String expected() {
            return expected;
        }

        public String actual() {
            return actual;
        }
    }

    private HashedFiles() {
    }

    /** The SHA-256 of {@code file} (lower-case hex), read as a stream. */
    public static String sha256(Path file) throws IOException {
        return sha256(file, null);
    }

    /**
     * The SHA-256 of {@code file}'s content (lower-case hex), decrypted with {@code key} when not null. A damaged
     * encrypted file is a {@code ProtectionException} (DAMAGED_DATA).
     */
    public static String sha256(Path file, SecretKey key) throws IOException {
        MessageDigest digest = digest();
        try (InputStream in = openReading(file, key)) {
            byte[] buffer = new byte[BUFFER];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Whether {@code file} exists and has the SHA-256 {@code sha} (any case); false when it cannot be read. */
    public static boolean matches(Path file, String sha) {
        return matches(file, sha, null);
    }

    /** {@link #matches(Path, String)} for a file encrypted with {@code key} (null: plain); damaged: false. */
    public static boolean matches(Path file, String sha, SecretKey key) {
        if (sha == null || !Files.isRegularFile(file)) {
            return false;
        }
        try {
            return sha256(file, key).equalsIgnoreCase(sha);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Copies {@code source} to {@code target} as described above; {@code expectedSha} may be null (then any content
     * is taken). Returns the content's SHA-256. On a mismatch ({@link HashMismatchException}) or any failure the
     * target is untouched and the temporary file removed.
     */
    public static String copyVerified(Path source, Path target, String expectedSha) throws IOException {
        try (InputStream in = Files.newInputStream(source)) {
            return copyVerified(in, target, expectedSha);
        }
    }

    /** As {@link #copyVerified(Path, Path, String)}, from a stream (read to its end, not closed). */
    public static String copyVerified(InputStream in, Path target, String expectedSha) throws IOException {
        return copyVerified(in, target, expectedSha, null);
    }

    /**
     * As {@link #copyVerified(InputStream, Path, String)}, the copy encrypted with {@code key} (null: plain); the hash
     * checked is the plain content's. No plain byte reaches the disk: the temporary file is encrypted as well.
     */
    public static String copyVerified(InputStream in, Path target, String expectedSha, SecretKey key)
            throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path part = Files.createTempFile(folder, PART_PREFIX, PART_SUFFIX);
        try {
            String sha = writeSynced(in, part, key);
            if (expectedSha != null && !sha.equalsIgnoreCase(expectedSha)) {
                throw new HashMismatchException(target, expectedSha.toLowerCase(Locale.ROOT), sha);
            }
            moveAtomically(part, target);
            syncFolder(folder);
            return sha;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(part);
            throw e;
        }
    }

    /** Writes {@code in} to {@code file} (replacing it), forces it to disk and returns the content's SHA-256. */
    public static String writeSynced(InputStream in, Path file) throws IOException {
        return writeSynced(in, file, null);
    }

    /**
     * {@link #writeSynced(InputStream, Path)}, written encrypted with {@code key} when not null; the SHA-256
     * returned is the plain content's.
     */
    public static String writeSynced(InputStream in, Path file, SecretKey key) throws IOException {
        MessageDigest digest = digest();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            OutputStream raw = keepingOpen(Channels.newOutputStream(channel));
            try (OutputStream out = key == null ? raw : SealedStreams.encrypting(raw, key)) {
                byte[] buffer = new byte[BUFFER];
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    digest.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                }
            }
            channel.force(true);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * {@code out}, except that closing it only flushes: an encrypting stream around it can be closed (to write its
     * last segment) while the file channel underneath stays open to be forced to disk.
     */
    public static OutputStream keepingOpen(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    /**
     * Opens {@code file} for reading its content: as it is when {@code key} is null, else decrypted with it (a damaged
     * or cut-short file fails with a {@code ProtectionException} while read, before the end is reached).
     */
    public static InputStream openReading(Path file, SecretKey key) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (key == null) {
            return in;
        }
        try {
            return SealedStreams.decrypting(in, key);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** Renames {@code from} over {@code to} atomically where the file system can (a plain replace otherwise). */
    public static void moveAtomically(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Forces a folder's entries (a rename) to disk where the OS allows opening a folder (not on Windows). */
    public static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // not possible on this OS: the rename is still atomic, only its durability is the OS's
        }
    }

    /** A fresh SHA-256 digest. */
    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
