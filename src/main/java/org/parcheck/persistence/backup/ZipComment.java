package org.parcheck.persistence.backup;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.zip.ZipFile;

/**
 * Who made a backup, kept in the backup zip's own comment as a line {@code made by: <person>} (#15): it travels
 * with the file, needs no extra entry, and a restore ignores it. Written into the finished temporary zip before it
 * is moved into place, so a backup never exists without it.
 */
public final class ZipComment {

    private static final Logger LOG = Logger.getLogger(ZipComment.class.getName());
    static final String MADE_BY = "made by: ";
    private static final int END_SIGNATURE = 0x06054b50;
    private static final int END_LENGTH = 22;
    private static final int MAX_COMMENT = 0xFFFF;

    private ZipComment() {
    }

    /**
     * Sets the comment of a zip that has none (H2's {@code BACKUP TO} writes none) to name who made it. A zip whose
     * end record is not where expected (it already has a comment) is left as it is, with a log line: who made a
     * backup never costs the backup.
     */
    static void writeMadeBy(Path zip, String madeBy) throws IOException {
        byte[] bytes = (MADE_BY + madeBy).getBytes(StandardCharsets.UTF_8);
        if (bytes.length > MAX_COMMENT) {
            return;
        }
        try (FileChannel channel = FileChannel.open(zip, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = channel.size();
            ByteBuffer end = ByteBuffer.allocate(END_LENGTH).order(ByteOrder.LITTLE_ENDIAN);
            if (size < END_LENGTH || channel.read(end, size - END_LENGTH) != END_LENGTH
                    || end.getInt(0) != END_SIGNATURE || end.getShort(END_LENGTH - 2) != 0) {
                LOG.warning(() -> "Backup " + zip + " already has a zip comment; who made it is not recorded");
                return;
            }
            ByteBuffer length = ByteBuffer.allocate(2).order(ByteOrder.LITTLE_ENDIAN)
                    .putShort(0, (short) bytes.length);
            channel.write(ByteBuffer.wrap(bytes), size);
            channel.write(length, size - 2);
        }
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
