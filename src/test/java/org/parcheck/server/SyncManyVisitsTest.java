package org.parcheck.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parcheck.server.SyncLaptops.content;
import static org.parcheck.server.SyncLaptops.sync;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.app.AppServices;
import org.parcheck.persistence.Database;

/**
 * The exchange writer inserts a new visit's answers and figures together, one multi-row statement per table (#17,
 * part "send"): a plan of many visits, each with a different set of answers and figures, sent to a real PostgreSQL
 * and brought to an empty laptop's H2 file, must arrive item by item as the office's laptop has it, with as many rows
 * per table (none dropped, none twice), and the laptop's content seals must still match its file when it is opened
 * again.
 */
class SyncManyVisitsTest {

    private static final int VISITS = 24;
    private static final List<String> TABLES = List.of("visit", "answer", "figure_value", "finding",
            "recommendation", "evidence", "visit_attendee", "change_log");

    @TempDir
    Path dir;

    @Test
    void aPlanOfManyDifferentVisitsArrivesRowForRowOnTheServerAndOnAnEmptyLaptop() throws Exception {
        Path secondDir = Files.createDirectories(dir.resolve("second"));
        try (AppServices office = AppServices.open(Files.createDirectories(dir.resolve("office")), true);
             AppServices second = AppServices.open(secondDir, false);
             Database server = Database.onServer(TestServers.freshDatabase("many"))) {
            grow(office.database(), office);
            Map<String, Long> officeRows = rows(office.database());
            assertThat(officeRows.get("answer")).isGreaterThan(VISITS * 10L);

            SyncResult sent = sync(office, server);

            assertThat(sent.visitsSent()).isGreaterThanOrEqualTo(VISITS);
            assertThat(content(server)).isEqualTo(content(office.database()));
            Map<String, Long> serverRows = rows(server);
            for (String table : List.of("visit", "answer", "figure_value", "finding", "recommendation",
                    "evidence", "visit_attendee")) {
                assertThat(serverRows.get(table)).as(table).isEqualTo(officeRows.get(table));
            }

            SyncResult brought = sync(second, server);

            assertThat(brought.visitsBrought()).isEqualTo(sent.visitsSent());
            Map<String, Map<String, String>> expected = content(office.database());
            assertThat(content(second.database())).isEqualTo(expected);
            Map<String, Long> secondRows = rows(second.database());
            for (String table : List.of("visit", "answer", "figure_value", "finding", "recommendation",
                    "evidence", "visit_attendee")) {
                assertThat(secondRows.get(table)).as(table).isEqualTo(officeRows.get(table));
            }
        }
        // the content seals written with the import match the file: it opens undamaged, with the same content
        try (AppServices reopened = AppServices.open(secondDir, false)) {
            assertThat(reopened.database().damage()).isEmpty();
            assertThat(rows(reopened.database()).get("answer")).isGreaterThan(VISITS * 10L);
        }
    }

    /**
     * Copies the demo's Hạ Lang visit until the plan has {@link #VISITS} more, each copy keeping a different part of
     * its answers and figures, some answers with a note of their own.
     */
    private static void grow(Database db, AppServices office) {
        long planId = office.planService().overviews().get(0).plan().id();
        long source = office.planService().visits(planId).stream()
                .filter(v -> v.unitDisplayName().equals("huyện Hạ Lang")).findFirst().orElseThrow().visit().id();
        db.transaction(dsl -> {
            for (int i = 0; i < VISITS; i++) {
                UUID uuid = UUID.randomUUID();
                dsl.execute("INSERT INTO visit (uuid, plan_id, unit_id, framework_version_id, visit_date, place,"
                        + " status) SELECT ?, plan_id, unit_id, framework_version_id, visit_date, place,"
                        + " 'IN_PROGRESS' FROM visit WHERE id = ?", uuid, source);
                Long id = dsl.resultQuery("SELECT id FROM visit WHERE uuid = ?", uuid).fetchOne(0, Long.class);
                dsl.execute("INSERT INTO answer (uuid, visit_id, node_id, value_text, not_applicable, self_score,"
                        + " note, flagged) SELECT RANDOM_UUID(), ?, node_id, value_text, not_applicable, self_score,"
                        + " note, flagged FROM answer WHERE visit_id = ? AND MOD(node_id, ?) <> ?", id, source,
                        2 + i % 5, i % 2);
                dsl.execute("UPDATE answer SET note = ? WHERE visit_id = ? AND MOD(node_id, 3) = 0",
                        "ghi chú " + i, id);
                dsl.execute("INSERT INTO figure_value (visit_id, figure_code, amount, note) SELECT ?, figure_code,"
                        + " amount, note FROM figure_value WHERE visit_id = ? AND MOD(LENGTH(figure_code) + ?, 3)"
                        + " <> 0", id, source, i);
            }
            return null;
        });
    }

    private static Map<String, Long> rows(Database db) {
        Map<String, Long> rows = new LinkedHashMap<>();
        db.inTransaction(() -> {
            for (String table : TABLES) {
                rows.put(table, db.dsl().resultQuery("SELECT count(*) FROM " + table).fetchOne(0, Long.class));
            }
            return null;
        });
        return rows;
    }
}
