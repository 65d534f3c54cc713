package org.parcheck.app.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.app.AppServices;
import org.parcheck.persistence.DatabaseException;
import org.parcheck.protection.DataKey;
import org.parcheck.protection.FolderKeys;
import org.parcheck.protection.ProtectionException;

/**
 * #19 "Measured": a protected folder holds none of a set of known strings (a unit's name, a finding's text, an
 * evidence file's content and name) in any file under it, an automatic backup made and the database closed; the same
 * folder unprotected holds them (so the search can fail); a wrong password, a wrong key and a damaged key file are
 * refused with every file's bytes unchanged.
 */
class KnownStringsTest {

    private static final char[] PASSWORD = "Kiểm tra cải cách hành chính 2026".toCharArray();

    @TempDir
    Path dataDir;
    @TempDir
    Path outside;

    private void fillAndBackUp(DataKey key) throws Exception {
        try (AppServices services = AppServices.open(dataDir, true, key)) {
            KnownStrings.fill(services, outside);
            services.backups().backupNow();
        }
    }

    @Test
    void aProtectedFolderHoldsNoneOfTheKnownStrings() throws Exception {
        FolderProtection.protectNewFolder(dataDir, PASSWORD);
        try (DataKey key = FolderProtection.unlock(dataDir, PASSWORD)) {
            fillAndBackUp(key);
        }
        assertThat(Files.list(dataDir.resolve("backups"))).hasSize(1);
        assertThat(KnownStrings.foundIn(dataDir)).isEmpty();
        // and the data is all there with the password
        try (DataKey key = FolderProtection.unlock(dataDir, PASSWORD);
             AppServices services = AppServices.open(dataDir, true, key)) {
            assertThat(services.unitService().units()).anyMatch(u -> u.name().equals(KnownStrings.UNIT));
        }
    }

    @Test
    void anUnprotectedFolderHoldsThemSoTheSearchCanFail() throws Exception {
        fillAndBackUp(null);
        assertThat(KnownStrings.foundIn(dataDir))
                .contains("parcheck.mv.db: " + KnownStrings.UNIT + " (H2 string data)",
                        "parcheck.mv.db: " + KnownStrings.FINDING + " (H2 string data)")
                .anyMatch(s -> s.contains(KnownStrings.EVIDENCE + " (UTF-8)"))
                .anyMatch(s -> s.contains("the evidence file's name"));
    }

    @Test
    void aWrongPasswordAWrongKeyAndADamagedKeyFileAreRefusedWithEveryFileUnchanged() throws Exception {
        FolderProtection.protectNewFolder(dataDir, PASSWORD);
        try (DataKey key = FolderProtection.unlock(dataDir, PASSWORD)) {
            fillAndBackUp(key);
        }
        Map<String, String> before = KnownStrings.fingerprint(dataDir);

        ProtectionException wrong = assertThrows(ProtectionException.class,
                () -> FolderProtection.unlock(dataDir, "mật khẩu sai".toCharArray()));
        assertEquals(ProtectionException.Kind.WRONG_PASSWORD, wrong.kind());
        DatabaseException none = assertThrows(DatabaseException.class, () -> AppServices.open(dataDir, true, null));
        assertEquals(DatabaseException.Kind.PASSWORD_NEEDED, none.kind());
        try (DataKey other = DataKey.random()) {
            DatabaseException wrongKey = assertThrows(DatabaseException.class,
                    () -> AppServices.open(dataDir, true, other));
            assertEquals(DatabaseException.Kind.WRONG_KEY, wrongKey.kind());
        }
        assertEquals(before, KnownStrings.fingerprint(dataDir));

        Path keys = FolderKeys.fileIn(dataDir);
        byte[] damaged = Files.readAllBytes(keys);
        damaged[damaged.length / 2] ^= 0x5A;
        Files.write(keys, damaged);
        Map<String, String> damagedBefore = KnownStrings.fingerprint(dataDir);
        ProtectionException broken = assertThrows(ProtectionException.class,
                () -> FolderProtection.unlock(dataDir, PASSWORD));
        assertThat(broken.kind()).isIn(ProtectionException.Kind.DAMAGED_KEY_FILE,
                ProtectionException.Kind.WRONG_PASSWORD);
        assertEquals(damagedBefore, KnownStrings.fingerprint(dataDir));
    }
}
