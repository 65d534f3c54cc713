package org.parcheck.exchange;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.parcheck.exchange.PackageException.Kind;
import org.parcheck.protection.SealedStreams;

/**
 * The stream a package is read from: the file itself, or for a protected package (#19) the file decrypted on the fly
 * with the package's password ({@link SealedStreams}), never to a file. A decrypted stream keeps the last bytes that
 * went through it, so that the end of the zip can be checked the way {@link PackageReader} checks a plain file's end.
 */
final class SealedPackage {

    /** The longest a zip's end record can be: 22 bytes and a comment of up to 65,535. */
    private static final int END_RECORD_MAX = 22 + 65_535;

    private SealedPackage() {
    }

    /** The package's bytes: decrypted with {@code password}, or as they are when it is null. */
    static Tail open(Path file, char[] password) throws IOException {
        InputStream raw = Files.newInputStream(file);
        if (password == null) {
            // a plain file's end is checked on the file itself (PackageReader.checkEndOfZip)
            return new Tail(raw, false);
        }
        try {
            return new Tail(SealedStreams.decrypting(raw, password), true);
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    /** A stream that remembers the last {@value #END_RECORD_MAX} bytes read through it (a ring, no shifting). */
    static final class Tail extends FilterInputStream {
        private final byte[] ring = new byte[END_RECORD_MAX];
        private final boolean keeping;
        private int next;
        private boolean full;

        private Tail(InputStream in, boolean keeping) {
            super(in);
            this.keeping = keeping;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && keeping) {
                ring[next] = (byte) b;
                advance(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int read = super.read(b, off, len);
            if (read > 0 && keeping) {
                keep(b, off, read);
            }
            return read;
        }

        @Override
        public long skip(long n) throws IOException {
            // through read, so that skipped bytes are kept too
            byte[] buffer = new byte[(int) Math.min(n, 8192)];
            int read = read(buffer, 0, buffer.length);
            return Math.max(read, 0);
        }

        private void keep(byte[] b, int off, int len) {
            if (len >= ring.length) {
                System.arraycopy(b, off + len - ring.length, ring, 0, ring.length);
                next = 0;
                full = true;
                return;
            }
            int first = Math.min(len, ring.length - next);
            System.arraycopy(b, off, ring, next, first);
            System.arraycopy(b, off + first, ring, 0, len - first);
            advance(len);
        }

        private void advance(int count) {
            if (next + count >= ring.length) {
                full = true;
            }
            next = (next + count) % ring.length;
        }

        /** The bytes kept, oldest first. */
        private byte[] kept() {
            if (!full) {
                return java.util.Arrays.copyOf(ring, next);
            }
            byte[] bytes = new byte[ring.length];
            System.arraycopy(ring, next, bytes, 0, ring.length - next);
            System.arraycopy(ring, 0, bytes, ring.length - next, next);
            return bytes;
        }

        /**
         * Reads what follows the zip's last entry (its central directory) to the end, at most {@code limit} bytes:
         * only at the end does the decryption refuse a stream cut short or extended; then the zip's end record must
         * be among the last bytes.
         */
        void readToEndAndCheck(long limit, Path file) throws IOException {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int read;
            while ((read = read(buffer, 0, buffer.length)) >= 0) {
                total += read;
                if (total > limit) {
                    throw new PackageException(Kind.TOO_LARGE, "central directory over " + limit,
                            file.getFileName());
                }
            }
            byte[] kept = kept();
            if (!PackageReader.hasEndRecord(kept, kept.length)) {
                throw new PackageException(Kind.DAMAGED, "no end of zip", file.getFileName());
            }
        }
    }
}
