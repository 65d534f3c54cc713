package org.parcheck.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parcheck.persistence.ServerSchema;
import org.parcheck.persistence.server.ServerAdmin;
import org.parcheck.persistence.server.ServerCheck;

/**
 * Who sees what is enforced by the server (#17 point 3, V9_3__row_security.sql): on a real PostgreSQL, a migrated
 * database with two plans (one visit, one answer, one evidence file each), and logins made as the IT staff make them
 * ({@link ServerAdmin#addAccount}). Each login connects with its own password over JDBC, as a laptop would, and what
 * it reads and may write is counted.
 */
class RowSecurityTest {

    private static final String PASSWORD = "mat-khau-dai-12";
    private static final UUID PLAN_1 = UUID.randomUUID();
    private static final UUID PLAN_2 = UUID.randomUUID();

    private DataSource superuser;
    private String db;

    @BeforeEach
    void setUp() throws SQLException {
        superuser = TestServers.freshDatabase("rls");
        db = TestServers.nameOf(superuser);
        ServerSchema.migrate(superuser);
        try (Connection c = superuser.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO admin_unit (id, uuid, unit_type, name) VALUES (1, gen_random_uuid(), 'COMMUNE', "
                    + "'xã Một'), (2, gen_random_uuid(), 'COMMUNE', 'xã Hai')");
            s.execute("INSERT INTO framework (id, uuid, name, target_unit_types) VALUES (1, gen_random_uuid(), "
                    + "'Bộ tiêu chí', 'COMMUNE')");
            s.execute("INSERT INTO framework_version (id, uuid, framework_id, version_no, status) VALUES "
                    + "(1, gen_random_uuid(), 1, 1, 'PUBLISHED'), (2, gen_random_uuid(), 1, 2, 'DRAFT')");
            s.execute("INSERT INTO criterion_node (id, uuid, framework_version_id, position, kind, code, title) "
                    + "VALUES (1, gen_random_uuid(), 1, 1, 'AREA', '1', 'Lĩnh vực 1')");
            s.execute("INSERT INTO inspection_plan (id, uuid, number_symbol, issued_date, issuing_body, title, "
                    + "plan_year) VALUES (1, '" + PLAN_1 + "', '1/KH', DATE '2026-01-05', 'UBND', 'Kế hoạch 1', "
                    + "2026), (2, '" + PLAN_2 + "', '2/KH', DATE '2026-01-06', 'UBND', 'Kế hoạch 2', 2026)");
            s.execute("INSERT INTO visit (id, uuid, plan_id, unit_id, framework_version_id) VALUES "
                    + "(1, gen_random_uuid(), 1, 1, 1), (2, gen_random_uuid(), 2, 2, 1)");
            s.execute("INSERT INTO answer (id, uuid, visit_id, node_id, value_text) VALUES "
                    + "(1, gen_random_uuid(), 1, 1, 'YES'), (2, gen_random_uuid(), 2, 1, 'NO')");
            s.execute("INSERT INTO evidence (id, uuid, visit_id, attachment_sha256) VALUES "
                    + "(1, gen_random_uuid(), 1, repeat('a', 64)), (2, gen_random_uuid(), 2, repeat('b', 64))");
            s.execute("INSERT INTO server_file (sha256, size_bytes, content, uploaded_by) VALUES "
                    + "(repeat('a', 64), 1, '\\x01', 'postgres'), (repeat('b', 64), 1, '\\x02', 'postgres')");
            s.execute("INSERT INTO server_revision (owner_uuid, plan_uuid, is_plan, revision) SELECT uuid, "
                    + "CASE plan_id WHEN 1 THEN '" + PLAN_1 + "'::uuid ELSE '" + PLAN_2 + "'::uuid END, false, id "
                    + "FROM visit");
            s.execute("INSERT INTO exchange_history (owner_uuid, history_json) SELECT uuid, '{}' FROM visit");
            s.execute("INSERT INTO change_log (visit_id, entity, field) VALUES (1, 'answer', 'value'), "
                    + "(2, 'answer', 'value')");
            s.execute("SELECT setval(pg_get_serial_sequence('inspection_plan', 'id'), 10)");
            s.execute("SELECT setval(pg_get_serial_sequence('visit', 'id'), 10)");
            s.execute("SELECT setval(pg_get_serial_sequence('answer', 'id'), 10)");
            s.execute("SELECT setval(pg_get_serial_sequence('framework', 'id'), 10)");
        }
    }

    @Test
    void anInspectorSeesAndWritesOnlyThePlansTheyAreAMemberOf() throws SQLException {
        String inspector = account("insp", ServerAdmin.AccountKind.INSPECTOR);
        new ServerAdmin(superuser).addMember("1/KH", inspector);
        try (Connection c = login(inspector)) {
            assertThat(count(c, "inspection_plan")).isEqualTo(1);
            assertThat(count(c, "visit")).isEqualTo(1);
            assertThat(count(c, "answer")).isEqualTo(1);
            assertThat(count(c, "evidence")).isEqualTo(1);
            assertThat(count(c, "server_file")).isEqualTo(1);
            assertThat(count(c, "server_revision")).isEqualTo(1);
            assertThat(count(c, "exchange_history")).isEqualTo(1);
            assertThat(count(c, "change_log")).isEqualTo(1);
            assertThat(count(c, "server_account")).isEqualTo(1);
            assertThat(count(c, "server_plan_member")).isEqualTo(1);
            assertThat(text(c, "SELECT number_symbol FROM inspection_plan")).isEqualTo("1/KH");
            // frameworks and units are everyone's
            assertThat(count(c, "framework_version")).isEqualTo(2);
            assertThat(count(c, "admin_unit")).isEqualTo(2);

            assertThat(update(c, "UPDATE answer SET note = 'sửa' WHERE id = 2")).isZero();
            assertThat(update(c, "UPDATE answer SET note = 'sửa' WHERE id = 1")).isEqualTo(1);
            assertThat(update(c, "DELETE FROM answer WHERE id = 2")).isZero();
            assertThat(update(c, "UPDATE inspection_plan SET title = 'sửa' WHERE id = 2")).isZero();
            assertThat(update(c, "UPDATE inspection_plan SET title = 'Kế hoạch 1 (sửa)' WHERE id = 1")).isEqualTo(1);
            assertThat(update(c, "INSERT INTO visit (uuid, plan_id, unit_id) VALUES (gen_random_uuid(), 1, 2)"))
                    .isEqualTo(1);
            assertThat(update(c, "INSERT INTO change_log (visit_id, entity) VALUES (1, 'answer')")).isEqualTo(1);
            assertThat(update(c, "INSERT INTO server_file (sha256, size_bytes, content) VALUES "
                    + "(repeat('c', 64), 1, '\\x03')")).isEqualTo(1);

            assertRefused(c, "INSERT INTO inspection_plan (uuid, number_symbol, issued_date, issuing_body, title, "
                    + "plan_year) VALUES (gen_random_uuid(), '3/KH', DATE '2026-02-01', 'UBND', 'Mới', 2026)");
            assertRefused(c, "INSERT INTO answer (uuid, visit_id, node_id) VALUES (gen_random_uuid(), 2, 1)");
            assertRefused(c, "INSERT INTO visit (uuid, plan_id, unit_id) VALUES (gen_random_uuid(), 2, 1)");
            assertRefused(c, "UPDATE visit SET plan_id = 2 WHERE id = 1");
            assertRefused(c, "INSERT INTO change_log (visit_id, entity) VALUES (2, 'answer')");
            assertRefused(c, "UPDATE framework_version SET status = 'PUBLISHED' WHERE id = 2");
            assertRefused(c, "INSERT INTO server_plan_member (plan_uuid, role_name) VALUES ('" + PLAN_2 + "', '"
                    + inspector + "')");
            assertRefused(c, "UPDATE server_account SET kind = 'OFFICE' WHERE role_name = '" + inspector + "'");
            assertRefused(c, "DELETE FROM change_log");
        }
        try (Connection c = superuser.getConnection()) {
            assertThat(text(c, "SELECT note FROM answer WHERE id = 2")).isNull();
            assertThat(text(c, "SELECT title FROM inspection_plan WHERE id = 2")).isEqualTo("Kế hoạch 2");
            assertThat(count(c, "inspection_plan")).isEqualTo(2);
            assertThat(count(c, "visit WHERE plan_id = 2")).isEqualTo(1);
        }
    }

    @Test
    void anInspectorOnNoPlanAndARoleWithoutAnAccountSeeNothing() throws SQLException {
        String idle = account("idle", ServerAdmin.AccountKind.INSPECTOR);
        try (Connection c = login(idle)) {
            assertThat(count(c, "inspection_plan")).isZero();
            assertThat(count(c, "visit")).isZero();
            assertThat(count(c, "answer")).isZero();
            assertThat(count(c, "server_file")).isZero();
            assertThat(count(c, "change_log")).isZero();
        }
        String stranger = "stranger_" + db;
        try (Connection c = superuser.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE " + stranger + " LOGIN PASSWORD '" + PASSWORD + "'");
        }
        try (Connection c = login(stranger)) {
            for (String table : new String[] {"inspection_plan", "visit", "answer", "server_account", "server_file",
                "framework"}) {
                assertRefused(c, "SELECT count(*) FROM " + table);
            }
        }
    }

    @Test
    void aLeaderReadsEverythingAndEveryWriteIsRefused() throws SQLException {
        String leader = account("lead", ServerAdmin.AccountKind.LEADER);
        try (Connection c = login(leader)) {
            assertThat(count(c, "inspection_plan")).isEqualTo(2);
            assertThat(count(c, "visit")).isEqualTo(2);
            assertThat(count(c, "answer")).isEqualTo(2);
            assertThat(count(c, "server_file")).isEqualTo(2);
            assertThat(count(c, "change_log")).isEqualTo(2);
            assertThat(count(c, "server_account")).isEqualTo(1);
            assertRefused(c, "UPDATE answer SET note = 'x' WHERE id = 1");
            assertRefused(c, "DELETE FROM visit WHERE id = 2");
            assertRefused(c, "INSERT INTO inspection_plan (uuid, number_symbol, issued_date, issuing_body, title, "
                    + "plan_year) VALUES (gen_random_uuid(), '3/KH', DATE '2026-02-01', 'UBND', 'Mới', 2026)");
            assertRefused(c, "UPDATE framework_version SET status = 'PUBLISHED' WHERE id = 2");
            assertRefused(c, "INSERT INTO change_log (visit_id, entity) VALUES (1, 'answer')");
            assertRefused(c, "INSERT INTO server_file (sha256, size_bytes, content) VALUES (repeat('d', 64), 1, "
                    + "'\\x04')");
            assertRefused(c, "UPDATE server_revision SET revision = revision + 1");
        }
    }

    @Test
    void theOfficeReadsAndWritesEverythingAndPublishesFrameworks() throws SQLException {
        String office = account("office", ServerAdmin.AccountKind.OFFICE);
        String inspector = account("insp2", ServerAdmin.AccountKind.INSPECTOR);
        try (Connection c = login(office)) {
            assertThat(count(c, "visit")).isEqualTo(2);
            assertThat(count(c, "answer")).isEqualTo(2);
            assertThat(count(c, "server_account")).isEqualTo(2);
            assertThat(update(c, "UPDATE answer SET note = 'văn phòng' WHERE id = 2")).isEqualTo(1);
            assertThat(update(c, "UPDATE framework_version SET status = 'PUBLISHED', published_at = "
                    + "CURRENT_TIMESTAMP WHERE id = 2")).isEqualTo(1);
            assertThat(update(c, "INSERT INTO framework (uuid, name, target_unit_types) VALUES (gen_random_uuid(), "
                    + "'Bộ mới', 'WARD')")).isEqualTo(1);
            assertThat(update(c, "INSERT INTO inspection_plan (uuid, number_symbol, issued_date, issuing_body, "
                    + "title, plan_year) VALUES (gen_random_uuid(), '3/KH', DATE '2026-02-01', 'UBND', 'Mới', 2026)"))
                    .isEqualTo(1);
            assertThat(update(c, "INSERT INTO server_plan_member (plan_uuid, role_name) VALUES ('" + PLAN_2 + "', '"
                    + inspector + "')")).isEqualTo(1);
            assertRefused(c, "DELETE FROM change_log");
            assertRefused(c, "DELETE FROM flyway_schema_history");
        }
        try (Connection c = login(inspector)) {
            assertThat(text(c, "SELECT number_symbol FROM inspection_plan")).isEqualTo("2/KH");
            assertThat(text(c, "SELECT note FROM answer")).isEqualTo("văn phòng");
        }
    }

    @Test
    void theCheckFindsRowSecurityOnEveryTableThatNeedsItAndSaysWhenItIsOff() throws SQLException {
        account("checked", ServerAdmin.AccountKind.OFFICE);
        ServerCheck report = ServerCheck.run(superuser);
        assertThat(report.withoutRowSecurity()).isEmpty();
        assertThat(report.withoutGrants()).isEmpty();
        assertThat(report.brokenAccounts()).isEmpty();
        assertThat(report.accounts()).containsEntry("OFFICE", 1);
        assertThat(report.schema().pending()).isZero();
        try (Connection c = superuser.getConnection(); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE answer DISABLE ROW LEVEL SECURITY");
            s.execute("CREATE TABLE added_later (id int)");
        }
        ServerCheck broken = ServerCheck.run(superuser);
        assertThat(broken.withoutRowSecurity()).containsExactly("answer");
        assertThat(broken.withoutGrants()).containsExactly("added_later");
        assertThat(broken.ok()).isFalse();
    }

    private String account(String prefix, ServerAdmin.AccountKind kind) {
        String role = prefix + "_" + db;
        new ServerAdmin(superuser).addAccount(role, kind, "Nguyễn Văn " + prefix, "Chuyên viên", "Sở Nội vụ",
                PASSWORD.toCharArray());
        return role;
    }

    private Connection login(String role) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + TestServers.postgres().getPort() + "/"
                + db, role, PASSWORD);
    }

    private static int count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static String text(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).as(sql).isTrue();
            return rs.getString(1);
        }
    }

    private static int update(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            return s.executeUpdate(sql);
        }
    }

    /** Refused by the server: no privilege (a grant missing) or a row-level security policy (SQL state 42501). */
    private static void assertRefused(Connection c, String sql) {
        assertThatThrownBy(() -> {
            try (Statement s = c.createStatement()) {
                s.execute(sql);
            }
        }).as(sql).isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).as(sql).isEqualTo("42501"));
    }
}
