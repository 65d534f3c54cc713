package org.parcheck.persistence.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.crypto.SecretKey;
import org.parcheck.common.util.HashedFiles;
import org.parcheck.persistence.Database;
import org.parcheck.protection.DataKey;
import org.parcheck.protection.SealedStreams;

/**
 * The layout of a backup zip: the database entry {@code parcheck.mv.db} first, then every evidence file of the data
 * folder as {@code attachments/<visit>/<name>}, then {@code attachments.sha256} listing each file's SHA-256 and path
 * ({@code sha256sum} format) as hashed while it was zipped. Files are streamed, never held in memory. A backup made
 * before evidence files were included has only the database entry.
 *
 * <p>In a protected data folder (#19) the whole zip is written inside an encrypted stream under the folder's file key
 * ({@link SealedStreams}), so that entry names and the comment are hidden too; inside, the database entry is the
 * database file as H2 encrypted it, the evidence files are their plain content (decrypted while zipped, so that
 * {@code attachments.sha256} lists the same hashes as the database), and who made it is the first entry
 * {@link #INFO} (a zip comment would only be readable after decrypting the whole file).
 */
final class BackupZip {

    static final String ATTACHMENTS = "attachments";
    static final String ATTACHMENTS_PREFIX = ATTACHMENTS + "/";
    static final String MANIFEST = "attachments.sha256";
    /** The first entry of an encrypted backup: the lines a plain backup keeps in its zip comment. */
    static final String INFO = "backup.info";

    private static final Logger LOG = Logger.getLogger(BackupZip.class.getName());

    /** Writes the database entry's content. */
    @FunctionalInterface
    interface DatabaseContent {
        void writeTo(OutputStream out) throws IOException;
    }

    private BackupZip() {
    }

    /**
     * Writes a backup zip to {@code target} ({@code target.tmp} first, forced to disk, then renamed into place).
     * {@code expected} maps evidence paths (relative to the data folder) to the SHA-256 the database holds: a file
     * whose content does not match is left out and logged (an older backup keeps the good copy), so a backup never
     * carries a damaged evidence file as if it were whole.
     */
    static void write(Path target, DatabaseContent database, Path dataDir, Map<String, String> expected)
            throws IOException {
        write(target, database, dataDir, expected, null);
    }

    /** As above, with the zip's comment (who made it, {@link ZipComment}), or none when {@code comment} is null. */
    static void write(Path target, DatabaseContent database, Path dataDir, Map<String, String> expected,
                      String comment) throws IOException {
        write(target, database, dataDir, expected, comment, null);
    }

    /** As above, encrypted under {@code key} (a protected folder, #19) when not null. */
    static void write(Path target, DatabaseContent database, Path dataDir, Map<String, String> expected,
                      String comment, DataKey key) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        SecretKey fileKey = key == null ? null : key.fileKey();
        try {
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream file = HashedFiles.keepingOpen(Channels.newOutputStream(channel));
                OutputStream sealed = fileKey == null ? file : SealedStreams.encrypting(file, fileKey);
                ZipOutputStream zip = new ZipOutputStream(sealed);
                if (fileKey != null && comment != null) {
                    zip.putNextEntry(new ZipEntry(INFO));
                    zip.write((comment + "\n").getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                } else if (comment != null) {
                    zip.setComment(comment);
                }
                zip.putNextEntry(new ZipEntry(Database.FILE_NAME));
                database.writeTo(zip);
                zip.closeEntry();
                Map<String, String> written = writeAttachments(zip, dataDir, expected, fileKey);
                if (!written.isEmpty()) {
                    zip.putNextEntry(new ZipEntry(MANIFEST));
                    StringBuilder lines = new StringBuilder();
                    written.forEach((path, sha) -> lines.append(sha).append("  ").append(path).append('\n'));
                    zip.write(lines.toString().getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
                zip.finish();
                zip.flush();
                sealed.close(); // the last encrypted segment; the channel stays open
                channel.force(true);
            }
            HashedFiles.moveAtomically(tmp, target);
        } catch (IOException | RuntimeException e) {
            BackupFolder.deleteQuietly(tmp);
            throw e;
        }
    }

    private static Map<String, String> writeAttachments(ZipOutputStream zip, Path dataDir,
                                                        Map<String, String> expected, SecretKey fileKey)
            throws IOException {
        Map<String, String> written = new LinkedHashMap<>();
        Path root = dataDir.resolve(ATTACHMENTS);
        if (!Files.isDirectory(root)) {
            return written;
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).sorted().forEach(files::add);
        }
        byte[] buffer = new byte[64 * 1024];
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.startsWith(HashedFiles.PART_PREFIX) && name.endsWith(HashedFiles.PART_SUFFIX)) {
                continue; // a copy still being written (or left by a killed one)
            }
            String relative = dataDir.relativize(file).toString().replace('\\', '/');
            String wanted = expected.get(relative);
            if (wanted != null && !HashedFiles.matches(file, wanted, fileKey)) {
                LOG.warning(() -> "Evidence file " + file + " is not what its SHA-256 says; left out of the backup");
                continue;
            }
            MessageDigest digest = HashedFiles.digest();
            zip.putNextEntry(new ZipEntry(relative));
            try (InputStream in = HashedFiles.openReading(file, fileKey)) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    digest.update(buffer, 0, n);
                    zip.write(buffer, 0, n);
                }
            }
            zip.closeEntry();
            String sha = HexFormat.of().formatHex(digest.digest());
            if (wanted != null && !sha.equalsIgnoreCase(wanted)) {
                throw new IOException("Evidence file " + file + " changed while it was backed up");
            }
            written.put(relative, sha);
        }
        return written;
    }

    /** Reads a manifest: path → SHA-256 (lower case). */
    static Map<String, String> readManifest(byte[] bytes) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            int gap = line.indexOf("  ");
            if (gap != 64) {
                throw new IllegalArgumentException("Bad manifest line: " + line);
            }
            out.put(line.substring(66), line.substring(0, 64).toLowerCase(Locale.ROOT));
        }
        return out;
    }
}
