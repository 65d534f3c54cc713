package org.parcheck.persistence.backup;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.parcheck.common.util.HashedFiles;
import org.parcheck.persistence.Database;
import org.parcheck.persistence.DatabaseException;

/**
 * Puts a backup back as the database of a data folder. The database must be closed. The sequence:
 * <ol>
 *   <li>the backup is unpacked into a scratch folder inside the data folder and opened there (and migrated to this
 *       ParCheck's schema): a damaged zip, a file that is not a ParCheck database or one from a newer ParCheck is
 *       refused here, and the current database has not been touched;</li>
 *   <li>the current database file is checked to be closed (nobody holds its file lock);</li>
 *   <li>the current database file and evidence files are zipped into the backups folder as
 *       {@code ...-before-restore.zip};</li>
 *   <li>the backup's evidence files (each checked against the backup's list of hashes) are put in place, the files
 *       they replace moved aside; current files the backup does not have stay;</li>
 *   <li>the checked copy replaces the database file in one atomic move.</li>
 * </ol>
 * A failure at any step leaves the current database and evidence files as they were; the scratch folder is
 * removed. A backup made before evidence files were included restores the database and keeps the current files.
 */
public final class DatabaseRestore {

    /** Larger than any real ParCheck database: a guard against zip bombs. */
    static final long MAX_DATABASE_BYTES = 8L * 1024 * 1024 * 1024;
    private static final String SCRATCH_PREFIX = "restore-";
    private static final long MAX_MANIFEST_BYTES = 64L * 1024 * 1024;
    private static final Logger LOG = Logger.getLogger(DatabaseRestore.class.getName());

    private DatabaseRestore() {
    }

    /**
     * What a restore did.
     *
     * @param restoredFrom the backup now in place
     * @param safetyCopy   the zip of the database as it was just before (empty if there was no database)
     */
    public record Restored(Path restoredFrom, Optional<Path> safetyCopy) {
    }

    /** Restores {@code backup} into {@code dataDir}; the database there must be closed. */
    public static Restored restore(Path dataDir, Path backup, Clock clock) {
        Path data = dataDir.toAbsolutePath();
        Path current = Database.fileIn(data);
        BackupFolder folder = new BackupFolder(data);
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory(data, SCRATCH_PREFIX);
            Unpacked checked = unpack(backup, scratch);
            Optional<Path> safety = Optional.empty();
            if (Files.exists(current)) {
                requireClosed(current);
                folder.ensureWritable();
                Path safetyFile = folder.newFile(clock, true);
                BackupFolder.zipFile(current, safetyFile);
                safety = Optional.of(safetyFile);
            }
            AttachmentSwap swap = new AttachmentSwap(data, scratch);
            try {
                swap.putBack(checked.attachments());
                Files.move(checked.database(), current, StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException | RuntimeException e) {
                swap.undo();
                throw e;
            }
            return new Restored(backup, safety);
        } catch (IOException e) {
            throw BackupException.writing(current, e);
        } finally {
            if (scratch != null) {
                deleteTree(scratch);
            }
        }
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

    /**
     * What restoring the newest clean backup did.
     *
     * @param restoredFrom the backup now in place
     * @param keptAside    where the damaged database file now is (empty if there was none)
     * @param skipped      the newer backups that did not check out (damaged, or from a newer ParCheck)
     */
    public record RestoredClean(Path restoredFrom, Optional<Path> keptAside, List<Path> skipped) {
    }

    /**
     * Restores the newest of {@code backups} (newest first) that checks out: unpacked, opened read-only, every row
     * read and matching its seals. The current database file (damaged) is first moved aside into
     * {@code <dataDir>/damaged/parcheck-damaged-<yyyyMMdd-HHmmss>.mv.db}, never deleted. The database must be closed.
     * If no backup checks out, nothing is moved and {@link BackupException.Kind#DAMAGED_BACKUP} is thrown.
     */
    public static RestoredClean restoreNewestClean(Path dataDir, List<Path> backups, Clock clock) {
        Path data = dataDir.toAbsolutePath();
        Path current = Database.fileIn(data);
        List<Path> skipped = new ArrayList<>();
        for (Path backup : backups) {
            Path scratch = null;
            try {
                scratch = Files.createTempDirectory(data, SCRATCH_PREFIX);
                Unpacked checked;
                try {
                    checked = unpack(backup, scratch);
                } catch (BackupException e) {
                    if (e.kind() == BackupException.Kind.DAMAGED_BACKUP
                            || e.kind() == BackupException.Kind.NEWER_VERSION) {
                        skipped.add(backup);
                        continue;
                    }
                    throw e;
                }
                Optional<Path> aside = Optional.empty();
                if (Files.exists(current)) {
                    requireClosed(current);
                    aside = Optional.of(moveAside(data, current, clock));
                }
                AttachmentSwap swap = new AttachmentSwap(data, scratch);
                try {
                    swap.putBack(checked.attachments());
                    Files.move(checked.database(), current, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException | RuntimeException e) {
                    swap.undo();
                    if (aside.isPresent() && !Files.exists(current)) {
                        Files.move(aside.get(), current, StandardCopyOption.ATOMIC_MOVE);
                    }
                    throw e;
                }
                return new RestoredClean(backup, aside, List.copyOf(skipped));
            } catch (IOException e) {
                throw BackupException.writing(current, e);
            } finally {
                if (scratch != null) {
                    deleteTree(scratch);
                }
            }
        }
        throw new BackupException(BackupException.Kind.DAMAGED_BACKUP, data.resolve(BackupFolder.FOLDER_NAME),
                "No backup checks out (" + skipped.size() + " tried)", null);
    }

    /** The folder inside the data folder where damaged database files are kept. */
    public static final String DAMAGED_FOLDER = "damaged";

    private static Path moveAside(Path data, Path current, Clock clock) throws IOException {
        Path folder = Files.createDirectories(data.resolve(DAMAGED_FOLDER));
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(LocalDateTime.now(clock));
        Path target = folder.resolve(Database.FILE_BASE_NAME + "-damaged-" + stamp + ".mv.db");
        for (int n = 1; Files.exists(target); n++) {
            target = folder.resolve(Database.FILE_BASE_NAME + "-damaged-" + stamp + "-" + n + ".mv.db");
        }
        Files.move(current, target, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }

    /**
     * Checks {@code backup} as a restore would, without restoring: unpacked into a scratch folder inside
     * {@code dataDir}, its evidence files compared with its list of hashes, its database opened (every row read,
     * seals matching); the scratch folder is removed after. The current database is not touched. Throws
     * {@link BackupException} ({@code DAMAGED_BACKUP}, {@code NEWER_VERSION}, or a writing kind) when it does not
     * check out.
     */
    public static void check(Path dataDir, Path backup) {
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory(dataDir.toAbsolutePath(), SCRATCH_PREFIX);
            unpack(backup, scratch);
        } catch (IOException e) {
            throw BackupException.writing(dataDir, e);
        } finally {
            if (scratch != null) {
                deleteTree(scratch);
            }
        }
    }

    /** Unpacks the database entry of {@code backup} into {@code scratch}, opens and migrates it there. */
    static Path unpackAndCheck(Path backup, Path scratch) {
        return unpack(backup, scratch).database();
    }

    /**
     * Unpacks {@code backup} into {@code scratch}: its database (opened and migrated there) and its evidence files,
     * each hashed while written and compared with the backup's list; any difference refuses the backup.
     */
    static Unpacked unpack(Path backup, Path scratch) {
        Path unpacked = scratch.resolve(Database.FILE_NAME);
        if (!Files.isRegularFile(backup)) {
            throw new BackupException(BackupException.Kind.DAMAGED_BACKUP, backup, "No backup file " + backup, null);
        }
        boolean found = false;
        Map<String, String> staged = new LinkedHashMap<>();
        Map<String, String> listed = null;
        Path stagingRoot = scratch.resolve(BackupZip.ATTACHMENTS).normalize();
        try (InputStream in = Files.newInputStream(backup); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                if (name.equals(Database.FILE_NAME) && !found) {
                    copyLimited(zip, unpacked, backup);
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
                    staged.put(name, copyHashed(zip, target, backup));
                }
                // other names (paths) are never written anywhere
            }
        } catch (ZipException | EOFException | IllegalArgumentException e) {
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
        try (Database opened = Database.open(scratch)) {
            if (opened.damage().isPresent()) {
                throw new BackupException(BackupException.Kind.DAMAGED_BACKUP, backup,
                        "Backup is damaged inside: " + opened.damage().get(), null);
            }
            return new Unpacked(unpacked, staged);
        } catch (DatabaseException e) {
            BackupException.Kind kind = e.kind() == DatabaseException.Kind.NEWER_VERSION
                    ? BackupException.Kind.NEWER_VERSION : BackupException.Kind.DAMAGED_BACKUP;
            throw new BackupException(kind, backup, "Backup cannot be opened: " + e.getMessage(), e);
        }
    }

    private static boolean safeEntryName(String name) {
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

    /** Writes an entry to {@code target}, forced to disk, and returns its SHA-256. */
    private static String copyHashed(InputStream in, Path target, Path backup) throws IOException {
        MessageDigest digest = HashedFiles.digest();
        copyLimited(new DigestInputStream(in, digest), target, backup);
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * Puts a backup's evidence files in place, keeping every current file the backup does not have: a file already
     * there with the right hash stays, any other is moved aside into the scratch folder first, so that
     * {@link #undo} brings back exactly what was there.
     */
    private static final class AttachmentSwap {
        private final Path data;
        private final Path scratch;
        private final Deque<Path[]> asideMoves = new ArrayDeque<>();
        private final Deque<Path> placed = new ArrayDeque<>();

        AttachmentSwap(Path data, Path scratch) {
            this.data = data;
            this.scratch = scratch;
        }

        void putBack(Map<String, String> files) throws IOException {
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path target = data.resolve(file.getKey());
                if (HashedFiles.matches(target, file.getValue())) {
                    continue;
                }
                if (Files.exists(target)) {
                    Path aside = scratch.resolve("before").resolve(file.getKey());
                    Files.createDirectories(aside.getParent());
                    Files.move(target, aside, StandardCopyOption.ATOMIC_MOVE);
                    asideMoves.push(new Path[] {aside, target});
                }
                Files.createDirectories(target.getParent());
                Files.move(scratch.resolve(file.getKey()), target, StandardCopyOption.ATOMIC_MOVE);
                placed.push(target);
            }
        }

        /** Removes what was put in place and moves back what was moved aside (best effort, logged). */
        void undo() {
            while (!placed.isEmpty()) {
                BackupFolder.deleteQuietly(placed.pop());
            }
            while (!asideMoves.isEmpty()) {
                Path[] move = asideMoves.pop();
                try {
                    Files.move(move[0], move[1], StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    LOG.log(Level.SEVERE, "Could not move " + move[0] + " back to " + move[1], e);
                }
            }
        }
    }

    private static void copyLimited(InputStream in, Path target, Path backup) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(target)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
                if (total > MAX_DATABASE_BYTES) {
                    throw new BackupException(BackupException.Kind.DAMAGED_BACKUP, backup,
                            "Backup entry larger than " + MAX_DATABASE_BYTES + " bytes", null);
                }
                out.write(buffer, 0, n);
            }
        }
    }

    /** Fails with {@link BackupException.Kind#DATABASE_OPEN} if a process (this one included) has the file open. */
    static void requireClosed(Path databaseFile) throws IOException {
        try (FileChannel channel = FileChannel.open(databaseFile, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw open(databaseFile);
            }
            lock.release();
        } catch (OverlappingFileLockException e) {
            throw open(databaseFile);
        }
    }

    private static BackupException open(Path databaseFile) {
        return new BackupException(BackupException.Kind.DATABASE_OPEN, databaseFile,
                "The database is open; close it before restoring", null);
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(BackupFolder::deleteQuietly);
        } catch (IOException e) {
            BackupFolder.deleteQuietly(dir);
        }
    }
}
