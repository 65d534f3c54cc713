package org.parcheck.exchange;

import java.io.IOException;
import java.io.InputStream;
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

/** Writes a package: data, evidence files, and last the manifest with every entry's size and SHA-256. */
final class PackageWriter {

    private PackageWriter() {
    }

    /**
     * Writes to {@code file.part} first and moves it into place. {@code evidence} maps each file's expected SHA-256
     * to where it is; a file whose content no longer has that hash is refused.
     */
    static void write(Path file, PackageManifest header, PackageData.Contents data, Map<String, Path> evidence)
            throws IOException {
        Path part = file.resolveSibling(file.getFileName() + ".part");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(part))) {
            List<PackageManifest.Entry> entries = new ArrayList<>();
            byte[] json = PackageJson.write(data);
            entries.add(put(zip, PackageManifest.DATA, json));
            for (Map.Entry<String, Path> e : evidence.entrySet()) {
                String name = PackageManifest.EVIDENCE_PREFIX + e.getKey();
                zip.putNextEntry(new ZipEntry(name));
                MessageDigest digest = PackageReader.sha256();
                long size = 0;
                try (InputStream in = Files.newInputStream(e.getValue())) {
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

    private static PackageManifest.Entry put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
        return new PackageManifest.Entry(name, bytes.length,
                HexFormat.of().formatHex(PackageReader.sha256().digest(bytes)));
    }

}
