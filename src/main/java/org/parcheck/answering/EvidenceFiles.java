package org.parcheck.answering;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.parcheck.common.util.HashedFiles;
import org.parcheck.common.util.SafeFileNames;

/**
 * Copies of evidence files kept in the data folder ({@code attachments/<visit>/<hash prefix>-<name>}), so that
 * they travel with the data and cannot be changed behind the visit's back (the SHA-256 is stored). A copy is
 * hashed while written, forced to disk and moved into place atomically ({@link HashedFiles}); the name is made
 * safe for every OS ({@link SafeFileNames}). {@link #check} reads every attached file back against its hash.
 */
public final class EvidenceFiles implements AttachmentCheck {

    /** A stored copy: its path relative to the data folder and its SHA-256. */
    public record Stored(String relativePath, String sha256) {
    }

    private final Path dataDir;

    public EvidenceFiles(Path dataDir) {
        this.dataDir = dataDir;
    }

    /** Copies {@code source} into the data folder; the original is not touched. */
    public Stored store(long visitId, Path source) throws IOException {
        Path folder = dataDir.resolve("attachments").resolve(Long.toString(visitId));
        Files.createDirectories(folder);
        // hash first, to name the copy; the copy is hashed again while written and must give the same hash
        String sha = HashedFiles.sha256(source);
        Path target = folder.resolve(storedName(sha, source.getFileName().toString()));
        if (!HashedFiles.matches(target, sha)) {
            HashedFiles.copyVerified(source, target, sha);
        }
        return new Stored(dataDir.relativize(target).toString().replace('\\', '/'), sha);
    }

    /** The name of a stored copy: the first 12 hex digits of its SHA-256, a dash and the safe original name. */
    public static String storedName(String sha256, String originalName) {
        return sha256.substring(0, 12).toLowerCase(java.util.Locale.ROOT) + "-" + SafeFileNames.safe(originalName);
    }

    public Path resolve(String relativePath) {
        return dataDir.resolve(relativePath);
    }

    /** Reads back every attached file of {@code evidence}: those missing or not matching their hash. */
    @Override
    public List<AttachmentProblem> check(List<EvidenceCitation> evidence) {
        List<AttachmentProblem> problems = new ArrayList<>();
        for (EvidenceCitation citation : evidence) {
            if (citation.attachmentPath() == null) {
                continue;
            }
            Path file = resolve(citation.attachmentPath());
            if (!Files.isRegularFile(file)) {
                problems.add(new AttachmentProblem(citation, AttachmentProblem.Kind.MISSING));
            } else if (!HashedFiles.matches(file, citation.attachmentSha256())) {
                problems.add(new AttachmentProblem(citation, AttachmentProblem.Kind.ALTERED));
            }
        }
        return problems;
    }
}
