package org.parcheck.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cheap schema check on opening: it says "up to date" only for exactly the app's applied migrations. H2 only:
 * the laptop's fast open; the server's check is {@code ServerSchema.status} ({@code ServerConnectorTest}).
 */
class SchemaHistoryCheckTest {

    @TempDir
    Path dir;

    private Connection raw() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("parcheck").toString().replace('\\', '/'),
                "sa", "");
    }

    @Test
    void theChecksumOfEveryMigrationIsFlywaysOwn() {
        Map<String, Integer> flyways = new TreeMap<>();
        Flyway flyway = Flyway.configure()
                .dataSource("jdbc:h2:file:" + dir.resolve("empty").toString().replace('\\', '/'), "sa", "")
                .locations("classpath:" + SchemaHistoryCheck.LOCATION).load();
        for (MigrationInfo info : flyway.info().all()) {
            flyways.put(SchemaHistoryCheck.normalise(info.getVersion().getVersion()), info.getChecksum());
        }
        Map<String, Integer> ours = SchemaHistoryCheck.appMigrations(getClass().getClassLoader());
        assertThat(ours).isNotEmpty().isEqualTo(flyways);
    }

    @Test
    void aMigratedDatabaseIsUpToDate() throws SQLException {
        Database.open(dir).close();
        try (Connection c = raw()) {
            assertThat(SchemaHistoryCheck.upToDate(c)).isTrue();
        }
    }

    @Test
    void aChangedChecksumANewerMigrationAMissingOneOrAFailedOneIsNotUpToDate() throws SQLException {
        Database.open(dir).close();
        try (Connection c = raw(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE \"flyway_schema_history\" SET \"checksum\" = \"checksum\" + 1 "
                    + "WHERE \"version\" = '002'");
            assertThat(SchemaHistoryCheck.upToDate(c)).as("changed checksum").isFalse();
            s.executeUpdate("UPDATE \"flyway_schema_history\" SET \"checksum\" = \"checksum\" - 1 "
                    + "WHERE \"version\" = '002'");
            assertThat(SchemaHistoryCheck.upToDate(c)).as("restored").isTrue();

            s.executeUpdate("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", "
                    + "\"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") "
                    + "VALUES (999, '999', 'future', 'SQL', 'V999__future.sql', 0, 'sa', 0, TRUE)");
            assertThat(SchemaHistoryCheck.upToDate(c)).as("a newer migration").isFalse();
            s.executeUpdate("DELETE FROM \"flyway_schema_history\" WHERE \"installed_rank\" = 999");

            s.executeUpdate("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '003'");
            assertThat(SchemaHistoryCheck.upToDate(c)).as("a failed migration").isFalse();
            s.executeUpdate("UPDATE \"flyway_schema_history\" SET \"success\" = TRUE WHERE \"version\" = '003'");

            s.executeUpdate("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '009'");
            assertThat(SchemaHistoryCheck.upToDate(c)).as("a pending migration").isFalse();
        }
    }

    @Test
    void anOlderSchemaIsStillMigratedOnOpening() throws SQLException {
        Database.open(dir, "1").close();
        try (Connection c = raw()) {
            assertThat(SchemaHistoryCheck.upToDate(c)).isFalse();
        }
        try (Database db = Database.open(dir)) {
            assertThat(db.dsl().fetchCount(db.dsl().selectFrom("\"flyway_schema_history\"")
                    .where("\"version\" IS NOT NULL")))
                    .isEqualTo(SchemaHistoryCheck.appMigrations(getClass().getClassLoader()).size());
        }
        try (Connection c = raw()) {
            assertThat(SchemaHistoryCheck.upToDate(c)).isTrue();
        }
    }

    @Test
    void versionsAreComparedAsNumbers() {
        assertThat(SchemaHistoryCheck.normalise("001")).isEqualTo("1");
        assertThat(SchemaHistoryCheck.normalise("1.0")).isEqualTo("1");
        assertThat(SchemaHistoryCheck.normalise("2_1")).isEqualTo("2.1");
        assertThat(SchemaHistoryCheck.normalise("010")).isEqualTo("10");
    }
}
