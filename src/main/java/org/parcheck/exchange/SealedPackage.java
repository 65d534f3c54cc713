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
 * with the package's password ({@link SealedStreams}), never to a file. It keeps the last bytes that went through it,
 * so that the end of a decrypted zip can be checked the way {@link PackageReader} checks a plain file's end.
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
            return new Tail(raw);
        }
        try {
            return new Tail(SealedStreams.decrypting(raw, password));
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    /** A stream that remembers the last {@value #END_RECORD_MAX} bytes read through it. */
    static final class Tail extends FilterInputStream {
        private final byte[] tail = new byte[END_RECORD_MAX];
        private int kept;

        private Tail(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                keep(new byte[] {(byte) b}, 0, 1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int read = super.read(b, off, len);
            if (read > 0) {
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
            if (len >= tail.length) {
                System.arraycopy(b, off + len - tail.length, tail, 0, tail.length);
                kept = tail.length;
                return;
            }
            int keep = Math.min(kept, tail.length - len);
            System.arraycopy(tail, kept - keep, tail, 0, keep);
            System.arraycopy(b, off, tail, keep, len);
            kept = keep + len;
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
            if (!PackageReader.hasEndRecord(tail, kept)) {
                throw new PackageException(Kind.DAMAGED, "no end of zip", file.getFileName());
            }
        }
    }
}
