package org.parcheck.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.crypto.SecretKey;
import org.parcheck.answering.EvidenceFiles;
import org.parcheck.common.util.HashedFiles;
import org.parcheck.exchange.PackageException.Kind;
import org.parcheck.protection.DataKey;

/**
 * The evidence files of a package: copied into the data folder ({@code attachments/<visit uuid>/}) hashed while
 * written, and used to put back attached files here that are missing or altered.
 *
 * <p>In a protected data folder (#19) the package's evidence is staged encrypted under the folder's file key, is read
 * back decrypted, and is copied in encrypted under a name that does not reveal it ({@link EvidenceFiles}).
 */
final class ExchangeEvidence {

    private static final Logger LOG = Logger.getLogger(ExchangeEvidence.class.getName());

    private final ExchangeRepository repository;
    private final Path dataDir;
    private final DataKey key;
    private final SecretKey fileKey;

    ExchangeEvidence(ExchangeRepository repository, Path dataDir) {
        this(repository, dataDir, null);
    }

    /** The evidence of a protected folder (#19) when {@code key} is not null: staged and stored encrypted. */
    ExchangeEvidence(ExchangeRepository repository, Path dataDir, DataKey key) {
        this.repository = repository;
        this.dataDir = dataDir;
        this.key = key;
        this.fileKey = key == null ? null : key.fileKey();
    }

    /** Copies a staged evidence file (encrypted when the folder is protected) to {@code target}, checked. */
    private void copyStaged(Path staged, Path target, String sha) throws IOException {
        try (InputStream in = HashedFiles.openReading(staged, fileKey)) {
            HashedFiles.copyVerified(in, target, sha, fileKey);
        }
    }

    /**
     * Puts back attached files here that are missing or not what their hash says, from the package's copy with
     * that hash (checked while the package was read, and again while copied). Returns the repaired paths. A file
     * that cannot be repaired (no space, no permission) is logged and left for the checks to report.
     */
    List<String> repairAttachments(Map<String, Path> evidence) {
        List<String> repaired = new ArrayList<>();
        Path attachments = dataDir.resolve("attachments").normalize();
        for (Map.Entry<String, String> e : repository.attachmentsWithHashes(evidence.keySet()).entrySet()) {
            Path target = dataDir.resolve(e.getKey()).normalize();
            if (!target.startsWith(attachments) || HashedFiles.matches(target, e.getValue(), fileKey)) {
                continue;
            }
            try {
                copyStaged(evidence.get(e.getValue()), target, e.getValue());
                repaired.add(e.getKey());
                LOG.warning(() -> "Evidence file " + target + " was missing or altered; put back from the package");
            } catch (IOException ex) {
                LOG.log(Level.WARNING, "Could not repair evidence file " + target, ex);
            }
        }
        return repaired;
    }

    /**
     * Copies an evidence item's file into {@code attachments/<visit uuid>/} and points the item at it. The copy is
     * hashed while written, forced to disk and moved into place only when its hash is the item's; a file already
     * there is kept only when it has that hash (a copy cut short by a killed import is replaced).
     */
    VisitItem placeEvidence(String visitUuid, VisitItem item, ImportPlan plan, List<Path> created)
            throws IOException {
        String sha = item == null ? null : item.field("attachment_sha256");
        if (sha == null) {
            return item;
        }
        sha = sha.toLowerCase(java.util.Locale.ROOT);
        String name = EvidenceFiles.storedName(sha, item.field("attachment_name"), key);
        String relative = "attachments/" + visitUuid + "/" + name;
        Path target = dataDir.resolve(relative).normalize();
        if (!target.startsWith(dataDir.resolve("attachments").normalize())) {
            throw new PackageException(Kind.UNSAFE_PATH, relative, relative);
        }
        if (!HashedFiles.matches(target, sha, fileKey)) {
            boolean existed = Files.exists(target);
            try {
                copyStaged(plan.evidence().get(sha), target, sha);
            } catch (HashedFiles.HashMismatchException e) {
                throw new PackageException(Kind.CHECKSUM, e.getMessage(), e, PackageManifest.EVIDENCE_PREFIX + sha);
            }
            if (!existed) {
                created.add(target);
            }
        }
        return item.with("attachment_path", relative);
    }
}
