package org.parcheck.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.parcheck.protection.SealedStreams;

/**
 * Writes a package: data, evidence files, and last the manifest with every entry's size and SHA-256. A protected
 * package (#19) is the same zip streamed straight into a password-encrypted stream ({@link SealedStreams}): no
 * plaintext zip is ever on disk, not even the {@code .part} file.
 */
final class PackageWriter {

    /** How an evidence file of the data folder is read: plain, or decrypted in a protected folder. */
    @FunctionalInterface
    interface EvidenceSource {
        InputStream open(Path file) throws IOException;
    }

    private PackageWriter() {
    }

    /** An unprotected package; evidence files read as they are. */
    static void write(Path file, PackageManifest header, PackageData.Contents data, Map<String, Path> evidence)
            throws IOException {
        write(file, header, data, evidence, null, Files::newInputStream);
    }

    /**
     * Writes to {@code file.part} first and moves it into place. {@code evidence} maps each file's expected SHA-256
     * to where it is; a file whose content no longer has that hash is refused. With a {@code password} the whole
     * zip is encrypted under it while it is written (a protected package); null writes a plain zip.
     */
    static void write(Path file, PackageManifest header, PackageData.Contents data, Map<String, Path> evidence,
                      char[] password, EvidenceSource source) throws IOException {
        Path part = file.resolveSibling(file.getFileName() + ".part");
        try (ZipOutputStream zip = new ZipOutputStream(target(part, password))) {
            List<PackageManifest.Entry> entries = new ArrayList<>();
            byte[] json = PackageJson.write(data);
            entries.add(put(zip, PackageManifest.DATA, json));
            for (Map.Entry<String, Path> e : evidence.entrySet()) {
                String name = PackageManifest.EVIDENCE_PREFIX + e.getKey();
                zip.putNextEntry(new ZipEntry(name));
                MessageDigest digest = PackageReader.sha256();
                long size = 0;
                try (InputStream in = source.open(e.getValue())) {
                    byte[] buffer = new byte[64 * 1024];
                    int read;
                    while ((read = in.read(buffer)) >= 0) {
                        digest.update(buffer, 0, read);
                        zip.write(buffer, 0, read);
                        size += read;
                    }
                } catch (java.nio.file.NoSuchFileException missing) {
                    throw new PackageException(PackageException.Kind.EVIDENCE_MISSING, e.getValue().toString(),
                            missing, e.getValue());
                }
                zip.closeEntry();
                String sha = HexFormat.of().formatHex(digest.digest());
                if (!sha.equalsIgnoreCase(e.getKey())) {
                    throw new PackageException(PackageException.Kind.EVIDENCE_MISSING, "changed: " + e.getValue(),
                            e.getValue());
                }
                entries.add(new PackageManifest.Entry(name, size, sha));
            }
            PackageManifest manifest = new PackageManifest(header.format(), header.formatVersion(),
                    header.appVersion(), header.packageId(), header.createdAt(), header.createdBy(),
                    header.description(), entries);
            put(zip, PackageManifest.MANIFEST, PackageJson.write(manifest));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(part);
            throw e;
        }
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
    }

    private static OutputStream target(Path part, char[] password) throws IOException {
        OutputStream out = Files.newOutputStream(part);
        if (password == null) {
            return out;
        }
        try {
            return SealedStreams.encrypting(out, password);
        } catch (IOException | RuntimeException e) {
            out.close();
            throw e;
        }
    }

    private static PackageManifest.Entry put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
        return new PackageManifest.Entry(name, bytes.length,
                HexFormat.of().formatHex(PackageReader.sha256().digest(bytes)));
    }

}
