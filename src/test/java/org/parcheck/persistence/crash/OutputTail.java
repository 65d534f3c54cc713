package org.parcheck.persistence.crash;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the complete lines a child process appended to its output file so far. A file rather than a pipe: every
 * line the child wrote before SIGKILL is in the file, and reading it never races with the JDK draining and
 * closing a dead process's pipe ("Stream closed").
 */
final class OutputTail implements AutoCloseable {

    private final FileChannel channel;
    private final ByteArrayOutputStream partial = new ByteArrayOutputStream();
    private final ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);

    OutputTail(Path file) throws IOException {
        this.channel = FileChannel.open(file, StandardOpenOption.READ);
    }

    /** The lines completed since the last call (possibly none). */
    List<String> newLines() throws IOException {
        List<String> lines = new ArrayList<>();
        while (true) {
            buffer.clear();
            int n = channel.read(buffer);
            if (n <= 0) {
                return lines;
            }
            for (int i = 0; i < n; i++) {
                byte b = buffer.get(i);
                if (b == '\n') {
                    lines.add(partial.toString(StandardCharsets.UTF_8));
                    partial.reset();
                } else {
                    partial.write(b);
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
