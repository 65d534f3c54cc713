package org.parcheck.persistence.backup;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import javax.crypto.SecretKey;
import org.parcheck.common.util.HashedFiles;
import org.parcheck.persistence.Database;
import org.parcheck.persistence.DatabaseCipher;
import org.parcheck.persistence.DatabaseException;
import org.parcheck.persistence.ProtectedEvidenceNames;
import org.parcheck.protection.DataKey;
import org.parcheck.protection.ProtectionException;
import org.parcheck.protection.SealedStreams;

/**
 * Unpacks a backup into a scratch folder and checks it ({@link DatabaseRestore}): its database (opened and migrated
 * there) and its evidence files, each hashed while written and compared with the backup's list.
 *
 * <p>Into a protected folder (#19, a key given) an encrypted backup is decrypted while read; its database entry is
 * already encrypted by H2. A backup made before the folder was protected (a plain zip, or one sealed as it was when
 * protection was turned on) has a plain database entry: it is encrypted in memory before it reaches the disk
 * ({@link DatabaseCipher#encryptInMemory}), and its evidence rows get protected names. Evidence files are staged
 * encrypted, never plain. An encrypted backup unpacked without a key, or with another folder's key, is refused as
 * damaged.
 */
final class BackupUnpack {

    /** Larger than any real ParCheck database: a guard against zip bombs. */
    static final long MAX_DATABASE_BYTES = 8L * 1024 * 1024 * 1024;
    private static final long MAX_MANIFEST_BYTES = 64L * 1024 * 1024;
    private static final byte[] H2_ENCRYPTED = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);

    private BackupUnpack() {
    }

    /**
     * A backup unpacked into the scratch folder and checked.
     *
     * @param database    the database file, opened and migrated there
     * @param attachments the evidence files (path relative to the data folder → SHA-256), staged under
     *                    {@code scratch/attachments/}; empty for a backup made before they were included
     */
    record Unpacked(Path database, Map<String, String> attachments) {
    }

    static Unpacked unpack(Path backup, Path scratch, DataKey key) {
        Path unpacked = scratch.resolve(Database.FILE_NAME);
        if (!Files.isRegularFile(backup)) {
            throw new BackupException(BackupException.Kind.DAMAGED_BACKUP, backup, "No backup file " + backup, null);
        }
        SecretKey fileKey = key == null ? null : key.fileKey();
        boolean found = false;
        Map<String, String> staged = new LinkedHashMap<>();
        Map<String, String> listed = null;
        Path stagingRoot = scratch.resolve(BackupZip.ATTACHMENTS).normalize();
        try (InputStream in = open(backup, fileKey); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                if (name.equals(Database.FILE_NAME) && !found) {
                    copyDatabase(zip, unpacked, backup, key);
                    found = true;
                } else if (name.equals(BackupZip.MANIFEST) && listed == null) {
                    listed = BackupZip.readManifest(zip.readNBytes((int) Math.min(MAX_MANIFEST_BYTES,
                            Integer.MAX_VALUE - 8)));
                } else if (name.startsWith(BackupZip.ATTACHMENTS_PREFIX) && !entry.isDirectory()) {
                    Path target = scratch.resolve(name).normalize();
                    if (!safeEntryName(name) || !target.startsWith(stagingRoot) || staged.containsKey(name)) {
                        throw new BackupException(BackupException.Kind.DAMAGED_BACKUP, backup,
                                "Unsafe or repeated entry " + name, null);
                    }
                    Files.createDirectories(target.getParent());
                    staged.put(name, copyHashed(zip, target, backup, fileKey));
                }
                // other names (paths) are never written anywhere
            }
        } catch (ZipException | EOFException | IllegalArgumentException | ProtectionException e) {
            throw new BackupException(BackupException.Kind.DAMAGED_BACKUP, backup, "Damaged backup: " + e, e);
        } catch (IOException e) {
            throw BackupException.writing(unpacked, e);
        }
        if (!found) {
            throw new BackupException(BackupException.Kind.DAMAGED_BACKUP, backup,
                    "Not a ParCheck backup (no " + Database.FILE_NAME + "): " + backup, null);
        }
        if (!staged.equals(listed == null ? Map.of() : listed)) {
            throw new BackupException(BackupException.Kind.DAMAGED_BACKUP, backup,
                    "Evidence files do not match the backup's list of SHA-256 hashes", null);
        }
        try (Database opened = Database.open(scratch, key)) {
            if (opened.damage().isPresent()) {
                throw new BackupException(BackupException.Kind.DAMAGED_BACKUP, backup,
                        "Backup is damaged inside: " + opened.damage().get(), null);
            }
            if (key != null) {
                staged = renameStaged(scratch, staged, ProtectedEvidenceNames.apply(opened, key));
            }
            return new Unpacked(unpacked, staged);
        } catch (DatabaseException e) {
            BackupException.Kind kind = e.kind() == DatabaseException.Kind.NEWER_VERSION
                    ? BackupException.Kind.NEWER_VERSION : BackupException.Kind.DAMAGED_BACKUP;
            throw new BackupException(kind, backup, "Backup cannot be opened: " + e.getMessage(), e);
        } catch (IOException e) {
            throw BackupException.writing(unpacked, e);
        }
    }

    /** The backup's bytes: decrypted when it is an encrypted backup (refused without a key). */
    private static InputStream open(Path backup, SecretKey fileKey) throws IOException {
        boolean sealed = SealedStreams.isSealed(backup);
        if (sealed && fileKey == null) {
            throw new BackupException(BackupException.Kind.DAMAGED_BACKUP, backup,
                    "An encrypted backup, and this folder is not protected", null);
        }
        InputStream raw = Files.newInputStream(backup);
        return sealed ? SealedStreams.decrypting(raw, fileKey) : raw;
    }

    /** The database entry: as it is, or (a plain one into a protected folder) encrypted in memory first. */
    private static void copyDatabase(InputStream zip, Path target, Path backup, DataKey key) throws IOException {
        if (key == null) {
            copyLimited(zip, target, backup);
            return;
        }
        byte[] head = zip.readNBytes(H2_ENCRYPTED.length);
        // SequenceInputStream closes each stream it finishes: the zip's is shielded (limited() does not close)
        InputStream whole = new SequenceInputStream(new ByteArrayInputStream(head), limited(zip, backup));
        if (Arrays.equals(head, H2_ENCRYPTED)) {
            copyLimited(whole, target, backup);
        } else {
            DatabaseCipher.encryptInMemory(whole, target, key);
        }
    }

    /** Moves staged evidence files to the protected names their rows were given; the list follows. */
    private static Map<String, String> renameStaged(Path scratch, Map<String, String> staged,
                                                    Map<String, String> renamed) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> file : staged.entrySet()) {
            String to = renamed.get(file.getKey());
            if (to == null) {
                out.put(file.getKey(), file.getValue());
                continue;
            }
            Path target = scratch.resolve(to).normalize();
            Files.createDirectories(target.getParent());
            Files.move(scratch.resolve(file.getKey()), target, StandardCopyOption.REPLACE_EXISTING);
            out.put(to, file.getValue());
        }
        return out;
    }

    static boolean safeEntryName(String name) {
        if (name.contains("\\") || name.contains(":") || name.contains("\u0000") || name.startsWith("/")) {
            return false;
        }
        for (String part : name.split("/", -1)) {
            if (part.isEmpty() || ".".equals(part) || "..".equals(part)) {
                return false;
            }
        }
        return true;
    }

    /** Writes an entry to {@code target} (encrypted under {@code fileKey} when not null); returns its SHA-256. */
    private static String copyHashed(InputStream in, Path target, Path backup, SecretKey fileKey)
            throws IOException {
        if (fileKey != null) {
            return HashedFiles.writeSynced(limited(in, backup), target, fileKey);
        }
        MessageDigest digest = HashedFiles.digest();
        copyLimited(new DigestInputStream(in, digest), target, backup);
        return HexFormat.of().formatHex(digest.digest());
    }

    static void copyLimited(InputStream in, Path target, Path backup) throws IOException {
        try (OutputStream out = Files.newOutputStream(target)) {
            limited(in, backup).transferTo(out);
        }
    }

    /** {@code in}, failing past {@link #MAX_DATABASE_BYTES} (a zip bomb); not closing {@code in}. */
    private static InputStream limited(InputStream in, Path backup) {
        return new FilterInputStream(in) {
            private long total;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = in.read(b, off, len);
                total += Math.max(n, 0);
                if (total > MAX_DATABASE_BYTES) {
                    throw new BackupException(BackupException.Kind.DAMAGED_BACKUP, backup,
                            "Backup entry larger than " + MAX_DATABASE_BYTES + " bytes", null);
                }
                return n;
            }

            @Override
            public void close() {
                // the zip stream is read on
            }
        };
    }
}
