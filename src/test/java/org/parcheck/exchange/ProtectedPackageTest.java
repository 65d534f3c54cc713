package org.parcheck.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parcheck.exchange.TwoLaptops.HA_LANG;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.parcheck.common.util.DiskSpace;
import org.parcheck.persistence.JooqExchangeRepository;
import org.parcheck.protection.DataKey;
import org.parcheck.protection.ProtectionException;
import org.parcheck.protection.SealedStreams;

/**
 * Protected packages (#19): the whole {@code .parcheck} zip encrypted under the sender's password. Laptop A exports
 * a plan with an attached file; B opens it only with the password, a wrong or missing password and a damaged
 * package are refused with B's database and data folder unchanged; no plaintext zip ever lies on disk; in a
 * protected data folder the package's evidence files are staged encrypted and attached files are read decrypted.
 */
class ProtectedPackageTest {

    private static final String PASSWORD = "mật khẩu gói 2026";

    @RegisterExtension
    final TwoLaptops laptops = new TwoLaptops();
    private Laptop a;
    private Laptop b;
    private byte[] content;
    private String sha;
    private UUID planUuid;

    @BeforeEach
    void attachAFile() throws Exception {
        a = laptops.a();
        b = laptops.b();
        planUuid = laptops.planUuid();
        long visitA = a.haLang(planUuid);
        content = new byte[200_000];
        new Random(19).nextBytes(content);
        byte[] marker = "NỘI DUNG TÀI LIỆU KIỂM CHỨNG RIÊNG".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(marker, 0, content, 1000, marker.length);
        sha = laptops.attach(a, visitA, "Biên bản.pdf", content, "15/BB", "UBND huyện", "Biên bản").sha256();
    }

    private Path exportProtected(String name) {
        Path file = laptops.dir().resolve(name);
        a.exchange().export(a.demoPlan().plan().id(), List.of(), file, PASSWORD.toCharArray());
        return file;
    }

    @Test
    void aProtectedPackageOpensWithItsPasswordOnlyAndCarriesTheEvidence() throws Exception {
        Path file = exportProtected("protected.parcheck");

        assertTrue(ExchangeService.isProtected(file));
        assertTrue(SealedStreams.isPasswordSealed(file));
        byte[] bytes = Files.readAllBytes(file);
        assertThat(indexOf(bytes, "PK".getBytes(StandardCharsets.US_ASCII))).as("no zip header in clear")
                .isNotEqualTo(0);
        for (String known : List.of("manifest.json", "data.json", "Hạ Lang", "NỘI DUNG TÀI LIỆU", sha)) {
            assertThat(indexOf(bytes, known.getBytes(StandardCharsets.UTF_8))).as(known).isEqualTo(-1);
        }
        assertFalse(Files.exists(file.resolveSibling(file.getFileName() + ".part")));

        ImportPlan plan = b.exchange().analyse(file, PASSWORD.toCharArray());
        assertThat(plan.newPlans()).hasSize(1);
        assertTrue(b.exchange().apply(plan, Map.of()));
        long visitB = b.haLang(planUuid);
        Path arrived = b.services.dataDir().resolve(b.services.answerService().sheet(visitB).evidence().stream()
                .filter(e -> sha.equals(e.attachmentSha256())).findFirst().orElseThrow().attachmentPath());
        assertArrayEquals(content, Files.readAllBytes(arrived));
    }

    @Test
    void noPasswordOrAWrongOneIsRefusedAndChangesNothing() throws Exception {
        Path file = exportProtected("protected.parcheck");
        String before = b.dump();
        List<Path> filesBefore = TwoLaptops.files(b);

        assertThatThrownBy(() -> b.exchange().analyse(file)).isInstanceOfSatisfying(PackageException.class,
                e -> assertEquals(PackageException.Kind.PASSWORD_NEEDED, e.kind()));
        assertThatThrownBy(() -> b.exchange().analyse(file, "mật khẩu khác".toCharArray()))
                .isInstanceOfSatisfying(PackageException.class, e -> {
                    assertEquals(PackageException.Kind.WRONG_PASSWORD, e.kind());
                    assertEquals("exchange.error.wrongPassword", e.messageKey());
                    assertThat(e.getCause()).isInstanceOfSatisfying(ProtectionException.class,
                            p -> assertEquals(ProtectionException.Kind.WRONG_PASSWORD, p.kind()));
                });

        assertEquals(before, b.dump());
        assertEquals(filesBefore, TwoLaptops.files(b), "nothing staged, nothing left");
        // and the right password still opens it
        b.exchange().discard(b.exchange().analyse(file, PASSWORD.toCharArray()));
    }

    @Test
    void aDamagedProtectedPackageIsRefusedAsDamaged() throws Exception {
        Path file = exportProtected("protected.parcheck");
        byte[] good = Files.readAllBytes(file);
        String before = b.dump();
        List<Path> filesBefore = TwoLaptops.files(b);

        byte[] flipped = good.clone();
        flipped[good.length / 2] ^= 0x20;
        byte[] cut = Arrays.copyOf(good, good.length - 100);
        byte[] atSegment = Arrays.copyOf(good, good.length / 2);
        byte[] longer = Arrays.copyOf(good, good.length + 7);
        Path flippedFile = laptops.dir().resolve("flipped.parcheck");
        Files.write(flippedFile, flipped);
        assertThatThrownBy(() -> b.exchange().analyse(flippedFile, PASSWORD.toCharArray()))
                .isInstanceOfSatisfying(PackageException.class, e -> assertThat(e.getCause())
                        .isInstanceOfSatisfying(ProtectionException.class,
                                p -> assertEquals(ProtectionException.Kind.DAMAGED_DATA, p.kind())));
        for (byte[] damaged : List.of(flipped, cut, atSegment, longer)) {
            Path bad = laptops.dir().resolve("bad.parcheck");
            Files.write(bad, damaged);
            assertThatThrownBy(() -> b.exchange().analyse(bad, PASSWORD.toCharArray()))
                    .isInstanceOfSatisfying(PackageException.class,
                            e -> assertEquals(PackageException.Kind.DAMAGED, e.kind(), e.getMessage()));
        }
        assertEquals(before, b.dump());
        assertEquals(filesBefore, TwoLaptops.files(b));
    }

    @Test
    void anUnprotectedPackageIsReadAsBeforeAndSaysSo() {
        Path file = laptops.exportDemoPlan(a, "plain.parcheck");
        assertFalse(ExchangeService.isProtected(file));
        assertFalse(ExchangeService.isProtected(laptops.dir().resolve("missing.parcheck")));
        // a password given for an unprotected package is not needed and does no harm
        assertThat(b.exchange().analyse(file, "thừa".toCharArray()).newPlans()).hasSize(1);
    }

    @Test
    void theFileBeingWrittenIsEncryptedFromItsFirstByte() throws Exception {
        Path file = laptops.dir().resolve("w.parcheck");
        Path part = file.resolveSibling("w.parcheck.part");
        byte[] second = content.clone();
        second[0] ^= 1;
        Map<String, Path> evidence = new java.util.LinkedHashMap<>();
        evidence.put(sha, Files.write(laptops.dir().resolve("e1.bin"), content));
        evidence.put(java.util.HexFormat.of().formatHex(PackageReader.sha256().digest(second)),
                Files.write(laptops.dir().resolve("e2.bin"), second));
        List<byte[]> seen = new java.util.ArrayList<>();
        PackageWriter.write(file, header(), new PackageData.Contents(List.of(), List.of(), List.of(), List.of()),
                evidence, PASSWORD.toCharArray(), path -> {
                    // in the middle of writing: what is on disk so far
                    seen.add(Files.readAllBytes(part));
                    return Files.newInputStream(path);
                });
        byte[] halfWay = seen.get(1);
        assertThat(halfWay.length).as("the first file went through").isGreaterThan(100_000);
        for (String known : List.of("data.json", "evidence/", "NỘI DUNG TÀI LIỆU")) {
            assertThat(indexOf(halfWay, known.getBytes(StandardCharsets.UTF_8))).as(known).isEqualTo(-1);
        }
        assertTrue(SealedStreams.isPasswordSealed(file));
        assertFalse(Files.exists(part));

        // a failure while writing leaves no part file and no package
        Path failed = laptops.dir().resolve("f.parcheck");
        assertThatThrownBy(() -> PackageWriter.write(failed, header(), new PackageData.Contents(List.of(), List.of(),
                List.of(), List.of()), Map.of(sha, laptops.dir().resolve("gone.bin")), PASSWORD.toCharArray(),
                Files::newInputStream)).isInstanceOf(PackageException.class);
        assertFalse(Files.exists(failed));
        assertFalse(Files.exists(failed.resolveSibling("f.parcheck.part")));
    }

    @Test
    void inAProtectedFolderEvidenceIsReadDecryptedAndStagedEncrypted() throws Exception {
        try (DataKey key = DataKey.random()) {
            // A's attached file as a protected folder stores it: sealed under the folder's key
            Path stored = a.services.dataDir().resolve(a.services.answerService().sheet(a.visit(planUuid, HA_LANG)
                    .visit().id()).evidence().stream().filter(e -> sha.equals(e.attachmentSha256())).findFirst()
                    .orElseThrow().attachmentPath());
            try (OutputStream out = SealedStreams.encrypting(Files.newOutputStream(stored), key.fileKey())) {
                out.write(content);
            }
            Path file = laptops.dir().resolve("from-protected.parcheck");
            withKey(a, key).export(a.demoPlan().plan().id(), List.of(), file, PASSWORD.toCharArray());

            ExchangeService protectedB = withKey(b, key);
            ImportPlan plan = protectedB.analyse(file, PASSWORD.toCharArray());
            Path staged = plan.evidence().get(sha);
            assertTrue(SealedStreams.isSealed(staged), "staged encrypted in a protected folder");
            assertThat(indexOf(Files.readAllBytes(staged), "NỘI DUNG TÀI LIỆU".getBytes(StandardCharsets.UTF_8)))
                    .isEqualTo(-1);
            try (InputStream in = SealedStreams.decrypting(Files.newInputStream(staged), key.fileKey())) {
                assertArrayEquals(content, in.readAllBytes(), "the package carried the decrypted file");
            }
            // applied: the copy placed in B's folder is encrypted too, and the staged files are gone
            assertTrue(protectedB.apply(plan, Map.of()));
            assertFalse(Files.exists(plan.stagingDir()));
            long visitB = b.haLang(planUuid);
            Path placed = b.services.dataDir().resolve(b.services.answerService().sheet(visitB).evidence().stream()
                    .filter(e -> sha.equals(e.attachmentSha256())).findFirst().orElseThrow().attachmentPath());
            assertTrue(SealedStreams.isSealed(placed));
            try (InputStream in = SealedStreams.decrypting(Files.newInputStream(placed), key.fileKey())) {
                assertArrayEquals(content, in.readAllBytes());
            }
        }
    }

    private static ExchangeService withKey(Laptop laptop, DataKey key) {
        return new ExchangeService(new JooqExchangeRepository(laptop.services.database()),
                laptop.services.dataDir(), "test", () -> "An", Clock.systemUTC(), PackageLimits.defaults(),
                DiskSpace::usable, key);
    }

    private static PackageManifest header() {
        return new PackageManifest(PackageManifest.FORMAT, PackageManifest.FORMAT_VERSION, "test",
                UUID.randomUUID().toString(), "2026-12-06T06:00", "An", "", List.of());
    }

    static int indexOf(byte[] haystack, byte[] needle) {
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
