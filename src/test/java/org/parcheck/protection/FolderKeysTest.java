package org.parcheck.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.protection.ProtectionException.Kind;

class FolderKeysTest {

    /** Low, so that the tests run fast; one test below uses the real count. */
    static final int FAST = 1_000;

    @TempDir
    Path dir;

    @Test
    void aCreatedKeyFileUnlocksWithThePasswordAndTheRecoveryKey() throws IOException {
        DataKey key = DataKey.random();
        assertThat(FolderKeys.isProtected(dir)).isFalse();

        RecoveryKey recovery = FolderKeys.create(dir, "mật khẩu 1".toCharArray(), key, FAST);

        assertThat(FolderKeys.isProtected(dir)).isTrue();
        assertThat(recovery.text()).matches("([0-9A-HJKMNP-TV-Z]{5}-){5}[0-9A-HJKMNP-TV-Z]{5}");
        assertThat(recovery.toString()).doesNotContain(recovery.text());
        assertThat(FolderKeys.unlock(dir, "mật khẩu 1".toCharArray()).bytes()).isEqualTo(key.bytes());
        assertThat(FolderKeys.unlockWithRecoveryKey(dir, recovery.text()).bytes()).isEqualTo(key.bytes());
        String file = Files.readString(FolderKeys.fileIn(dir));
        assertThat(file).contains("version=1", "kdf=PBKDF2WithHmacSHA256", "password.iterations=1000",
                "recovery.iterations=10000");
        assertThat(Files.list(dir).toList()).containsExactly(FolderKeys.fileIn(dir));
    }

    @Test
    void theRealIterationCountIsWrittenAndOpens() throws IOException {
        DataKey key = DataKey.random();
        FolderKeys.create(dir, "correct horse".toCharArray(), key);
        assertThat(Files.readString(FolderKeys.fileIn(dir))).contains("password.iterations=" + Passwords.ITERATIONS);
        assertThat(FolderKeys.unlock(dir, "correct horse".toCharArray()).bytes()).isEqualTo(key.bytes());
    }

    @Test
    void aRecoveryKeyTypedCarelesslyStillOpens() throws IOException {
        DataKey key = DataKey.random();
        RecoveryKey recovery = FolderKeys.create(dir, "pw".toCharArray(), key, FAST);
        String canonical = recovery.text().replace("-", "");
        String careless = "  " + canonical.substring(0, 7).toLowerCase(Locale.ROOT) + " " + canonical.substring(7, 16)
                + " -- " + canonical.substring(16).toLowerCase(Locale.ROOT).replace('0', 'o').replace('1', 'l') + "\n";

        assertThat(FolderKeys.unlockWithRecoveryKey(dir, careless).bytes()).isEqualTo(key.bytes());
    }

    @Test
    void aWrongPasswordOrRecoveryKeyIsRefusedAndChangesNothing() throws IOException {
        RecoveryKey recovery = FolderKeys.create(dir, "right".toCharArray(), DataKey.random(), FAST);
        byte[] before = Files.readAllBytes(FolderKeys.fileIn(dir));
        String wrongRecovery = (recovery.text().charAt(0) == 'A' ? "B" : "A") + recovery.text().substring(1);

        assertKind(() -> FolderKeys.unlock(dir, "wrong".toCharArray()), Kind.WRONG_PASSWORD);
        assertKind(() -> FolderKeys.unlock(dir, new char[0]), Kind.PASSWORD_NEEDED);
        assertKind(() -> FolderKeys.unlockWithRecoveryKey(dir, wrongRecovery), Kind.WRONG_PASSWORD);
        assertKind(() -> FolderKeys.unlockWithRecoveryKey(dir, "too short"), Kind.WRONG_PASSWORD);
        assertKind(() -> FolderKeys.changePassword(dir, "wrong".toCharArray(), "new".toCharArray(), FAST),
                Kind.WRONG_PASSWORD);
        assertKind(() -> FolderKeys.resetPassword(dir, wrongRecovery, "new".toCharArray(), FAST),
                Kind.WRONG_PASSWORD);
        assertThatThrownBy(() -> FolderKeys.changePassword(dir, "right".toCharArray(), new char[0]))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(Files.readAllBytes(FolderKeys.fileIn(dir))).isEqualTo(before);
        assertThat(Files.list(dir).toList()).containsExactly(FolderKeys.fileIn(dir));
    }

    @Test
    void changingThePasswordOpensWithTheNewOneOnlyAndKeepsTheRecoveryKey() throws IOException {
        DataKey key = DataKey.random();
        RecoveryKey recovery = FolderKeys.create(dir, "old".toCharArray(), key, FAST);

        FolderKeys.changePassword(dir, "old".toCharArray(), "new".toCharArray(), FAST);

        assertKind(() -> FolderKeys.unlock(dir, "old".toCharArray()), Kind.WRONG_PASSWORD);
        assertThat(FolderKeys.unlock(dir, "new".toCharArray()).bytes()).isEqualTo(key.bytes());
        assertThat(FolderKeys.unlockWithRecoveryKey(dir, recovery.text()).bytes()).isEqualTo(key.bytes());
        assertThat(Files.list(dir).toList()).containsExactly(FolderKeys.fileIn(dir));
    }

    @Test
    void resettingThePasswordWithTheRecoveryKeyOpensWithTheNewOneOnly() throws IOException {
        DataKey key = DataKey.random();
        RecoveryKey recovery = FolderKeys.create(dir, "forgotten".toCharArray(), key, FAST);

        FolderKeys.resetPassword(dir, recovery.text().toLowerCase(Locale.ROOT), "fresh".toCharArray(), FAST);

        assertKind(() -> FolderKeys.unlock(dir, "forgotten".toCharArray()), Kind.WRONG_PASSWORD);
        assertThat(FolderKeys.unlock(dir, "fresh".toCharArray()).bytes()).isEqualTo(key.bytes());
        assertThat(FolderKeys.unlockWithRecoveryKey(dir, recovery.text()).bytes()).isEqualTo(key.bytes());
    }

    @Test
    void createRefusesAnExistingKeyFileAndAnEmptyPassword() throws IOException {
        FolderKeys.create(dir, "first".toCharArray(), DataKey.random(), FAST);
        byte[] before = Files.readAllBytes(FolderKeys.fileIn(dir));

        assertThatThrownBy(() -> FolderKeys.create(dir, "second".toCharArray(), DataKey.random(), FAST))
                .isInstanceOf(FileAlreadyExistsException.class);
        assertThat(Files.readAllBytes(FolderKeys.fileIn(dir))).isEqualTo(before);
        Path other = Files.createDirectory(dir.resolve("other"));
        assertThatThrownBy(() -> FolderKeys.create(other, new char[0], DataKey.random()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(FolderKeys.isProtected(other)).isFalse();
    }

    @Test
    void aDamagedKeyFileIsRefusedWhateverIsDamagedAndStaysAsItWas() throws IOException {
        FolderKeys.create(dir, "pw".toCharArray(), DataKey.random(), FAST);
        Path file = FolderKeys.fileIn(dir);
        String good = Files.readString(file);
        List<String> lines = good.lines().filter(line -> !line.startsWith("#")).toList();
        assertThat(lines).hasSize(12);

        for (String line : lines) {
            String name = line.substring(0, line.indexOf('='));
            assertDamagedFile(good.replace(line + "\n", ""), "without " + name);
            assertDamagedFile(good.replace(line + "\n", line + "\n" + line + "\n"), "twice " + name);
            assertDamagedFile(good.replace(line, changedValue(line)), "changed " + name);
        }
        assertDamagedFile(good.replace("version=1", "version=2"), "version 2");
        assertDamagedFile(good + "extra=1\n", "an extra field");
        for (int cut : new int[] {0, 10, good.length() / 2, good.length() - 10}) {
            assertDamagedFile(good.substring(0, cut), "cut at " + cut);
        }
        assertDamagedFile("\u0000\u0001garbage\u00ff", "garbage");
        assertDamagedFile("x".repeat(70_000), "too long");

        Files.writeString(file, good);
        assertThat(FolderKeys.unlock(dir, "pw".toCharArray())).isNotNull();
        Files.delete(file);
        assertKind(() -> FolderKeys.unlock(dir, "pw".toCharArray()), Kind.DAMAGED_KEY_FILE);
    }

    @Test
    void theKeyFileHoldsNoReadableKeyAndOnlyItsOwnerMayReadIt() throws IOException {
        DataKey key = DataKey.random();
        RecoveryKey recovery = FolderKeys.create(dir, "pw".toCharArray(), key, FAST);
        Path file = FolderKeys.fileIn(dir);
        String text = Files.readString(file);
        byte[] bytes = key.bytes();

        assertThat(text).doesNotContain(java.util.Base64.getEncoder().encodeToString(bytes),
                java.util.HexFormat.of().formatHex(bytes), recovery.text(), recovery.text().replace("-", ""),
                new String(key.h2FilePassword()));
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .isEqualTo("rw-------");
        }
    }

    @Test
    void aWrappingMovedToTheOtherPurposeDoesNotOpen() throws IOException {
        RecoveryKey recovery = FolderKeys.create(dir, "pw".toCharArray(), DataKey.random(), FAST);
        Path file = FolderKeys.fileIn(dir);
        KeyFile content = KeyFile.parse(Files.readString(file));
        Files.writeString(file, new KeyFile(content.recovery(), content.recovery()).format());
        String canonical = recovery.text().replace("-", "");

        assertKind(() -> FolderKeys.unlock(dir, canonical.toCharArray()), Kind.WRONG_PASSWORD);
        assertThat(FolderKeys.unlockWithRecoveryKey(dir, canonical)).isNotNull();
    }

    @Test
    void leftoverTemporaryFilesAreRemovedAtTheNextChange() throws IOException {
        FolderKeys.create(dir, "a".toCharArray(), DataKey.random(), FAST);
        Path leftover = Files.writeString(dir.resolve(FolderKeys.FILE_NAME + ".123.tmp"), "half");

        FolderKeys.changePassword(dir, "a".toCharArray(), "b".toCharArray(), FAST);

        assertThat(leftover).doesNotExist();
    }

    private static String changedValue(String line) {
        int eq = line.indexOf('=');
        String value = line.substring(eq + 1);
        char first = value.charAt(0);
        char other = first == 'A' ? 'B' : first == '1' ? '2' : first == 'p' ? 'q' : 'A';
        return line.substring(0, eq + 1) + other + value.substring(1);
    }

    private void assertDamagedFile(String content, String what) throws IOException {
        Path file = FolderKeys.fileIn(dir);
        Files.write(file, content.getBytes(StandardCharsets.ISO_8859_1));
        byte[] before = Files.readAllBytes(file);
        ThrowingCall[] calls = {
            () -> FolderKeys.unlock(dir, "pw".toCharArray()),
            () -> FolderKeys.unlockWithRecoveryKey(dir, "0000000000" + "0000000000" + "0000000000"),
            () -> FolderKeys.changePassword(dir, "pw".toCharArray(), "new".toCharArray(), FAST),
        };
        for (ThrowingCall call : calls) {
            assertThatThrownBy(call::run).as(what).isInstanceOfSatisfying(ProtectionException.class,
                    e -> assertThat(e.kind()).as(what + ": " + e.getMessage()).isEqualTo(Kind.DAMAGED_KEY_FILE));
        }
        assertThat(Files.readAllBytes(file)).as(what).isEqualTo(before);
    }

    static void assertKind(ThrowingCall call, Kind kind) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ProtectionException.class,
                e -> assertThat(e.kind()).isEqualTo(kind));
    }

    /** A call that may throw. */
    interface ThrowingCall {
        void run() throws Exception;
    }
}
