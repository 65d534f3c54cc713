package org.parcheck.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Looks for a secret in the files of a data folder (#17: the server password must be in none of them). */
public final class DataFolderFiles {

    private DataFolderFiles() {
    }

    /** The files under {@code dir} whose bytes contain {@code text} (UTF-8). */
    public static java.util.List<Path> containing(Path dir, String text) throws Exception {
        byte[] needle = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(f -> {
                try {
                    return indexOf(Files.readAllBytes(f), needle) >= 0;
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
