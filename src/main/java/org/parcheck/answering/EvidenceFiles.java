package org.parcheck.answering;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Copies of evidence files kept in the data folder ({@code attachments/<visit>/<hash prefix>-<name>}), so that
 * they travel with the data and cannot be changed behind the visit's back (the SHA-256 is stored).
 */
public final class EvidenceFiles {

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
        Path part = Files.createTempFile(folder, "incoming", ".part");
        String sha;
        try (InputStream in = new DigestInputStream(Files.newInputStream(source), sha256())) {
            Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
            sha = HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            Files.deleteIfExists(part);
            throw e;
        }
        String name = sha.substring(0, 12) + "-" + source.getFileName().toString().replaceAll("[\\\\/:*?\"<>|]", "_");
        Path target = folder.resolve(name);
        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
        return new Stored(dataDir.relativize(target).toString().replace('\\', '/'), sha);
    }

    public Path resolve(String relativePath) {
        return dataDir.resolve(relativePath);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
