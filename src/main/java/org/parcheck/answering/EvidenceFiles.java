package org.parcheck.answering;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.BiPredicate;
import java.util.function.LongSupplier;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.parcheck.common.util.HashedFiles;
import org.parcheck.common.util.SafeFileNames;
import org.parcheck.protection.DataKey;

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
 *
 * <p>In a protected data folder (#19) a copy is written encrypted under the folder's file key and read back
 * decrypted; its SHA-256 stays the plain content's. Its name then reveals neither the original name nor the content's
 * hash: {@code attachments/<visit>/<24 hex digits>.bin}, the digits a keyed hash (HMAC-SHA256 under the file key) of
 * the content's SHA-256, so the same content still gets the same name.
 */
public final class EvidenceFiles implements AttachmentCheck {

    /** A stored copy: its path relative to the data folder and its SHA-256. */
    public record Stored(String relativePath, String sha256) {
    }

    /** The ending of a stored copy's name in a protected folder. */
    public static final String PROTECTED_SUFFIX = ".bin";

    /** How long a hash read is reused by other checks of the same file (the checks of one opening). */
    public static final Duration REUSE = Duration.ofSeconds(10);

    /** A file as read: a different size, time or file key (a file moved into place) is hashed again. */
    private record Read(Path file, String sha256, long size, FileTime modified, Object fileKey) {
    }

    /** A hash read, started at {@code nanos}; concurrent checks of the same file wait for it. */
    private record Hashing(long nanos, FutureTask<Boolean> matches) {
    }

    private final Path dataDir;
    private final SecretKey fileKey;
    private final BiPredicate<Path, String> matcher;
    private final LongSupplier nanoTime;
    private final Map<Read, Hashing> recent = new ConcurrentHashMap<>();

    public EvidenceFiles(Path dataDir) {
        this(dataDir, (DataKey) null);
    }

    /** The evidence copies of a protected folder (#19), read and written with {@code key} (null: unprotected). */
    public EvidenceFiles(Path dataDir, DataKey key) {
        this(dataDir, key == null ? null : key.fileKey());
    }

    private EvidenceFiles(Path dataDir, SecretKey fileKey) {
        this(dataDir, fileKey, (file, sha) -> HashedFiles.matches(file, sha, fileKey), System::nanoTime);
    }

    /** With the hash check and the clock as seams (tests count the reads). */
    EvidenceFiles(Path dataDir, BiPredicate<Path, String> matcher, LongSupplier nanoTime) {
        this(dataDir, null, matcher, nanoTime);
    }

    private EvidenceFiles(Path dataDir, SecretKey fileKey, BiPredicate<Path, String> matcher, LongSupplier nanoTime) {
        this.dataDir = dataDir;
        this.fileKey = fileKey;
        this.matcher = matcher;
        this.nanoTime = nanoTime;
    }

    /** Copies {@code source} into the data folder; the original is not touched. */
    public Stored store(long visitId, Path source) throws IOException {
        Path folder = dataDir.resolve("attachments").resolve(Long.toString(visitId));
        Files.createDirectories(folder);
        // hash first, to name the copy; the copy is hashed again while written and must give the same hash
        String sha = HashedFiles.sha256(source);
        Path target = folder.resolve(storedName(sha, source.getFileName().toString(), fileKey));
        if (!HashedFiles.matches(target, sha, fileKey)) {
            try (InputStream in = Files.newInputStream(source)) {
                HashedFiles.copyVerified(in, target, sha, fileKey);
            }
        }
        return new Stored(dataDir.relativize(target).toString().replace('\\', '/'), sha);
    }

    /** The name of a stored copy: the first 12 hex digits of its SHA-256, a dash and the safe original name. */
    public static String storedName(String sha256, String originalName) {
        return sha256.substring(0, 12).toLowerCase(java.util.Locale.ROOT) + "-" + SafeFileNames.safe(originalName);
    }

    /**
     * The name of a stored copy in a folder protected with {@code key} (#19): {@code <24 hex digits>.bin}, a keyed
     * hash of the content's SHA-256 that tells nothing of the name or the content; without a key (null) the
     * unprotected name {@link #storedName(String, String)}.
     */
    public static String storedName(String sha256, String originalName, DataKey key) {
        return storedName(sha256, originalName, key == null ? null : key.fileKey());
    }

    private static String storedName(String sha256, String originalName, SecretKey fileKey) {
        if (fileKey == null) {
            return storedName(sha256, originalName);
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(fileKey.getEncoded(), "HmacSHA256"));
            byte[] tag = mac.doFinal(("parcheck evidence name v1 " + sha256.toLowerCase(Locale.ROOT))
                    .getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(tag, 0, 12) + PROTECTED_SUFFIX;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** The content of a stored copy (decrypted in a protected folder), for a package or a backup. */
    public InputStream open(String relativePath) throws IOException {
        return HashedFiles.openReading(resolve(relativePath), fileKey);
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
