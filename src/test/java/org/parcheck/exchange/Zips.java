package org.parcheck.exchange;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Takes packages apart and puts (damaged) ones together for the bad-input tests. */
final class Zips {

    static final ObjectMapper JSON = new ObjectMapper();

    private Zips() {
    }

    static Map<String, byte[]> entries(Path zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    static void write(Path zip, Map<String, byte[]> entries) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
    }

    /** The manifest recomputed for the entries as they are (so that only the intended defect remains). */
    static Map<String, byte[]> withManifestFixed(Map<String, byte[]> entries) throws Exception {
        ObjectNode manifest = (ObjectNode) JSON.readTree(entries.get("manifest.json"));
        ArrayNode list = manifest.putArray("entries");
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            if (!e.getKey().equals("manifest.json")) {
                list.addObject().put("path", e.getKey()).put("size", e.getValue().length)
                        .put("sha256", sha256(e.getValue()));
            }
        }
        Map<String, byte[]> copy = new LinkedHashMap<>(entries);
        copy.put("manifest.json", JSON.writeValueAsBytes(manifest));
        return copy;
    }

    static ObjectNode json(byte[] bytes) throws IOException {
        return (ObjectNode) JSON.readTree(bytes);
    }

    static byte[] bytes(Object json) throws IOException {
        return JSON.writeValueAsBytes(json);
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** A zip whose one entry inflates to {@code size} zero bytes, written without holding it in memory. */
    static void bomb(Path zip, String name, long size, Map<String, byte[]> others) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (Map.Entry<String, byte[]> e : others.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry(name));
            byte[] zeros = new byte[1 << 20];
            for (long written = 0; written < size; written += zeros.length) {
                out.write(zeros);
            }
            out.closeEntry();
        }
    }

    static void copy(InputStream in, OutputStream out) throws IOException {
        in.transferTo(out);
    }
}
