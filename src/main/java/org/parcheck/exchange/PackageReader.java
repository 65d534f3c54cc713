package org.parcheck.exchange;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.parcheck.exchange.PackageException.Kind;
import org.parcheck.protection.ProtectionException;
import org.parcheck.protection.SealedStreams;

/**
 * Reads a {@code .parcheck} file without trusting it: streams the zip, refuses unsafe or unknown entry names,
 * counts inflated bytes against the limits, hashes every entry and checks it against the manifest, then reads the
 * JSON. Evidence files go to a staging folder; nothing else is written anywhere.
 *
 * <p>A protected package (#19) is decrypted while it is streamed, never to a plaintext file: the zip is read from the
 * decrypting stream, which is then read to its end, so a package cut short, changed or with bytes added is refused
 * by the encryption's own checks ({@link ProtectionException.Kind#DAMAGED_DATA}) before anything is used. Evidence
 * files are staged through {@link StagingSink}: sealed under the folder's key when the data folder is protected.
 */
public final class PackageReader {

    private static final Pattern EVIDENCE_NAME = Pattern.compile("evidence/[0-9a-f]{64}");
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");
    private static final int EOCD_SIGNATURE = 0x06054b50;

    /** A package read and checked: its manifest, its data and its evidence files (staged, by SHA-256). */
    public record ReadPackage(PackageManifest manifest, PackageData.Contents data, Map<String, Path> evidence,
                              Path stagingDir) {
    }

    /** How a staged evidence file is written: plain, or encrypted in a protected data folder. */
    @FunctionalInterface
    public interface StagingSink {
        OutputStream create(Path staged) throws IOException;
    }

    private final PackageLimits limits;
    private final StagingSink staging;

    public PackageReader(PackageLimits limits) {
        this(limits, Files::newOutputStream);
    }

    public PackageReader(PackageLimits limits, StagingSink staging) {
        this.limits = limits;
        this.staging = staging;
    }

    /** Reads and checks an unprotected {@code file}; evidence files are staged in {@code stagingDir} (created). */
    public ReadPackage read(Path file, Path stagingDir) {
        return read(file, stagingDir, null);
    }

    /**
     * Reads and checks {@code file}, decrypting it with {@code password} when it is a protected package (the
     * password is not used for an unprotected one). A protected package without a password is
     * {@link Kind#PASSWORD_NEEDED}, with the wrong one {@link Kind#WRONG_PASSWORD}; nothing is staged then.
     */
    public ReadPackage read(Path file, Path stagingDir, char[] password) {
        try {
            return readChecked(file, stagingDir, password);
        } catch (ProtectionException e) {
            deleteQuietly(stagingDir);
            throw protectionRefused(e, file);
        } catch (PackageException e) {
            deleteQuietly(stagingDir);
            throw e;
        } catch (ZipException | EOFException e) {
            deleteQuietly(stagingDir);
            throw new PackageException(Kind.DAMAGED, file + ": " + e.getMessage(), e, file.getFileName());
        } catch (NoSuchFileException e) {
            deleteQuietly(stagingDir);
            throw new PackageException(Kind.UNREADABLE, file.toString(), e, file);
        } catch (IOException e) {
            deleteQuietly(stagingDir);
            // a full disk while staging is not the package's fault: the service says "the disk is full"
            throw new PackageException(Kind.UNREADABLE, file + ": " + e.getMessage(), e, file);
        }
    }

    /** Whether {@code file} is a protected (password-encrypted) package; false for a missing or unreadable file. */
    public static boolean isProtected(Path file) {
        try {
            return Files.isRegularFile(file) && SealedStreams.isPasswordSealed(file);
        } catch (IOException e) {
            return false;
        }
    }

    private static PackageException protectionRefused(ProtectionException e, Path file) {
        return switch (e.kind()) {
            case WRONG_PASSWORD -> new PackageException(Kind.WRONG_PASSWORD, file.toString(), e, file.getFileName());
            case PASSWORD_NEEDED -> new PackageException(Kind.PASSWORD_NEEDED, file.toString(), e,
                    file.getFileName());
            default -> new PackageException(Kind.DAMAGED, file + ": " + e.getMessage(), e, file.getFileName());
        };
    }

    private ReadPackage readChecked(Path file, Path stagingDir, char[] password) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new PackageException(Kind.UNREADABLE, file.toString(), file);
        }
        boolean sealed = SealedStreams.isSealed(file);
        if (sealed && !SealedStreams.isPasswordSealed(file)) {
            // encrypted under some data folder's key (a backup, an evidence copy): not a package
            throw new PackageException(Kind.NOT_A_PACKAGE, "sealed under a folder key", file.getFileName());
        }
        if (sealed && password == null) {
            throw new PackageException(Kind.PASSWORD_NEEDED, file.toString(), file.getFileName());
        }
        if (!sealed) {
            checkEndOfZip(file);
        }
        Map<String, byte[]> json = new HashMap<>();
        Map<String, Path> evidence = new LinkedHashMap<>();
        Map<String, PackageManifest.Entry> actual = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        long total = 0;
        int count = 0;
        try (SealedPackage.Tail in = SealedPackage.open(file, sealed ? password : null);
             ZipInputStream zip = new ZipInputStream(in)) {
            Files.createDirectories(stagingDir);
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                count++;
                if (count > limits.maxEntries()) {
                    throw new PackageException(Kind.TOO_MANY_ENTRIES, "more than " + limits.maxEntries(),
                            limits.maxEntries());
                }
                String name = entry.getName();
                checkName(name);
                if (!seen.add(name)) {
                    throw new PackageException(Kind.DAMAGED, "duplicate entry " + name, file.getFileName());
                }
                if (entry.isDirectory()) {
                    continue;
                }
                boolean isJson = PackageManifest.MANIFEST.equals(name) || PackageManifest.DATA.equals(name);
                if (!isJson && !EVIDENCE_NAME.matcher(name).matches()) {
                    throw new PackageException(Kind.UNEXPECTED_ENTRY, name, name);
                }
                long budget = Math.min(limits.maxEntryBytes(), limits.maxTotalBytes() - total);
                MessageDigest digest = sha256();
                long size;
                if (isJson) {
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    size = copyLimited(zip, bytes, digest, budget, name);
                    json.put(name, bytes.toByteArray());
                } else {
                    Path staged = stagingDir.resolve(name.substring(PackageManifest.EVIDENCE_PREFIX.length()));
                    try (OutputStream out = staging.create(staged)) {
                        size = copyLimited(zip, out, digest, budget, name);
                    }
                    evidence.put(name.substring(PackageManifest.EVIDENCE_PREFIX.length()), staged);
                }
                total += size;
                actual.put(name, new PackageManifest.Entry(name, size, java.util.HexFormat.of()
                        .formatHex(digest.digest())));
            }
            if (sealed) {
                in.readToEndAndCheck(limits.maxEntryBytes(), file);
            }
        }
        byte[] manifestJson = json.get(PackageManifest.MANIFEST);
        if (manifestJson == null) {
            throw new PackageException(count == 0 ? Kind.NOT_A_PACKAGE : Kind.DAMAGED, "no manifest",
                    file.getFileName());
        }
        PackageManifest manifest = PackageJson.read(manifestJson, PackageManifest.class, PackageManifest.MANIFEST);
        checkFormat(manifest);
        checkEntries(manifest, actual, file);
        PackageData.Contents data = PackageJson.read(json.get(PackageManifest.DATA), PackageData.Contents.class,
                PackageManifest.DATA);
        return new ReadPackage(manifest, data, evidence, stagingDir);
    }

    static boolean hasEndRecord(byte[] bytes, int length) {
        for (int i = length - 22; i >= 0; i--) {
            int signature = (bytes[i] & 0xff) | (bytes[i + 1] & 0xff) << 8 | (bytes[i + 2] & 0xff) << 16
                    | (bytes[i + 3] & 0xff) << 24;
            if (signature == EOCD_SIGNATURE) {
                return true;
            }
        }
        return false;
    }

    /** A zip ends with its central directory; a file cut short does not (ZipInputStream alone would not see it). */
    private static void checkEndOfZip(Path file) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long length = raf.length();
            int tail = (int) Math.min(length, 22 + 65_535);
            byte[] bytes = new byte[tail];
            raf.seek(length - tail);
            raf.readFully(bytes);
            if (hasEndRecord(bytes, tail)) {
                return;
            }
            throw new PackageException(length == 0 ? Kind.NOT_A_PACKAGE : Kind.DAMAGED, "no end of zip",
                    file.getFileName());
        }
    }

    static void checkName(String name) {
        if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || DRIVE.matcher(name).matches()
                || name.contains("\u0000")) {
            throw new PackageException(Kind.UNSAFE_PATH, name, name);
        }
        for (String part : name.split("/")) {
            if ("..".equals(part) || ".".equals(part)) {
                throw new PackageException(Kind.UNSAFE_PATH, name, name);
            }
        }
    }

    private static long copyLimited(InputStream in, OutputStream out, MessageDigest digest, long budget,
                                    String name) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long size = 0;
        int read;
        while ((read = in.read(buffer)) >= 0) {
            size += read;
            if (size > budget) {
                throw new PackageException(Kind.TOO_LARGE, name + " over " + budget + " bytes", name);
            }
            digest.update(buffer, 0, read);
            out.write(buffer, 0, read);
        }
        return size;
    }

    private static void checkFormat(PackageManifest manifest) {
        if (!PackageManifest.FORMAT.equals(manifest.format())) {
            throw new PackageException(Kind.NOT_A_PACKAGE, "format " + manifest.format(), String.valueOf(
                    manifest.format()));
        }
        Integer version = manifest.formatVersion();
        if (version != null && version > PackageManifest.FORMAT_VERSION) {
            throw new PackageException(Kind.NEWER_VERSION, "format version " + version,
                    manifest.appVersion() == null ? "?" : manifest.appVersion(), version);
        }
        if (version == null || version != PackageManifest.FORMAT_VERSION) {
            throw new PackageException(Kind.UNKNOWN_VERSION, "format version " + version, String.valueOf(version));
        }
        if (manifest.packageId() == null || !manifest.packageId().matches("[0-9a-fA-F-]{36}")) {
            throw new PackageException(Kind.INVALID_JSON, "packageId", PackageManifest.MANIFEST);
        }
    }

    private static void checkEntries(PackageManifest manifest, Map<String, PackageManifest.Entry> actual,
                                     Path file) {
        Set<String> listed = new HashSet<>();
        for (PackageManifest.Entry listedEntry : manifest.entries()) {
            checkName(listedEntry.path());
            listed.add(listedEntry.path());
            PackageManifest.Entry found = actual.get(listedEntry.path());
            if (found == null) {
                throw new PackageException(Kind.DAMAGED, "missing " + listedEntry.path(), file.getFileName());
            }
            if (found.size() != listedEntry.size() || !found.sha256().equalsIgnoreCase(listedEntry.sha256())) {
                throw new PackageException(Kind.CHECKSUM, listedEntry.path(), listedEntry.path());
            }
        }
        for (String name : actual.keySet()) {
            if (!PackageManifest.MANIFEST.equals(name) && !listed.contains(name)) {
                throw new PackageException(Kind.UNEXPECTED_ENTRY, "not in the manifest: " + name, name);
            }
        }
        if (!listed.contains(PackageManifest.DATA)) {
            throw new PackageException(Kind.DAMAGED, "no data", file.getFileName());
        }
        for (String name : listed) {
            if (name.startsWith(PackageManifest.EVIDENCE_PREFIX)) {
                String expected = name.substring(PackageManifest.EVIDENCE_PREFIX.length());
                if (!expected.equalsIgnoreCase(actual.get(name).sha256())) {
                    throw new PackageException(Kind.CHECKSUM, name, name);
                }
            }
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    static void deleteQuietly(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // a leftover staging file is harmless; it is removed on the next import
                }
            });
        } catch (IOException ignored) {
            // as above
        }
    }
}
