package org.parcheck.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parcheck.protection.ProtectionException.Kind;

class SealedStreamsTest {

    private static final int SEGMENT = 64 * 1024;
    /** Magic, version, kind, nonce prefix, salt. */
    private static final int KEY_HEADER = 12 + 1 + 1 + 7 + 16;
    private static final int SEALED_SEGMENT = SEGMENT + 16;

    private final SecretKey key = DataKey.random().fileKey();

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 65535, 65536, 65537, 3 * 65536, 200_003})
    void aKeyStreamReadsBackWhatWasWritten(int size) throws IOException {
        byte[] plain = random(size, size);

        byte[] sealed = seal(plain);

        assertThat(open(sealed)).isEqualTo(plain);
        int segments = Math.max(1, (size + SEGMENT - 1) / SEGMENT);
        if (size > 0 && size % SEGMENT == 0) {
            assertThat(sealed).hasSize(KEY_HEADER + size + segments * 16);
        }
        assertThat(sealed.length).isEqualTo(KEY_HEADER + size + segments * 16);
    }

    @Test
    void byteByByteWritesAndReadsGiveTheSameBytes() throws IOException {
        byte[] plain = random(70_000, 7);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream sealing = SealedStreams.encrypting(out, key)) {
            for (byte b : plain) {
                sealing.write(b);
            }
        }
        ByteArrayOutputStream back = new ByteArrayOutputStream();
        try (InputStream in = SealedStreams.decrypting(new ByteArrayInputStream(out.toByteArray()), key)) {
            for (int b = in.read(); b >= 0; b = in.read()) {
                back.write(b);
            }
        }
        assertThat(back.toByteArray()).isEqualTo(plain);
    }

    @Test
    void theSameBytesSealedTwiceDifferAndHideTheirContent() throws IOException {
        byte[] plain = "Ủy ban nhân dân xã Hà Quảng: hồ sơ chưa đầy đủ".repeat(100).getBytes("UTF-8");

        byte[] first = seal(plain);
        byte[] second = seal(plain);

        assertThat(first).isNotEqualTo(second);
        for (String known : new String[] {"Hà Quảng", "nhân dân", "chưa đầy đủ"}) {
            byte[] needle = known.getBytes("UTF-8");
            assertThat(indexOf(plain, needle)).as(known).isGreaterThanOrEqualTo(0);
            assertThat(indexOf(first, needle)).as(known).isNegative();
        }
    }

    @Test
    void aChangedByteAnywhereIsRefused() throws IOException {
        byte[] sealed = seal(random(3 * SEGMENT + 10, 3));
        Random random = new Random(11);
        int[] positions = {0, 12, 13, 14, KEY_HEADER - 1, KEY_HEADER, KEY_HEADER + 100, KEY_HEADER + SEALED_SEGMENT - 1,
            KEY_HEADER + SEALED_SEGMENT, sealed.length - 17, sealed.length - 1, random.nextInt(sealed.length)};
        for (int position : positions) {
            byte[] changed = sealed.clone();
            changed[position] ^= 0x01;
            assertDamaged(changed, "byte " + position);
        }
    }

    @Test
    void segmentsSwappedOrDroppedAreRefused() throws IOException {
        byte[] sealed = seal(random(3 * SEGMENT + 10, 4));
        byte[] swapped = sealed.clone();
        System.arraycopy(sealed, KEY_HEADER, swapped, KEY_HEADER + SEALED_SEGMENT, SEALED_SEGMENT);
        System.arraycopy(sealed, KEY_HEADER + SEALED_SEGMENT, swapped, KEY_HEADER, SEALED_SEGMENT);
        assertDamaged(swapped, "first two segments swapped");

        ByteArrayOutputStream dropped = new ByteArrayOutputStream();
        dropped.write(sealed, 0, KEY_HEADER + SEALED_SEGMENT);
        dropped.write(sealed, KEY_HEADER + 2 * SEALED_SEGMENT, sealed.length - KEY_HEADER - 2 * SEALED_SEGMENT);
        assertDamaged(dropped.toByteArray(), "second segment dropped");
    }

    @Test
    void aSegmentFromAnotherFileOfTheSameFolderIsRefused() throws IOException {
        byte[] plain = random(2 * SEGMENT + 10, 6);
        byte[] first = seal(plain);
        byte[] second = seal(plain);
        byte[] spliced = first.clone();
        System.arraycopy(second, KEY_HEADER + SEALED_SEGMENT, spliced, KEY_HEADER + SEALED_SEGMENT, SEALED_SEGMENT);
        assertDamaged(spliced, "second segment taken from another file");
        byte[] otherHeader = second.clone();
        System.arraycopy(first, 0, otherHeader, 0, KEY_HEADER);
        assertDamaged(otherHeader, "header taken from another file");
    }

    @Test
    void aStreamCutAtAnySegmentBoundaryOrInsideIsRefused() throws IOException {
        byte[] sealed = seal(random(3 * SEGMENT, 5));
        int[] cuts = {0, 5, KEY_HEADER - 1, KEY_HEADER, KEY_HEADER + 15, KEY_HEADER + SEALED_SEGMENT,
            KEY_HEADER + 2 * SEALED_SEGMENT, KEY_HEADER + 2 * SEALED_SEGMENT + 100, sealed.length - 1};
        for (int cut : cuts) {
            assertDamaged(Arrays.copyOf(sealed, cut), "cut at " + cut);
        }
    }

    @Test
    void anEmptyStreamCutOrExtendedIsRefused() throws IOException {
        byte[] sealed = seal(new byte[0]);
        assertThat(sealed).hasSize(KEY_HEADER + 16);
        assertDamaged(Arrays.copyOf(sealed, KEY_HEADER), "empty stream without its segment");
        assertDamaged(Arrays.copyOf(sealed, sealed.length + 1), "one byte more");
    }

    @Test
    void bytesAfterTheLastSegmentAreRefused() throws IOException {
        for (int size : new int[] {10, SEGMENT, SEGMENT + 10}) {
            byte[] sealed = seal(random(size, size));
            byte[] longer = Arrays.copyOf(sealed, sealed.length + 20);
            assertDamaged(longer, "trailing bytes after " + size);
            byte[] twice = Arrays.copyOf(sealed, sealed.length * 2);
            System.arraycopy(sealed, 0, twice, sealed.length, sealed.length);
            assertDamaged(twice, "the stream twice, size " + size);
        }
    }

    @Test
    void anUnknownVersionIsRefusedAndAPlainFileIsNotSealed(@TempDir Path dir) throws IOException {
        byte[] sealed = seal(random(100, 1));
        byte[] future = sealed.clone();
        future[12] = 2;
        assertThatThrownBy(() -> open(future)).isInstanceOfSatisfying(ProtectionException.class,
                e -> assertThat(e.kind()).isEqualTo(Kind.DAMAGED_DATA)).hasMessageContaining("version");
        assertDamaged("PK\u0003\u0004 a zip, not sealed".getBytes("UTF-8"), "a plain file");

        Path plainFile = Files.write(dir.resolve("plain.pdf"), "%PDF-1.7".getBytes("UTF-8"));
        Path sealedFile = Files.write(dir.resolve("sealed.bin"), sealed);
        Path futureFile = Files.write(dir.resolve("future.bin"), future);
        Path emptyFile = Files.write(dir.resolve("empty"), new byte[0]);
        assertThat(SealedStreams.isSealed(plainFile)).isFalse();
        assertThat(SealedStreams.isSealed(emptyFile)).isFalse();
        assertThat(SealedStreams.isSealed(sealedFile)).isTrue();
        assertThat(SealedStreams.isSealed(futureFile)).isTrue();
        assertThat(SealedStreams.isPasswordSealed(sealedFile)).isFalse();
        assertThat(SealedStreams.isPasswordSealed(plainFile)).isFalse();
    }

    @Test
    void anotherKeyIsRefused() throws IOException {
        byte[] sealed = seal(random(1000, 2));
        SecretKey other = DataKey.random().fileKey();
        assertThatThrownBy(() -> SealedStreams.decrypting(new ByteArrayInputStream(sealed), other).readAllBytes())
                .isInstanceOfSatisfying(ProtectionException.class,
                        e -> assertThat(e.kind()).isEqualTo(Kind.DAMAGED_DATA));
    }

    @Test
    void noByteOfADamagedSegmentIsHandedOutAndTheStreamKeepsRefusing() throws IOException {
        byte[] plain = random(2 * SEGMENT + 5, 9);
        byte[] sealed = seal(plain);
        sealed[KEY_HEADER + SEALED_SEGMENT + 10] ^= 0x40;
        try (InputStream in = SealedStreams.decrypting(new ByteArrayInputStream(sealed), key)) {
            byte[] first = in.readNBytes(SEGMENT);
            assertThat(first).isEqualTo(Arrays.copyOf(plain, SEGMENT));
            byte[] buffer = new byte[10];
            assertThatThrownBy(() -> in.read(buffer)).isInstanceOf(ProtectionException.class);
            assertThat(buffer).containsOnly(0);
            assertThatThrownBy(() -> in.read(buffer)).isInstanceOf(ProtectionException.class);
            assertThatThrownBy(in::read).isInstanceOf(ProtectionException.class);
            assertThatThrownBy(() -> in.read(buffer, 0, 0)).isInstanceOf(ProtectionException.class);
        }
        try (InputStream in = SealedStreams.decrypting(new ByteArrayInputStream(sealed), key)) {
            for (int i = 0; i < SEGMENT; i++) {
                assertThat(in.read()).isEqualTo(plain[i] & 0xFF);
            }
            assertThatThrownBy(in::read).isInstanceOf(ProtectionException.class);
        }
    }

    @Test
    void aPasswordStreamOpensWithItsPasswordOnly(@TempDir Path dir) throws IOException {
        byte[] plain = random(SEGMENT + 3, 12);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream sealing = SealedStreams.encrypting(out, "mật khẩu gói".toCharArray())) {
            sealing.write(plain);
        }
        byte[] sealed = out.toByteArray();
        Path file = Files.write(dir.resolve("visit.parcheck"), sealed);
        assertThat(SealedStreams.isSealed(file)).isTrue();
        assertThat(SealedStreams.isPasswordSealed(file)).isTrue();

        char[] password = "mật khẩu gói".toCharArray();
        try (InputStream in = SealedStreams.decrypting(new ByteArrayInputStream(sealed), password)) {
            assertThat(in.readAllBytes()).isEqualTo(plain);
        }
        char[] unaccented = "mat khau goi".toCharArray();
        assertThatThrownBy(() -> SealedStreams.decrypting(new ByteArrayInputStream(sealed), unaccented))
                .isInstanceOfSatisfying(ProtectionException.class,
                        e -> assertThat(e.kind()).isEqualTo(Kind.WRONG_PASSWORD));
        assertThatThrownBy(() -> SealedStreams.decrypting(new ByteArrayInputStream(sealed), new char[0]))
                .isInstanceOfSatisfying(ProtectionException.class,
                        e -> assertThat(e.kind()).isEqualTo(Kind.PASSWORD_NEEDED));
        assertThatThrownBy(() -> SealedStreams.decrypting(new ByteArrayInputStream(sealed), key))
                .isInstanceOfSatisfying(ProtectionException.class,
                        e -> assertThat(e.kind()).isEqualTo(Kind.PASSWORD_NEEDED));
        byte[] changed = sealed.clone();
        changed[changed.length - 100] ^= 1;
        assertThatThrownBy(() -> SealedStreams.decrypting(new ByteArrayInputStream(changed),
                "mật khẩu gói".toCharArray()).readAllBytes())
                .isInstanceOfSatisfying(ProtectionException.class,
                        e -> assertThat(e.kind()).isEqualTo(Kind.DAMAGED_DATA));
        assertThatThrownBy(() -> SealedStreams.decrypting(new ByteArrayInputStream(Arrays.copyOf(sealed, 40)),
                "mật khẩu gói".toCharArray()))
                .isInstanceOfSatisfying(ProtectionException.class,
                        e -> assertThat(e.kind()).isEqualTo(Kind.DAMAGED_DATA));
    }

    @Test
    void aPasswordTypedWithDecomposedAccentsIsTheSamePassword() throws IOException {
        String composed = "Hà Quảng";
        String decomposed = java.text.Normalizer.normalize(composed, java.text.Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(composed);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream sealing = SealedStreams.encrypting(out, composed.toCharArray())) {
            sealing.write(1);
        }
        try (InputStream in = SealedStreams.decrypting(new ByteArrayInputStream(out.toByteArray()),
                decomposed.toCharArray())) {
            assertThat(in.readAllBytes()).containsExactly(1);
        }
    }

    private byte[] seal(byte[] plain) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream sealing = SealedStreams.encrypting(out, key)) {
            sealing.write(plain);
        }
        return out.toByteArray();
    }

    private byte[] open(byte[] sealed) throws IOException {
        try (InputStream in = SealedStreams.decrypting(new ByteArrayInputStream(sealed), key)) {
            return in.readAllBytes();
        }
    }

    private void assertDamaged(byte[] sealed, String what) {
        assertThatThrownBy(() -> open(sealed)).as(what).isInstanceOfSatisfying(ProtectionException.class,
                e -> assertThat(e.kind()).as(what).isEqualTo(Kind.DAMAGED_DATA));
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }

    static byte[] random(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }
}
