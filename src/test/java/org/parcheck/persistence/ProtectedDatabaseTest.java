package org.parcheck.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.protection.DataKey;
import org.parcheck.protection.FolderKeys;

/**
 * #19: the database of a protected folder, encrypted by H2 with the folder's key, and refused without it. H2 only:
 * H2's file encryption; a server is protected by TLS and its roles (docs/server/setup.md).
 */
class ProtectedDatabaseTest {

    private static final String SECRET = "Xã Bí Mật Quỳnh Lưu 7f3a";

    @TempDir
    Path dataDir;

    private final DataKey key = DataKey.random();
    private final DataKey otherKey = DataKey.random();

    @AfterEach
    void wipe() {
        key.close();
        otherKey.close();
    }

    @Test
    void aDatabaseOpenedWithAKeyIsEncryptedAndOpensAgainWithTheKey() throws Exception {
        try (Database db = Database.open(dataDir, key)) {
            new AppMetadata(db).put("probe", SECRET);
        }
        Path file = Database.fileIn(dataDir);
        assertTrue(DatabaseCipher.isEncrypted(file));
        byte[] raw = Files.readAllBytes(file);
        assertFalse(contains(raw, SECRET.getBytes(StandardCharsets.UTF_8)));
        assertFalse(contains(raw, "flyway_schema_history".getBytes(StandardCharsets.UTF_8)));
        try (Database db = Database.open(dataDir, key)) {
            assertEquals(SECRET, new AppMetadata(db).get("probe").orElseThrow());
        }
    }

    @Test
    void anUnprotectedDatabaseIsPlainSoTheCheckAboveCanFail() throws Exception {
        try (Database db = Database.open(dataDir)) {
            new AppMetadata(db).put("probe", SECRET);
        }
        assertFalse(DatabaseCipher.isEncrypted(Database.fileIn(dataDir)));
        assertTrue(contains(Files.readAllBytes(Database.fileIn(dataDir)), "flyway_schema_history"
                .getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void withoutTheKeyOrWithAnotherKeyTheFileIsRefusedAndUntouched() throws Exception {
        try (Database db = Database.open(dataDir, key)) {
            new AppMetadata(db).put("probe", SECRET);
        }
        Path file = Database.fileIn(dataDir);
        byte[] before = Files.readAllBytes(file);

        DatabaseException noKey = assertThrows(DatabaseException.class, () -> Database.open(dataDir));
        assertEquals(DatabaseException.Kind.PASSWORD_NEEDED, noKey.kind());
        DatabaseException wrong = assertThrows(DatabaseException.class, () -> Database.open(dataDir, otherKey));
        assertEquals(DatabaseException.Kind.WRONG_KEY, wrong.kind());

        assertArrayEquals(before, Files.readAllBytes(file));
        try (var files = Files.list(dataDir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(Database.FILE_NAME);
        }
    }

    @Test
    void theStandardH2ToolCannotReadItAsUserSaWithAnEmptyPassword() {
        try (Database db = Database.open(dataDir, key)) {
            new AppMetadata(db).put("probe", SECRET);
        }
        String base = dataDir.resolve(Database.FILE_BASE_NAME).toString();
        assertThrows(SQLException.class, () -> {
            try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base + ";IFEXISTS=TRUE", "sa", "")) {
                c.createStatement().executeQuery("SELECT 1");
            }
        });
    }

    @Test
    void aProtectedFolderWithoutADatabaseIsNotGivenAPlainOneWhenOpenedWithoutItsKey() throws Exception {
        Files.writeString(FolderKeys.fileIn(dataDir), "stands for a key file");
        DatabaseException e = assertThrows(DatabaseException.class, () -> Database.open(dataDir));
        assertEquals(DatabaseException.Kind.PASSWORD_NEEDED, e.kind());
        assertFalse(Files.exists(Database.fileIn(dataDir)));
    }

    @Test
    void aPlainFileOpenedWithAKeyIsRefusedAndUntouched() throws Exception {
        Database.open(dataDir).close();
        byte[] before = Files.readAllBytes(Database.fileIn(dataDir));
        DatabaseException e = assertThrows(DatabaseException.class, () -> Database.open(dataDir, key));
        assertEquals(DatabaseException.Kind.WRONG_KEY, e.kind());
        assertArrayEquals(before, Files.readAllBytes(Database.fileIn(dataDir)));
    }

    @Test
    void aPlainDatabaseIsEncryptedInMemoryAndThenOpensWithTheKeyOnly(@TempDir Path other) throws Exception {
        try (Database db = Database.open(dataDir)) {
            new AppMetadata(db).put("probe", SECRET);
        }
        try (var in = Files.newInputStream(Database.fileIn(dataDir))) {
            DatabaseCipher.encryptInMemory(in, Database.fileIn(other), key);
        }
        assertTrue(DatabaseCipher.isEncrypted(Database.fileIn(other)));
        assertFalse(contains(Files.readAllBytes(Database.fileIn(other)), "flyway_schema_history"
                .getBytes(StandardCharsets.UTF_8)));
        try (Database db = Database.open(other, key)) {
            assertEquals(SECRET, new AppMetadata(db).get("probe").orElseThrow());
            assertTrue(db.damage().isEmpty());
        }
        assertThrows(DatabaseException.class, () -> Database.open(other, otherKey));
    }

    static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
