package org.parcheck.persistence.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.parcheck.protection.DataKey;
import org.parcheck.protection.SealedStreams;

/**
 * Who made a backup, kept in the backup zip's own comment as a line {@code made by: <person>} (#15): it travels
 * with the file, needs no extra entry, and a restore ignores it. Set while the zip is written, before it is moved
 * into place, so a backup never exists without it.
 */
public final class ZipComment {

    static final String MADE_BY = "made by: ";
    private static final int MAX_COMMENT = 0xFFFF;

    private ZipComment() {
    }

    /** The zip comment naming who made a backup, or null when unknown or too long for a zip comment. */
    static String comment(String madeBy) {
        if (madeBy == null) {
            return null;
        }
        String comment = MADE_BY + madeBy;
        return comment.getBytes(StandardCharsets.UTF_8).length > MAX_COMMENT ? null : comment;
    }

    /** Who made the backup {@code zip}, if its comment says so (backups made before #15 do not). */
    public static Optional<String> madeBy(Path zip) {
        return madeBy(zip, null);
    }

    /**
     * {@link #madeBy(Path)} for a backup of a protected folder (#19): an encrypted backup keeps the line in its first
     * entry {@link BackupZip#INFO}, read by decrypting the file's first segment only. Empty without the key.
     */
    public static Optional<String> madeBy(Path zip, DataKey key) {
        try {
            if (SealedStreams.isSealed(zip)) {
                if (key == null) {
                    return Optional.empty();
                }
                try (InputStream in = SealedStreams.decrypting(Files.newInputStream(zip), key.fileKey());
                     ZipInputStream entries = new ZipInputStream(in)) {
                    ZipEntry first = entries.getNextEntry();
                    return first != null && BackupZip.INFO.equals(first.getName())
                            ? madeByIn(new String(entries.readNBytes(MAX_COMMENT), StandardCharsets.UTF_8))
                            : Optional.empty();
                }
            }
            try (ZipFile file = new ZipFile(zip.toFile())) {
                return madeByIn(file.getComment());
            }
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> madeByIn(String comment) {
        if (comment == null) {
            return Optional.empty();
        }
        return comment.lines().filter(l -> l.startsWith(MADE_BY)).map(l -> l.substring(MADE_BY.length()))
                .findFirst();
    }
}
