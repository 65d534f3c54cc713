package org.parcheck.persistence.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.crypto.SecretKey;
import org.parcheck.common.util.HashedFiles;

/**
 * Puts a backup's evidence files in place, keeping every current file the backup does not have: a file already
 * there with the right hash stays, any other is moved aside into the scratch folder first, so that {@link #undo}
 * brings back exactly what was there. In a protected folder (#19) the files are compared decrypted.
 */
final class AttachmentSwap {

    private static final Logger LOG = Logger.getLogger(DatabaseRestore.class.getName());

    private final Path data;
    private final Path scratch;
    private final SecretKey fileKey;
    private final Deque<Path[]> asideMoves = new ArrayDeque<>();
    private final Deque<Path> placed = new ArrayDeque<>();

    AttachmentSwap(Path data, Path scratch, SecretKey fileKey) {
        this.data = data;
        this.scratch = scratch;
        this.fileKey = fileKey;
    }

    void putBack(Map<String, String> files) throws IOException {
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path target = data.resolve(file.getKey());
            if (HashedFiles.matches(target, file.getValue(), fileKey)) {
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
