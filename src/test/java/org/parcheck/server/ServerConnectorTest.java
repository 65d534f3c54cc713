package org.parcheck.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.parcheck.persistence.Database;

/**
 * Connecting to the province server (#17) against a real PostgreSQL: the account read, and each failure reported with
 * its own kind; connecting never migrates nor writes.
 */
class ServerConnectorTest {

    private static final String PASSWORD = "Mật-khẩu 2026";

    /** A fresh server database migrated by the IT staff (as superuser), with the login {@code role}. */
    private static DataSource server(String name, String role) {
        DataSource superuser = TestServers.freshDatabase(name);
        Database.onServer(superuser).close();
        TestLogins.createLogin(superuser, role, PASSWORD);
        return superuser;
    }

    @Test
    void connectsAndReadsTheAccountOfTheLoginRole() {
        DataSource superuser = server("ok", "pc_an");
        String person = TestLogins.addAccount(superuser, "pc_an", "INSPECTOR", "Nguyễn Văn An", "Chuyên viên",
                "Sở Nội vụ tỉnh Cao Bằng");
        char[] password = PASSWORD.toCharArray();
        try (ServerConnection connection = ServerConnector.connect(TestLogins.address(superuser, "pc_an"), password)) {
            assertThat(connection.account()).isEqualTo(new ServerAccount("pc_an", ServerAccount.Kind.INSPECTOR,
                    person, "Nguyễn Văn An", "Chuyên viên", "Sở Nội vụ tỉnh Cao Bằng"));
            assertThat(connection.address().user()).isEqualTo("pc_an");
            assertThat(connection.database().dsl().fetchValue("SELECT current_user")).isEqualTo("pc_an");
            assertThat(connection.database().dsl().fetchValue("SELECT application_name FROM pg_stat_activity "
                    + "WHERE pid = pg_backend_pid()")).isEqualTo("ParCheck");
        }
        assertThat(password).containsOnly('\0');
    }

    @Test
    void aWrongPasswordIsWrongPassword() {
        DataSource superuser = server("wrong", "pc_binh");
        TestLogins.addAccount(superuser, "pc_binh", "INSPECTOR", "Trần Thị Bình", null, null);
        char[] password = "not it".toCharArray();
        assertKind(() -> ServerConnector.connect(TestLogins.address(superuser, "pc_binh"), password),
                ServerException.Kind.WRONG_PASSWORD);
        assertThat(password).containsOnly('\0');
    }

    @Test
    void aPortWhereNothingListensIsUnreachableAndFailsFast() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ServerAddress nowhere = new ServerAddress("localhost", port, "parcheck", "pc_any", ServerAddress.Tls.DISABLE,
                null);
        Instant start = Instant.now();
        assertKind(() -> ServerConnector.connect(nowhere, PASSWORD.toCharArray()), ServerException.Kind.UNREACHABLE);
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void anUnknownHostIsUnreachable() {
        ServerAddress nowhere = new ServerAddress("no-such-host.invalid", 5432, "parcheck", "pc_any",
                ServerAddress.Tls.DISABLE, null);
        assertKind(() -> ServerConnector.connect(nowhere, PASSWORD.toCharArray()), ServerException.Kind.UNREACHABLE);
    }

    @Test
    void tlsAskedOfAServerWithoutTlsIsTls() {
        DataSource superuser = server("tls", "pc_chi");
        TestLogins.addAccount(superuser, "pc_chi", "INSPECTOR", "Lê Chi", null, null);
        ServerAddress plain = TestLogins.address(superuser, "pc_chi");
        for (ServerAddress.Tls tls : new ServerAddress.Tls[] {ServerAddress.Tls.VERIFY_FULL,
                ServerAddress.Tls.REQUIRE}) {
            ServerAddress withTls = new ServerAddress(plain.host(), plain.port(), plain.database(), plain.user(), tls,
                    null);
            assertKind(() -> ServerConnector.connect(withTls, PASSWORD.toCharArray()), ServerException.Kind.TLS);
        }
    }

    @Test
    void aDatabaseWithoutParchecksSchemaIsNotParcheck() {
        DataSource superuser = TestServers.freshDatabase("empty");
        TestLogins.createLogin(superuser, "pc_dung", PASSWORD);
        assertKind(() -> ServerConnector.connect(TestLogins.address(superuser, "pc_dung"), PASSWORD.toCharArray()),
                ServerException.Kind.NOT_PARCHECK);
        // and nothing was created there: connecting never migrates
        assertThat(count(superuser, "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"))
                .isZero();
    }

    @Test
    void anotherApplicationsFlywayHistoryIsNotParcheck() {
        DataSource superuser = TestServers.freshDatabase("other");
        TestLogins.execute(superuser, "CREATE TABLE flyway_schema_history (installed_rank INT, version VARCHAR(50), "
                + "success BOOLEAN)", "INSERT INTO flyway_schema_history VALUES (1, '1', TRUE)",
                "CREATE TABLE visit (id INT)");
        TestLogins.createLogin(superuser, "pc_dung", PASSWORD);
        assertKind(() -> ServerConnector.connect(TestLogins.address(superuser, "pc_dung"), PASSWORD.toCharArray()),
                ServerException.Kind.NOT_PARCHECK);
    }

    @Test
    void aNewerSchemaIsNewerSchemaAndIsNotTouched() {
        DataSource superuser = server("newer", "pc_giang");
        TestLogins.addAccount(superuser, "pc_giang", "INSPECTOR", "Phạm Giang", null, null);
        TestLogins.execute(superuser, "INSERT INTO flyway_schema_history (installed_rank, version, description, type, "
                + "script, checksum, installed_by, execution_time, success) VALUES (100, '99.1', 'from the future', "
                + "'SQL', 'V99_1__future.sql', 1, 'postgres', 1, TRUE)");
        long rows = count(superuser, "SELECT count(*) FROM flyway_schema_history");
        assertKind(() -> ServerConnector.connect(TestLogins.address(superuser, "pc_giang"), PASSWORD.toCharArray()),
                ServerException.Kind.NEWER_SCHEMA);
        assertThat(count(superuser, "SELECT count(*) FROM flyway_schema_history")).isEqualTo(rows);
    }

    @Test
    void anOlderSchemaIsRefusedNotMigrated() {
        DataSource superuser = server("older", "pc_hoa");
        TestLogins.addAccount(superuser, "pc_hoa", "INSPECTOR", "Vũ Hoa", null, null);
        TestLogins.execute(superuser, "DELETE FROM flyway_schema_history WHERE installed_rank = "
                + "(SELECT max(installed_rank) FROM flyway_schema_history)");
        long rows = count(superuser, "SELECT count(*) FROM flyway_schema_history");
        ServerException e = assertKind(() -> ServerConnector.connect(TestLogins.address(superuser, "pc_hoa"),
                PASSWORD.toCharArray()), ServerException.Kind.OTHER);
        assertThat(ServerErrors.olderSchema(e)).isTrue();
        assertThat(ServerErrors.messageKey(e)).isEqualTo("server.error.olderSchema");
        assertThat(count(superuser, "SELECT count(*) FROM flyway_schema_history")).isEqualTo(rows);
    }

    @Test
    void aRoleWithoutAnAccountHasNoRights() {
        DataSource superuser = server("noaccount", "pc_khanh");
        assertKind(() -> ServerConnector.connect(TestLogins.address(superuser, "pc_khanh"), PASSWORD.toCharArray()),
                ServerException.Kind.NO_RIGHTS);
    }

    @Test
    void aRoleThatMayNotReadTheSchemaHistoryHasNoRights() {
        DataSource superuser = server("norights", "pc_lan");
        TestLogins.addAccount(superuser, "pc_lan", "INSPECTOR", "Đỗ Lan", null, null);
        // neither itself nor through its group (V9_3 lets the groups read the history)
        TestLogins.execute(superuser, "REVOKE parcheck_inspector FROM pc_lan",
                "REVOKE SELECT ON flyway_schema_history FROM pc_lan");
        assertKind(() -> ServerConnector.connect(TestLogins.address(superuser, "pc_lan"), PASSWORD.toCharArray()),
                ServerException.Kind.NO_RIGHTS);
    }

    @Test
    void queriesShareAKeptConnectionAndABrokenOneIsDroppedNotReused() {
        DataSource superuser = server("pool", "pc_minh");
        TestLogins.addAccount(superuser, "pc_minh", "LEADER", "Hoàng Minh", null, null);
        try (ServerConnection connection = ServerConnector.connect(TestLogins.address(superuser, "pc_minh"),
                PASSWORD.toCharArray())) {
            Object pid = connection.database().dsl().fetchValue("SELECT pg_backend_pid()");
            assertThat(connection.database().dsl().fetchValue("SELECT pg_backend_pid()")).isEqualTo(pid);

            // the server ends that connection (as a restart or a network cut would)
            TestLogins.execute(superuser, "SELECT pg_terminate_backend(" + pid + ")");
            try {
                connection.database().dsl().fetchValue("SELECT 1");
            } catch (RuntimeException e) {
                assertThat(ServerErrors.classify(e).kind()).isEqualTo(ServerException.Kind.CONNECTION_LOST);
            }
            Object next = connection.database().dsl().fetchValue("SELECT pg_backend_pid()");
            assertThat(next).isNotEqualTo(pid);
            assertThat(connection.database().dsl().fetchValue("SELECT pg_backend_pid()")).isEqualTo(next);
        }
    }

    private static ServerException assertKind(Runnable connect, ServerException.Kind kind) {
        try {
            connect.run();
        } catch (ServerException e) {
            assertThat(e.kind()).as(e.toString()).isEqualTo(kind);
            return e;
        }
        throw new AssertionError("connected, expected " + kind);
    }

    private static long count(DataSource superuser, String sql) {
        try (var c = superuser.getConnection(); var s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
