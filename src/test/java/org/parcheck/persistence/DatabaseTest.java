package org.parcheck.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.jooq.Record1;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening a laptop's H2 file. H2 only (#17, docs/architecture/persistence.md): the read-only first pass, another
 * process's lock, a damaged file are the laptop's file; the server is opened by {@code Database.onServer}
 * ({@code BothEnginesTest}).
 */
class DatabaseTest {

    @TempDir
    Path dataDir;

    @Test
    void migratesAnEmptyFolderToTheWholeSchema() {
        try (Database db = Database.open(dataDir)) {
            List<String> tables = db.dsl()
                    .fetch("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'")
                    .map(r -> r.get(0, String.class));
            assertThat(tables).contains("ADMIN_UNIT", "FRAMEWORK", "FRAMEWORK_VERSION", "CRITERION_NODE",
                    "FIGURE_DEF", "FIGURE_CONSTRAINT", "CLASSIFICATION_BAND", "INSPECTION_PLAN", "PLAN_FRAMEWORK",
                    "TEAM_MEMBER", "VISIT", "VISIT_ATTENDEE", "FIGURE_VALUE", "ANSWER", "EVIDENCE", "FINDING",
                    "RECOMMENDATION", "CHANGE_LOG", "APP_SETTING", "flyway_schema_history");
            Record1<Integer> applied = db.dsl()
                    .select(org.jooq.impl.DSL.count()).from("\"flyway_schema_history\"")
                    .where("\"success\" = TRUE").fetchOne();
            assertThat(applied.value1()).isGreaterThanOrEqualTo(1);
        }
        assertTrue(Files.exists(Database.fileIn(dataDir)));
    }

    @Test
    void reopeningKeepsDataAndDoesNotMigrateAgain() {
        try (Database db = Database.open(dataDir)) {
            new AppMetadata(db).put("probe", "Cô Ngân");
        }
        try (Database db = Database.open(dataDir)) {
            assertEquals("Cô Ngân", new AppMetadata(db).get("probe").orElseThrow());
        }
    }

    @Test
    void aDatabaseOpenInAnotherProcessIsReportedAsAlreadyOpenAndLeftAlone() throws Exception {
        try (Database db = Database.open(dataDir)) {
            new AppMetadata(db).put("probe", "kept");
        }
        byte[] before = Files.readAllBytes(Database.fileIn(dataDir));
        try (ChildProcess child = ChildProcess.start(DataFolderHolder.class, "database", dataDir.toString())) {
            child.awaitLine("HOLDING");
            DatabaseException e = assertThrows(DatabaseException.class, () -> Database.open(dataDir));
            assertEquals(DatabaseException.Kind.ALREADY_OPEN, e.kind());
        }
        try (Database db = Database.open(dataDir)) {
            assertEquals("kept", new AppMetadata(db).get("probe").orElseThrow());
        }
        assertThat(before.length).isPositive();
    }

    @Test
    void aDamagedFileIsReportedAndLeftByteForByteUnchanged() throws Exception {
        byte[] garbage = new byte[64 * 1024];
        new Random(42).nextBytes(garbage);
        Path file = Database.fileIn(dataDir);
        Files.write(file, garbage);

        DatabaseException e = assertThrows(DatabaseException.class, () -> Database.open(dataDir));

        assertEquals(DatabaseException.Kind.DAMAGED, e.kind());
        assertEquals(file, e.file());
        assertArrayEquals(garbage, Files.readAllBytes(file));
    }

    @Test
    void aDataFolderThatIsNotAFolderIsReportedAsNotWritable() throws Exception {
        Path notAFolder = dataDir.resolve("plain-file");
        Files.writeString(notAFolder, "x");
        DatabaseException e = assertThrows(DatabaseException.class, () -> Database.open(notAFolder));
        assertEquals(DatabaseException.Kind.NOT_WRITABLE, e.kind());
    }

    @Test
    void aTransactionIsAllOrNothingAndRepositoriesJoinIt() {
        try (Database db = Database.open(dataDir)) {
            AppMetadata metadata = new AppMetadata(db);
            assertThrows(IllegalStateException.class, () -> db.inTransaction(() -> {
                metadata.put("a", "1");
                metadata.put("b", "2");
                throw new IllegalStateException("fail after two writes");
            }));
            assertTrue(metadata.get("a").isEmpty());
            assertTrue(metadata.get("b").isEmpty());
            db.inTransaction(() -> {
                metadata.put("a", "1");
                return null;
            });
            assertEquals("1", metadata.get("a").orElseThrow());
        }
    }
}
