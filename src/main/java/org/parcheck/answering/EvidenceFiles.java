package org.parcheck.answering;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.BiPredicate;
import java.util.function.LongSupplier;
import org.parcheck.common.util.HashedFiles;
import org.parcheck.common.util.SafeFileNames;

/**
 * Copies of evidence files kept in the data folder ({@code attachments/<visit>/<hash prefix>-<name>}), so that
 * they travel with the data and cannot be changed behind the visit's back (the SHA-256 is stored). A copy is
 * hashed while written, forced to disk and moved into place atomically ({@link HashedFiles}); the name is made
 * safe for every OS ({@link SafeFileNames}). {@link #check} reads every attached file back against its hash.
 *
 * <p>Opening a visit checks its files twice at the same moment (the visit screen's warning and the findings tab):
 * a file's hash is read once and reused by checks made within {@link #REUSE} of it while the file is the same
 * file (same size, modification time and file key), concurrent checks waiting for the one read. One instance per
 * data folder ({@code AppServices.evidenceFiles()}) so that both checks share it. Finalising reads every file
 * again ({@link #checkNow}).
 */
public final class EvidenceFiles implements AttachmentCheck {

    /** A stored copy: its path relative to the data folder and its SHA-256. */
    public record Stored(String relativePath, String sha256) {
    }

    /** How long a hash read is reused by other checks of the same file (the checks of one opening). */
    public static final Duration REUSE = Duration.ofSeconds(10);

    /** A file as read: a different size, time or file key (a file moved into place) is hashed again. */
    private record Read(Path file, String sha256, long size, FileTime modified, Object fileKey) {
    }

    /** A hash read, started at {@code nanos}; concurrent checks of the same file wait for it. */
    private record Hashing(long nanos, FutureTask<Boolean> matches) {
    }

    private final Path dataDir;
    private final BiPredicate<Path, String> matcher;
    private final LongSupplier nanoTime;
    private final Map<Read, Hashing> recent = new ConcurrentHashMap<>();

    public EvidenceFiles(Path dataDir) {
        this(dataDir, HashedFiles::matches, System::nanoTime);
    }

    /** With the hash check and the clock as seams (tests count the reads). */
    EvidenceFiles(Path dataDir, BiPredicate<Path, String> matcher, LongSupplier nanoTime) {
        this.dataDir = dataDir;
        this.matcher = matcher;
        this.nanoTime = nanoTime;
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

    /**
     * Reads back every attached file of {@code evidence}: those missing or not matching their hash. A file read by
     * another check within {@link #REUSE}, and unchanged since, is not read again.
     */
    @Override
    public List<AttachmentProblem> check(List<EvidenceCitation> evidence) {
        return check(evidence, true);
    }

    /** Reads back every attached file now, reusing no earlier read (finalising). */
    @Override
    public List<AttachmentProblem> checkNow(List<EvidenceCitation> evidence) {
        return check(evidence, false);
    }

    private List<AttachmentProblem> check(List<EvidenceCitation> evidence, boolean reuse) {
        List<AttachmentProblem> problems = new ArrayList<>();
        for (EvidenceCitation citation : evidence) {
            if (citation.attachmentPath() == null) {
                continue;
            }
            Path file = resolve(citation.attachmentPath());
            BasicFileAttributes attributes = attributes(file);
            String sha = citation.attachmentSha256();
            if (attributes == null || !attributes.isRegularFile()) {
                problems.add(new AttachmentProblem(citation, AttachmentProblem.Kind.MISSING));
            } else if (!(reuse ? matches(file, sha, attributes) : sha != null && matcher.test(file, sha))) {
                problems.add(new AttachmentProblem(citation, AttachmentProblem.Kind.ALTERED));
            }
        }
        return problems;
    }

    private static BasicFileAttributes attributes(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            return null;
        }
    }

    /** Whether the file has its hash: read once for checks made within {@link #REUSE} of each other. */
    private boolean matches(Path file, String sha256, BasicFileAttributes attributes) {
        if (sha256 == null) {
            return false;
        }
        long now = nanoTime.getAsLong();
        recent.values().removeIf(h -> now - h.nanos() > REUSE.toNanos());
        Read read = new Read(file.toAbsolutePath().normalize(), sha256.toLowerCase(Locale.ROOT), attributes.size(),
                attributes.lastModifiedTime(), attributes.fileKey());
        Hashing hashing = recent.computeIfAbsent(read,
                r -> new Hashing(now, new FutureTask<>(() -> matcher.test(file, sha256))));
        hashing.matches().run(); // reads the file, unless another check did or is doing it
        try {
            return hashing.matches().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the check was cancelled: no answer rather than a wrong one
            throw new CancellationException("Interrupted while checking " + file);
        } catch (ExecutionException e) {
            recent.remove(read, hashing);
            throw new IllegalStateException("Could not check " + file, e.getCause());
        }
    }
}
