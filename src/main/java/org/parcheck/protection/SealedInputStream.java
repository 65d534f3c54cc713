package org.parcheck.protection;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Objects;
import org.parcheck.protection.ProtectionException.Kind;

/**
 * The decrypting side of {@link SealedStreams}. It reads one whole segment (64 KiB + 16-byte tag), and one byte more
 * to learn whether it is the last, verifies it and only then hands out its bytes. A stream that ends without a
 * segment marked last (cut anywhere, at a segment boundary too), a segment shorter than a tag, or bytes after the
 * last segment (which make the last segment read as "not last") is {@link Kind#DAMAGED_DATA}.
 */
final class SealedInputStream extends InputStream {

    private static final int SEALED_LENGTH = SegmentCipher.SEGMENT_LENGTH + SegmentCipher.TAG_LENGTH;

    private final InputStream in;
    private final SegmentCipher cipher;
    private final byte[] sealed = new byte[SEALED_LENGTH];
    private final byte[] plain = new byte[SEALED_LENGTH];
    private int peeked = -1;
    private int position;
    private int available;
    private long index;
    private boolean lastRead;
    private boolean closed;
    private ProtectionException failure;

    SealedInputStream(InputStream in, SegmentCipher cipher) {
        this.in = in;
        this.cipher = cipher;
    }

    @Override
    public int read() throws IOException {
        return fill() ? plain[position++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) {
            check();
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int n = Math.min(len, available - position);
        System.arraycopy(plain, position, b, off, n);
        position += n;
        return n;
    }

    /** Makes verified bytes available; false at the end of the last segment. */
    private boolean fill() throws IOException {
        check();
        while (position == available) {
            if (lastRead) {
                return false;
            }
            try {
                nextSegment();
            } catch (ProtectionException e) {
                failure = e;
                Arrays.fill(plain, (byte) 0);
                available = 0;
                position = 0;
                throw e;
            }
        }
        return true;
    }

    private void check() throws IOException {
        if (closed) {
            throw new IOException("The encrypted stream is closed");
        }
        if (failure != null) {
            throw new ProtectionException(failure.kind(), failure.getMessage(), failure);
        }
    }

    @Override
    public int available() {
        return available - position;
    }

    private void nextSegment() throws IOException {
        int got = 0;
        if (peeked >= 0) {
            sealed[0] = (byte) peeked;
            got = 1;
            peeked = -1;
        }
        got += in.readNBytes(sealed, got, SEALED_LENGTH - got);
        boolean last;
        if (got < SEALED_LENGTH) {
            last = true;
        } else {
            peeked = in.read();
            last = peeked < 0;
        }
        if (got < SegmentCipher.TAG_LENGTH) {
            throw new ProtectionException(Kind.DAMAGED_DATA, "The encrypted file is cut short (segment " + index + ")");
        }
        available = cipher.decrypt(index, last ? 1 : 0, sealed, got, plain);
        position = 0;
        lastRead = last;
        index++;
    }

    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            Arrays.fill(plain, (byte) 0);
            available = 0;
            position = 0;
            in.close();
        }
    }
}
