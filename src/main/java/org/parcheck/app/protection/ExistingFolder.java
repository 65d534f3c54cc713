package org.parcheck.app.protection;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.crypto.SecretKey;
import org.parcheck.answering.EvidenceFiles;
import org.parcheck.common.util.HashedFiles;
import org.parcheck.common.util.TaskProgress;
import org.parcheck.exchange.ExchangeService;
import org.parcheck.persistence.Database;
import org.parcheck.persistence.DatabaseCipher;
import org.parcheck.persistence.DatabaseException;
import org.parcheck.persistence.ProtectedEvidenceNames;
import org.parcheck.persistence.StartupCleanup;
import org.parcheck.persistence.backup.BackupFolder;
import org.parcheck.persistence.backup.DatabaseRestore;
import org.parcheck.protection.DataKey;
import org.parcheck.protection.FolderKeys;
import org.parcheck.protection.RecoveryKey;
import org.parcheck.protection.SealedStreams;

/**
 * Turns protection on for a data folder that holds data (#19), crash-safely. Everything is first built encrypted in
 * {@value #STAGING}/ inside the data folder: the database (encrypted by H2's own tool in memory, then its evidence
 * rows given names that tell nothing), every evidence copy (also those in {@code lost+found/}), the database files
 * kept in {@code damaged/}, every backup (sealed whole), and last the key file. Only then is the switch made: a
 * journal ({@value #JOURNAL}) says "switching", the key file goes in first, then the database, then every other
 * staged file replaces its plain original, then the plain files left (old evidence names, import leftovers) are
 * deleted, then the staging folder and the journal.
 *
 * <p>A crash before the journal says "switching" leaves the plain folder as it was (the next {@link #resume} removes
 * the staging folder); a crash after it leaves a folder that {@link #resume} finishes: every step of the switch can be
 * run again. Deleted plain files may remain readable in the disk's free blocks (docs/data-safety/protection.md).
 */
final class ExistingFolder {

    static final String STAGING = "protect-staging";
    static final String JOURNAL = "protect.journal";
    private static final String STAGING_STATE = "staging";
    private static final String SWITCHING_STATE = "switching";
    private static final String ATTACHMENTS = "attachments";
    private static final int STEPS = 10;
    private static final Logger LOG = Logger.getLogger(ExistingFolder.class.getName());

    private ExistingFolder() {
    }

    /** Protects {@code dataDir}; {@code afterStep} is a seam for tests (a crash injected after step k). */
    static RecoveryKey protect(Path dataDir, char[] password, TaskProgress progress, IntConsumer afterStep)
            throws IOException {
        Path data = dataDir.toAbsolutePath();
        if (FolderKeys.isProtected(data)) {
            throw new IllegalStateException("The data folder is already protected");
        }
        resume(data);
        Path database = Database.fileIn(data);
        requireClosed(database);
        Path staging = data.resolve(STAGING);
        writeJournal(data, STAGING_STATE);
        RecoveryKey recovery;
        try (DataKey key = DataKey.random()) {
            SecretKey fileKey = key.fileKey();
            try {
                Files.createDirectories(staging);
                try (InputStream in = Files.newInputStream(database)) {
                    DatabaseCipher.encryptInMemory(in, Database.fileIn(staging), key);
                }
                step(1, progress, afterStep);
                try (Database opened = Database.open(staging, key)) {
                    ProtectedEvidenceNames.apply(opened, key);
                }
                step(2, progress, afterStep);
                for (Path file : files(data.resolve(ATTACHMENTS))) {
                    stageEvidence(data, staging, file, key, fileKey);
                }
                for (Path file : files(data.resolve(StartupCleanup.LOST_AND_FOUND))) {
                    stageEvidence(data, staging, file, key, fileKey);
                }
                step(3, progress, afterStep);
                for (Path file : files(data.resolve(DatabaseRestore.DAMAGED_FOLDER))) {
                    if (!DatabaseCipher.isEncrypted(file)) {
                        Path target = staging.resolve(data.relativize(file));
                        Files.createDirectories(target.getParent());
                        try (InputStream in = Files.newInputStream(file)) {
                            DatabaseCipher.encryptInMemory(in, target, key);
                        }
                    }
                }
                step(4, progress, afterStep);
                for (Path file : files(data.resolve(BackupFolder.FOLDER_NAME))) {
                    if (!SealedStreams.isSealed(file)) {
                        Path target = staging.resolve(data.relativize(file));
                        Files.createDirectories(target.getParent());
                        try (InputStream in = Files.newInputStream(file)) {
                            HashedFiles.writeSynced(in, target, fileKey);
                        }
                    }
                }
                step(5, progress, afterStep);
                recovery = FolderKeys.create(staging, password, key);
                step(6, progress, afterStep);
            } catch (IOException | RuntimeException e) {
                rollBack(data);
                throw e;
            }
        }
        writeJournal(data, SWITCHING_STATE);
        step(7, progress, afterStep);
        switchOver(data, progress, afterStep);
        return recovery;
    }

    /** Whether a protection was interrupted in its switch: the folder is protected, {@link #resume} finishes it. */
    static boolean switching(Path dataDir) {
        try {
            Path journal = dataDir.toAbsolutePath().resolve(JOURNAL);
            return Files.exists(journal) && SWITCHING_STATE.equals(Files.readString(journal).strip());
        } catch (IOException e) {
            return false;
        }
    }

    /** Finishes a switch interrupted by a crash, or removes what an unfinished staging left; else nothing. */
    static void resume(Path dataDir) throws IOException {
        Path data = dataDir.toAbsolutePath();
        Path journal = data.resolve(JOURNAL);
        if (switching(data)) {
            LOG.info("Finishing the protection of the data folder that was interrupted");
            switchOver(data, TaskProgress.NONE, step -> { });
        } else if (Files.exists(journal) || Files.exists(data.resolve(STAGING))) {
            LOG.info("Removing an unfinished protection of the data folder (nothing was switched)");
            rollBack(data);
        }
    }

    private static void stageEvidence(Path data, Path staging, Path file, DataKey key, SecretKey fileKey)
            throws IOException {
        String name = file.getFileName().toString();
        if (name.endsWith(HashedFiles.PART_SUFFIX) || SealedStreams.isSealed(file)) {
            return;
        }
        String sha = HashedFiles.sha256(file);
        Path target = staging.resolve(data.relativize(file)).resolveSibling(EvidenceFiles.storedName(sha, "", key));
        try (InputStream in = Files.newInputStream(file)) {
            HashedFiles.copyVerified(in, target, sha, fileKey);
        }
    }

    /** Every step of the switch can be run again: what was moved already is not in the staging folder any more. */
    private static void switchOver(Path data, TaskProgress progress, IntConsumer afterStep) throws IOException {
        Path staging = data.resolve(STAGING);
        Path keys = FolderKeys.fileIn(staging);
        if (Files.exists(keys)) {
            HashedFiles.moveAtomically(keys, FolderKeys.fileIn(data));
        }
        step(8, progress, afterStep);
        Path database = Database.fileIn(staging);
        if (Files.exists(database)) {
            HashedFiles.moveAtomically(database, Database.fileIn(data));
        }
        step(9, progress, afterStep);
        for (Path file : files(staging)) {
            Path target = data.resolve(staging.relativize(file));
            Files.createDirectories(target.getParent());
            HashedFiles.moveAtomically(file, target);
        }
        step(10, progress, afterStep);
        deletePlain(data.resolve(ATTACHMENTS));
        deletePlain(data.resolve(StartupCleanup.LOST_AND_FOUND));
        deletePlain(data.resolve(BackupFolder.FOLDER_NAME));
        for (Path file : files(data.resolve(DatabaseRestore.DAMAGED_FOLDER))) {
            if (!DatabaseCipher.isEncrypted(file)) {
                Files.delete(file);
            }
        }
        deleteTree(data.resolve(ExchangeService.STAGING));
        deleteTree(staging);
        Files.deleteIfExists(data.resolve(JOURNAL));
        LOG.info("The data folder is protected");
    }

    /** Deletes every file under {@code folder} that is not encrypted (the plain originals). */
    private static void deletePlain(Path folder) throws IOException {
        for (Path file : files(folder)) {
            if (!SealedStreams.isSealed(file)) {
                Files.delete(file);
            }
        }
    }

    private static void rollBack(Path data) throws IOException {
        deleteTree(data.resolve(STAGING));
        Files.deleteIfExists(data.resolve(JOURNAL));
    }

    private static void step(int step, TaskProgress progress, IntConsumer afterStep) {
        afterStep.accept(step);
        progress.update(step, STEPS);
        if (step < 7) {
            progress.checkCancelled();
        }
    }

    /** The journal, replaced atomically and forced to disk: what a crash leaves is one state or the other. */
    private static void writeJournal(Path data, String state) throws IOException {
        Path tmp = data.resolve(JOURNAL + ".tmp");
        try (InputStream in = new java.io.ByteArrayInputStream((state + "\n").getBytes(StandardCharsets.US_ASCII))) {
            HashedFiles.writeSynced(in, tmp);
        }
        HashedFiles.moveAtomically(tmp, data.resolve(JOURNAL));
    }

    private static void requireClosed(Path database) throws IOException {
        if (!Files.exists(database)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(database, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new DatabaseException(DatabaseException.Kind.ALREADY_OPEN, database, "The database is open",
                        null);
            }
            lock.release();
        } catch (OverlappingFileLockException e) {
            throw new DatabaseException(DatabaseException.Kind.ALREADY_OPEN, database, "The database is open", e);
        }
    }

    /** The regular files under {@code folder}, sorted; none when it does not exist. */
    private static List<Path> files(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
