package org.parcheck.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
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
 * migrations with every row of every V001 table and column intact. The V001 database is built here, not
 * committed: Flyway stops at version 1, the demo data is seeded through today's repositories, the file is copied
 * and the copy opened with all migrations. Today V001 is the latest, so this also proves a reopen is lossless;
 * when V002+ appear the same test checks them. (If the repositories one day cannot write a V001 schema any more,
 * freeze the fixture: dump this V001 database once with {@code SCRIPT} into a test resource and load that.)
 */
class MigrationTest {

    private static final String HISTORY = "flyway_schema_history";

    @TempDir
    Path tmp;

    @Test
    void aVersion1DatabaseWithDataOpensUnderTheCurrentSchemaWithEveryRowIntact() throws Exception {
        Path v1 = Files.createDirectories(tmp.resolve("v1"));
        Map<String, List<Map<String, String>>> before;
        AnswerSheet sheetBefore;
        try (Database db = Database.open(v1, "1")) {
            AppServices services = new AppServices(v1, db);
            assertThat(services.demoSeeder().seedIfFirstRun()).isTrue();
            sheetBefore = haLangSheet(services);
            before = db.dsl().connectionResult(MigrationTest::dump);
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
            assertEquals(sheetBefore, haLangSheet(services));
            assertThat(services.demoSeeder().seedIfFirstRun()).as("not seeded twice").isFalse();
        }

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
