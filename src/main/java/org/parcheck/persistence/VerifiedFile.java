package org.parcheck.persistence;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import org.h2.engine.Constants;
import org.parcheck.protection.DataKey;

/**
 * The note that a database file, byte for byte, passed the full check on opening ({@link ContentSeal#verify}: every
 * row against its seal, H2's row counts, every index read whole) with nothing found
 * ({@link #FILE_NAME} beside the file; D33). It holds the file's size and two check values over all its bytes,
 * CRC-32C and CRC-32 (64 bits together), with the check's format and ParCheck's and H2's versions. An open whose file
 * gives the same note skips the row-by-row check: the same bytes, read by the same code, give the same finding. Any
 * other file, and any change to this one (a save, a damaged block, another copy), is checked in full.
 *
 * <p>The check values guard against damage, as the seals do, not against a deliberate edit: whoever can rewrite the
 * seals can rewrite this note (docs/record/damaged-database.md).
 */
public final class VerifiedFile {

    /** The note's file name, in the data folder. */
    public static final String FILE_NAME = "parcheck.verified";
    /** Raise whenever the full check comes to find something it did not: every older note is then ignored. */
    static final int CHECK_FORMAT = 1;

    private static final Logger LOG = Logger.getLogger(Database.class.getName());
    private static final int BUFFER = 1 << 20;

    private VerifiedFile() {
    }

    /**
     * After the window closed a database it had open for writing, undamaged (D33): checks the file read-only as the
     * next open would, which notes the checked bytes, so that a command run next does not read every row again. The
     * window is hidden by then; the folder's lock is still held. Skipped while H2's lock file shows the database still
     * open; anything that fails only means that the next open checks in full.
     */
    public static void checkAfterClose(Path dataDir, DataKey key) {
        Path file = Database.fileIn(dataDir);
        if (!Files.isRegularFile(file) || Files.exists(DatabaseOpening.h2LockFile(file))) {
            return;
        }
        try {
            DamageReport found = DatabaseOpening.preflight(file, DatabaseOpening.base(file), key).damage();
            if (found.damaged()) {
                LOG.severe(() -> "Damage found in " + file + " right after closing it; the next open reports it: "
                        + found);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not check " + file + " after closing it; the next open checks in full", e);
        }
    }

    /** A file's size, time and check values over all its bytes. */
    record Digest(long size, FileTime modified, long crc32c, long crc32) {

        /** The note's one line for these bytes, with the versions of the code that checked them. */
        String note() {
            return "parcheck-verified " + CHECK_FORMAT + " parcheck=" + parcheckVersion() + " h2="
                    + Constants.FULL_VERSION + " size=" + size + " crc32c=" + Long.toHexString(crc32c)
                    + " crc32=" + Long.toHexString(crc32) + "\n";
        }
    }

    /** The digest of {@code file}'s bytes as they are now; null if the file cannot be read whole. */
    static Digest digest(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            FileTime modified = Files.getLastModifiedTime(file);
            CRC32C crc32c = new CRC32C();
            CRC32 crc32 = new CRC32();
            ByteBuffer buffer = ByteBuffer.allocateDirect(BUFFER);
            long size = 0;
            while (channel.read(buffer.clear()) > 0) {
                buffer.flip();
                size += buffer.remaining();
                crc32c.update(buffer.duplicate());
                crc32.update(buffer);
            }
            return new Digest(size, modified, crc32c.getValue(), crc32.getValue());
        } catch (IOException e) {
            LOG.log(Level.FINE, "Could not read " + file + " for its check values", e);
            return null;
        }
    }

    /** Whether {@code file}'s note says that exactly these bytes passed the full check. */
    static boolean verified(Path file, Digest digest) {
        if (digest == null) {
            return false;
        }
        Path note = noteOf(file);
        try {
            return Files.isRegularFile(note) && Files.size(note) < 1024
                    && digest.note().equals(Files.readString(note, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "Could not read " + note, e);
            return false;
        }
    }

    /**
     * After a full check of the bytes {@code digest} was taken of: notes them if nothing was found and the file is
     * unchanged since (same size and time), removes any note otherwise. A note that cannot be written (a folder that
     * is read-only to this user) only means the next open checks in full again.
     */
    static void afterCheck(Path file, Digest digest, DamageReport found) {
        Path note = noteOf(file);
        try {
            if (digest == null || found.damaged() || !found.sealed() || !unchanged(file, digest)) {
                Files.deleteIfExists(note);
                return;
            }
            Path part = note.resolveSibling(FILE_NAME + ".part"); // an unfinished one is removed at the next start
            Files.writeString(part, digest.note(), StandardCharsets.UTF_8);
            Files.move(part, note, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "Could not update " + note, e);
        }
    }

    private static boolean unchanged(Path file, Digest digest) throws IOException {
        return Files.size(file) == digest.size() && Files.getLastModifiedTime(file).equals(digest.modified());
    }

    static Path noteOf(Path file) {
        return file.resolveSibling(FILE_NAME);
    }

    private static String parcheckVersion() {
        String version = VerifiedFile.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
