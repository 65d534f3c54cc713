package org.parcheck.persistence.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipFile;

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
        try (ZipFile file = new ZipFile(zip.toFile())) {
            String comment = file.getComment();
            if (comment == null) {
                return Optional.empty();
            }
            return comment.lines().filter(l -> l.startsWith(MADE_BY)).map(l -> l.substring(MADE_BY.length()))
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
