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
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        if (closed) {
            throw new IOException("The encrypted stream is closed");
        }
        if (failure != null) {
            throw new ProtectionException(failure.kind(), failure.getMessage(), failure);
        }
        if (len == 0) {
            return 0;
        }
        while (position == available) {
            if (lastRead) {
                return -1;
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
        int n = Math.min(len, available - position);
        System.arraycopy(plain, position, b, off, n);
        position += n;
        return n;
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
