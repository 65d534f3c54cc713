package org.parcheck.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Random;
import javax.crypto.SecretKey;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.parcheck.protection.ProtectionException.Kind;

/** Random data written in random pieces, read back in random pieces; cut or changed anywhere, refused. */
class SealedStreamsPropertiesTest {

    private static final SecretKey KEY = DataKey.random().fileKey();

    @Property(tries = 60)
    void randomDataWrittenAndReadInRandomPiecesComesBack(@ForAll @IntRange(max = 300_000) int size,
            @ForAll long seed) throws IOException {
        byte[] plain = SealedStreamsTest.random(size, seed);
        Random random = new Random(seed);

        byte[] sealed = seal(plain, random);

        ByteArrayOutputStream back = new ByteArrayOutputStream();
        try (InputStream in = SealedStreams.decrypting(new ByteArrayInputStream(sealed), KEY)) {
            byte[] buffer = new byte[1 + random.nextInt(100_000)];
            for (int n = in.read(buffer, 0, 1 + random.nextInt(buffer.length)); n >= 0;
                    n = in.read(buffer, 0, 1 + random.nextInt(buffer.length))) {
                back.write(buffer, 0, n);
            }
        }
        assertThat(back.toByteArray()).isEqualTo(plain);
    }

    @Property(tries = 60)
    void aStreamCutAtARandomPointIsRefused(@ForAll @IntRange(max = 300_000) int size, @ForAll long seed,
            @ForAll @IntRange(max = 1_000_000) int where) throws IOException {
        byte[] sealed = seal(SealedStreamsTest.random(size, seed), new Random(seed));
        int cut = (int) ((long) where * sealed.length / 1_000_001);

        assertThatThrownBy(() -> open(Arrays.copyOf(sealed, cut))).as("cut at %d of %d", cut, sealed.length)
                .isInstanceOfSatisfying(ProtectionException.class,
                        e -> assertThat(e.kind()).isEqualTo(Kind.DAMAGED_DATA));
    }

    @Property(tries = 60)
    void aRandomBitFlippedIsRefused(@ForAll @IntRange(max = 300_000) int size, @ForAll long seed,
            @ForAll @IntRange(max = 1_000_000) int where, @ForAll @IntRange(max = 7) int bit) throws IOException {
        byte[] sealed = seal(SealedStreamsTest.random(size, seed), new Random(seed));
        int position = (int) ((long) where * sealed.length / 1_000_001);
        sealed[position] ^= (byte) (1 << bit);

        assertThatThrownBy(() -> open(sealed)).as("bit %d of byte %d of %d", bit, position, sealed.length)
                .isInstanceOfSatisfying(ProtectionException.class,
                        e -> assertThat(e.kind()).isEqualTo(Kind.DAMAGED_DATA));
    }

    private static byte[] seal(byte[] plain, Random random) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream sealing = SealedStreams.encrypting(out, KEY)) {
            int done = 0;
            while (done < plain.length) {
                int n = Math.min(plain.length - done, 1 + random.nextInt(140_000));
                sealing.write(plain, done, n);
                done += n;
            }
        }
        return out.toByteArray();
    }

    private static byte[] open(byte[] sealed) throws IOException {
        try (InputStream in = SealedStreams.decrypting(new ByteArrayInputStream(sealed), KEY)) {
            return in.readAllBytes();
        }
    }
}
