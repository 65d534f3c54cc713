package org.parcheck.common.util;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file the safe way: to {@code name.part} beside it, then moved over it when complete, so that a failure
 * (a full disk, a damaged report) never leaves a half-written file under the name the user chose, nor destroys the
 * file that was there. The part file is removed when writing fails.
 */
public final class PartFiles {

    /** What writes the content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private PartFiles() {
    }

    /**
     * {@link #write(Path, Content)} that stops when the user cancels: every write to the file first looks at
     * {@code progress}; a cancelled write throws a {@link java.util.concurrent.CancellationException}, the part
     * file is removed and the file that was there stays as it was.
     */
    public static void write(Path file, TaskProgress progress, Content content) throws IOException {
        writeChecked(file, progress, out -> content.writeTo(new FilterOutputStream(out) {
            @Override
            public void write(int b) throws IOException {
                progress.checkCancelled();
                out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                progress.checkCancelled();
                out.write(b, off, len);
            }
        }));
    }

    public static void write(Path file, Content content) throws IOException {
        writeChecked(file, TaskProgress.NONE, content);
    }

    private static void writeChecked(Path file, TaskProgress progress, Content content) throws IOException {
        Path part = file.resolveSibling(file.getFileName() + ".part");
        try (OutputStream out = Files.newOutputStream(part)) {
            content.writeTo(out);
            // cancelled after the last byte: the file the user had stays as it was
            progress.checkCancelled();
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(part);
            throw e;
        }
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
    }
}
