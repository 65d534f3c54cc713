package org.parcheck.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parcheck.common.i18n.Messages;
import org.parcheck.exchange.PackageException.Kind;

/**
 * Every kind of bad package is refused with its own message (Vietnamese and English), and leaves the importing
 * database unchanged: "unchanged" means H2's {@code SCRIPT} of the whole database (every table, every row, the
 * identity counters) is the same text before and after, and no evidence file or staging folder is left behind.
 * H2 only: "unchanged" here includes H2's identity counters; the refusals that rest on the schema's own limits and
 * constraints run on both engines in {@code ExchangeBadValuesTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExchangeBadInputTest {

    @RegisterExtension
    static final TwoLaptops LAPTOPS = new TwoLaptops();
    private Path dir;
    private Laptop a;
    private Laptop b;
    private Path good;
    private Map<String, byte[]> entries;

    @BeforeAll
    void export() throws Exception {
        dir = LAPTOPS.dir();
        a = LAPTOPS.a();
        b = LAPTOPS.b();
        good = dir.resolve("good.parcheck");
        a.exchange().export(a.demoPlan().plan().id(), List.of(), good);
        entries = Zips.entries(good);
    }

    /** Imports {@code file} into B, expecting {@code kind}; checks B is unchanged and the message exists. */
    private PackageException refused(Path file, Kind kind) throws Exception {
        String before = b.dump();
        List<Path> filesBefore = files();
        PackageException e = assertThrows(PackageException.class, () -> b.exchange().analyse(file));
        assertEquals(kind, e.kind(), e::getMessage);
        assertEquals(before, b.dump(), "the database is unchanged");
        assertEquals(filesBefore, files(), "no file is left in the data folder");
        for (Messages messages : List.of(new Messages(Messages.VIETNAMESE), new Messages(Messages.ENGLISH))) {
            String text = messages.get(e.messageKey(), e.args());
            assertThat(text).doesNotContain("!exchange.").doesNotContain("{0}");
        }
        return e;
    }

    private List<Path> files() throws Exception {
        return TwoLaptops.files(b);
    }

    private Path write(String name, Map<String, byte[]> content) throws Exception {
        Path file = dir.resolve(name);
        Zips.write(file, content);
        return file;
    }

    private Path withData(String name, java.util.function.Consumer<ObjectNode> change) throws Exception {
        ObjectNode data = Zips.json(entries.get("data.json"));
        change.accept(data);
        Map<String, byte[]> copy = new LinkedHashMap<>(entries);
        copy.put("data.json", Zips.bytes(data));
        return write(name, Zips.withManifestFixed(copy));
    }

    private Path withManifest(String name, java.util.function.Consumer<ObjectNode> change) throws Exception {
        ObjectNode manifest = Zips.json(entries.get("manifest.json"));
        change.accept(manifest);
        Map<String, byte[]> copy = new LinkedHashMap<>(entries);
        copy.put("manifest.json", Zips.bytes(manifest));
        return write(name, copy);
    }

    @Test
    void theGoodPackageIsAccepted() {
        ImportPlan plan = b.exchange().analyse(good);
        assertEquals(1, plan.newPlans().size());
        b.exchange().discard(plan);
    }

    @Test
    void aTruncatedZipIsDamaged() throws Exception {
        byte[] bytes = Files.readAllBytes(good);
        Path half = dir.resolve("half.parcheck");
        Files.write(half, Arrays.copyOf(bytes, bytes.length / 2));
        refused(half, Kind.DAMAGED);
        Path tail = dir.resolve("tail.parcheck");
        Files.write(tail, Arrays.copyOf(bytes, bytes.length - 10));
        refused(tail, Kind.DAMAGED);
    }

    @Test
    void aWrongChecksumIsRefused() throws Exception {
        Map<String, byte[]> copy = new LinkedHashMap<>(entries);
        String data = new String(entries.get("data.json"), java.nio.charset.StandardCharsets.UTF_8);
        copy.put("data.json", data.replace("3199/KH-UBND", "3200/KH-UBND").getBytes(
                java.nio.charset.StandardCharsets.UTF_8));
        PackageException e = refused(write("checksum.parcheck", copy), Kind.CHECKSUM);
        assertEquals("data.json", e.args()[0]);
    }

    @Test
    void anUnknownManifestVersionIsRefused() throws Exception {
        refused(withManifest("v0.parcheck", m -> m.put("formatVersion", 0)), Kind.UNKNOWN_VERSION);
        refused(withManifest("vnone.parcheck", m -> m.remove("formatVersion")), Kind.UNKNOWN_VERSION);
        refused(withManifest("other.parcheck", m -> m.put("format", "zip-of-something")), Kind.NOT_A_PACKAGE);
    }

    @Test
    void aPackageFromANewerParCheckSaysToUpdate() throws Exception {
        PackageException e = refused(withManifest("newer.parcheck", m -> m.put("formatVersion", 2)
                .put("appVersion", "9.1.0")), Kind.NEWER_VERSION);
        assertThat(new Messages(Messages.VIETNAMESE).get(e.messageKey(), e.args())).contains("9.1.0")
                .contains("cập nhật ParCheck");
        assertThat(new Messages(Messages.ENGLISH).get(e.messageKey(), e.args())).contains("Update ParCheck");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../evil.txt", "evidence/../../evil.txt", "/etc/passwd", "C:/Windows/evil.dll",
        "evidence\\..\\evil.txt", "./data.json"})
    void entriesWithUnsafePathsAreRefused(String name) throws Exception {
        Map<String, byte[]> copy = new LinkedHashMap<>();
        copy.put(name, "x".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        copy.putAll(entries);
        refused(write("unsafe.parcheck", copy), Kind.UNSAFE_PATH);
    }

    @Test
    void anUnlistedOrUnknownEntryIsRefused() throws Exception {
        Map<String, byte[]> copy = new LinkedHashMap<>(entries);
        copy.put("readme.txt", new byte[] {1});
        refused(write("unknown.parcheck", copy), Kind.UNEXPECTED_ENTRY);
    }

    @Test
    void aZipBombStopsAtTheSizeLimitWithoutTrustingTheHeaders() throws Exception {
        Path bomb = dir.resolve("bomb.parcheck");
        Map<String, byte[]> manifestOnly = Map.of("manifest.json", entries.get("manifest.json"));
        Zips.bomb(bomb, "data.json", PackageLimits.defaults().maxEntryBytes() + (8 << 20), manifestOnly);
        assertTrue(Files.size(bomb) < (1 << 20), "a small file that inflates to over 64 MB");
        refused(bomb, Kind.TOO_LARGE);
    }

    @Test
    void tooManyEntriesAreRefused() throws Exception {
        Map<String, byte[]> many = new LinkedHashMap<>();
        for (int i = 0; i <= PackageLimits.defaults().maxEntries(); i++) {
            many.put("evidence/" + String.format("%064x", i), new byte[0]);
        }
        refused(write("many.parcheck", many), Kind.TOO_MANY_ENTRIES);
    }

    @Test
    void invalidJsonIsRefused() throws Exception {
        Map<String, byte[]> copy = new LinkedHashMap<>(entries);
        copy.put("data.json", "{\"frameworks\": [ {".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        refused(write("json.parcheck", Zips.withManifestFixed(copy)), Kind.INVALID_JSON);
        Map<String, byte[]> manifest = new LinkedHashMap<>(entries);
        manifest.put("manifest.json", "not json".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        refused(write("manifest.parcheck", manifest), Kind.INVALID_JSON);
    }

    @Test
    void aReferenceToAFrameworkVersionThatDoesNotExistIsRefused() throws Exception {
        String missing = UUID.randomUUID().toString();
        PackageException e = refused(withData("noversion.parcheck", data -> {
            data.putArray("frameworks");
            for (var visit : data.withArray("visits")) {
                ((ObjectNode) visit.get("visit")).put("framework_version_uuid", missing);
            }
            for (var plan : data.withArray("plans")) {
                ((ObjectNode) plan).putObject("frameworks");
            }
        }), Kind.MISSING_FRAMEWORK);
        assertEquals(missing, e.args()[0]);
    }

    @Test
    void thePublishedVersionWithTheSameIdentityButOtherContentIsRefused() throws Exception {
        refused(withData("changed.parcheck", data -> {
            ArrayNode nodes = (ArrayNode) data.withArray("frameworks").get(0).get("nodes");
            ((ObjectNode) nodes.get(0)).put("max_points", "99");
        }), Kind.FRAMEWORK_DIFFERS);
    }

    @Test
    void aPlanReferenceThatDoesNotResolveIsRefused() throws Exception {
        refused(withData("noplan.parcheck", data -> data.putArray("plans")), Kind.MISSING_REFERENCE);
    }

    @Test
    void aContentUnitThatIsNotAUuidIsRefused() throws Exception {
        PackageException e = refused(withData("contentunit.parcheck", data -> {
            for (var visit : data.withArray("visits")) {
                ((ObjectNode) visit.get("visit")).put("content_unit_uuid", "xã Thắng Lợi");
            }
        }), Kind.INVALID_JSON);
        assertThat(e.getMessage()).contains("visit content unit");
    }

    @Test
    void anEmptyOrForeignFileIsNotAPackage() throws Exception {
        Path empty = dir.resolve("empty.parcheck");
        Files.write(empty, new byte[0]);
        refused(empty, Kind.NOT_A_PACKAGE);
        Path text = dir.resolve("text.parcheck");
        Files.writeString(text, "hello");
        refused(text, Kind.DAMAGED);
    }

    /** Last: it is the only test that changes B (the others rely on B not having the plan yet). */
    @Test
    @Order(Integer.MAX_VALUE)
    void importingTheSamePackageTwiceChangesNothingTheSecondTime() throws Exception {
        Path once = dir.resolve("once.parcheck");
        a.exchange().export(a.demoPlan().plan().id(), List.of(), once);
        TwoLaptops.send(once, b);
        String before = b.dump();
        ImportPlan again = b.exchange().analyse(once);
        assertTrue(again.alreadyImported());
        assertTrue(!b.exchange().apply(again, Map.of()));
        assertEquals(before, b.dump());
        assertEquals(List.of(), files().stream().filter(p -> p.toString().contains("exchange-staging")).toList());
    }
}
