package org.parcheck.protection;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Objects;

/**
 * The encrypting side of {@link SealedStreams}: holds up to one segment of plaintext and writes it once it knows
 * whether more follows (a full segment is written as "not last" only when the next byte arrives), so that
 * {@link #close()} always writes a last segment, empty for an empty stream or one of a multiple of 64 KiB.
 */
final class SealedOutputStream extends OutputStream {

    private final OutputStream out;
    private final SegmentCipher cipher;
    private final byte[] plain = new byte[SegmentCipher.SEGMENT_LENGTH];
    private final byte[] sealed = new byte[SegmentCipher.SEGMENT_LENGTH + SegmentCipher.TAG_LENGTH];
    private int filled;
    private long index;
    private boolean closed;

    SealedOutputStream(OutputStream out, SegmentCipher cipher) {
        this.out = out;
        this.cipher = cipher;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        if (closed) {
            throw new IOException("The encrypted stream is closed");
        }
        while (len > 0) {
            if (filled == plain.length) {
                writeSegment(false);
            }
            int n = Math.min(len, plain.length - filled);
            System.arraycopy(b, off, plain, filled, n);
            filled += n;
            off += n;
            len -= n;
        }
    }

    private void writeSegment(boolean last) throws IOException {
        int n = cipher.encrypt(index, last ? 1 : 0, plain, filled, sealed);
        out.write(sealed, 0, n);
        index++;
        filled = 0;
    }

    /** Passes on the segments written so far; the plaintext held for the current segment stays until it is full. */
    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try (out) {
            writeSegment(true);
            out.flush();
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }
}
