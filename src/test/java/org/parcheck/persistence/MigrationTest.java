package org.parcheck.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.answering.AnswerSheet;
import org.parcheck.app.AppServices;
import org.parcheck.plan.PlanOverview;

/**
 * A database made by the first schema version (V001) and filled with the demo data opens under the current
 * migrations with every row of every V001 table and column intact.
 *
 * <p>The V001 database is a frozen fixture, {@code v001-demo.sql}: H2's {@code SCRIPT} of a data folder that
 * Flyway stopped at version 1 and the demo seeder filled (made on 2026-11-25 with {@code Database.open(dir, "1")}).
 * The test used to build it itself, but since V004 the repositories read a column that V001 does not have. It loads
 * the fixture into a new database file with plain JDBC, copies the file and opens the copy with all migrations.
 *
 * <p>H2 only: a laptop's file from the field; the server's migrations run in {@code BothEnginesTest} and
 * {@code ServerCommandsTest}.
 */
class MigrationTest {

    private static final String HISTORY = "flyway_schema_history";
    private static final String FIXTURE = "classpath:/org/parcheck/persistence/v001-demo.sql";

    @TempDir
    Path tmp;

    @Test
    void aVersion1DatabaseWithDataOpensUnderTheCurrentSchemaWithEveryRowIntact() throws Exception {
        Path v1 = Files.createDirectories(tmp.resolve("v1"));
        String base = Database.fileIn(v1).toString().replaceFirst("\\.mv\\.db$", "");
        Map<String, List<Map<String, String>>> before;
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + base, "sa", "")) {
            try (Statement s = connection.createStatement()) {
                s.execute("RUNSCRIPT FROM '" + FIXTURE + "' CHARSET 'UTF-8'");
            }
            before = dump(connection);
        }
        assertThat(before.get(HISTORY)).filteredOn(r -> r.get("version") != null).extracting(r -> r.get("version"))
                .containsExactly("001");
        assertThat(before.get("ANSWER")).isNotEmpty();
        assertThat(before.get("CHANGE_LOG")).isNotEmpty();

        Path current = Files.createDirectories(tmp.resolve("current"));
        Files.copy(Database.fileIn(v1), Database.fileIn(current));
        Map<String, List<Map<String, String>>> after;
        try (AppServices services = AppServices.open(current)) {
            after = services.database().dsl().connectionResult(MigrationTest::dump);
            AnswerSheet sheet = haLangSheet(services);
            assertThat(sheet.answers()).as("the seed visit reads under today's repositories").isNotEmpty();
            assertThat(sheet.figures().values()).anyMatch(v -> v.compareTo(BigDecimal.valueOf(924)) == 0);
            assertThat(services.demoSeeder().seedIfFirstRun()).as("not seeded twice").isFalse();
        }
        assertThat(after.get(HISTORY)).filteredOn(r -> r.get("version") != null).extracting(r -> r.get("version"))
                .startsWith("001", "002", "003", "004");
        assertThat(after.get("VISIT")).as("visits made before V004 are identified by their own unit")
                .allMatch(r -> r.get("CONTENT_UNIT_UUID") == null);

        for (Map.Entry<String, List<Map<String, String>>> table : before.entrySet()) {
            String name = table.getKey();
            assertThat(after).as("table " + name + " still exists").containsKey(name);
            List<Map<String, String>> old = table.getValue();
            List<Map<String, String>> now = project(after.get(name), old.isEmpty() ? null : old.get(0).keySet());
            if (name.equals(HISTORY)) {
                assertThat(now.subList(0, old.size())).as("migration history").isEqualTo(old);
            } else {
                assertThat(now).as("rows of " + name).containsExactlyInAnyOrderElementsOf(old);
            }
        }
    }

    private static AnswerSheet haLangSheet(AppServices services) {
        PlanOverview plan = services.planService().overviews().get(0);
        long visitId = services.planService().visits(plan.plan().id()).stream()
                .filter(v -> v.unitDisplayName().equals("huyện Hạ Lang")).findFirst().orElseThrow().visit().id();
        return services.answerService().sheet(visitId);
    }

    /** The rows restricted to the V001 columns. */
    private static List<Map<String, String>> project(List<Map<String, String>> rows, Set<String> columns) {
        List<Map<String, String>> projected = new ArrayList<>();
        for (Map<String, String> row : rows) {
            Map<String, String> p = new TreeMap<>();
            row.forEach((column, value) -> {
                if (columns == null || columns.contains(column)) {
                    p.put(column, value);
                }
            });
            projected.add(p);
        }
        return projected;
    }

    /** Every row of every table of the PUBLIC schema, values as text, in primary-key (first column) order. */
    private static Map<String, List<Map<String, String>>> dump(Connection connection) throws SQLException {
        Map<String, List<Map<String, String>>> tables = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                     + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        for (String name : names) {
            List<Map<String, String>> rows = new ArrayList<>();
            try (Statement s = connection.createStatement();
                 ResultSet rs = s.executeQuery("SELECT * FROM \"" + name + "\" ORDER BY 1")) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    Map<String, String> row = new TreeMap<>();
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        row.put(meta.getColumnLabel(c), rs.getString(c));
                    }
                    rows.add(row);
                }
            }
            tables.put(name, rows);
        }
        return tables;
    }
}
