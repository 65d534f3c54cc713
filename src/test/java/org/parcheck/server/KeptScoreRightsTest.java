package org.parcheck.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.app.AppServices;
import org.parcheck.persistence.Database;
import org.parcheck.persistence.server.ServerAdmin;
import org.parcheck.report.YearSeriesBuilder;
import org.parcheck.report.YearSeriesModel;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Who reads and writes the scores kept on the server (#17, V9_4, D28), through the real roles and row-level security:
 * the reform office keeps them; a leader reads them and keeps nothing (read only); an inspector reads those of the
 * plans they are on and cannot write any.
 */
class KeptScoreRightsTest {

    private static final String PASSWORD = "mat-khau-dai-12";

    @TempDir
    Path files;

    private DataSource superuser;
    private String db;
    private int visits;

    @BeforeEach
    void setUp() throws Exception {
        superuser = TestServers.freshDatabase("kept_rights");
        db = TestServers.nameOf(superuser);
        try (AppServices seeded = AppServices.onServer(Files.createDirectories(files.resolve("seed")),
                Database.onServer(superuser))) {
            assertThat(seeded.demoSeeder().seedIfFirstRun()).isTrue();
        }
        // a revision for every plan and visit, as the sync that brought them would have given it
        TestLogins.execute(superuser, "INSERT INTO server_revision (owner_uuid, plan_uuid, is_plan, revision) SELECT "
                + "v.uuid, p.uuid, false, nextval('server_revision_seq') FROM visit v JOIN inspection_plan p ON "
                + "p.id = v.plan_id");
        visits = count(superuser, "SELECT count(*) FROM visit WHERE framework_version_id IS NOT NULL");
        assertThat(visits).isPositive();
    }

    @Test
    void aLeaderReadsKeptScoresButKeepsNoneAndTheOfficeKeepsThem() throws Exception {
        account("leader", ServerAdmin.AccountKind.LEADER);
        account("office", ServerAdmin.AccountKind.OFFICE);
        String asLeader;
        try (AppServices leader = open("leader")) {
            YearSeriesBuilder.Counts counts = new YearSeriesBuilder.Counts();
            asLeader = describe(leader.yearSeries().build(Set.of(), counts));
            assertThat(counts.computed()).isEqualTo(visits);
            assertThat(counts.stored()).isZero();
        }
        assertThat(count(superuser, "SELECT count(*) FROM server_visit_score")).isZero();
        try (AppServices office = open("office")) {
            YearSeriesBuilder.Counts counts = new YearSeriesBuilder.Counts();
            assertThat(describe(office.yearSeries().build(Set.of(), counts))).isEqualTo(asLeader);
            assertThat(counts.stored()).isEqualTo(visits);
        }
        assertThat(count(superuser, "SELECT count(*) FROM server_visit_score WHERE computed_by = '" + role("office")
                + "'")).isEqualTo(visits);
        try (AppServices leader = open("leader")) {
            YearSeriesBuilder.Counts counts = new YearSeriesBuilder.Counts();
            assertThat(describe(leader.yearSeries().build(Set.of(), counts))).isEqualTo(asLeader);
            assertThat(counts.kept()).isEqualTo(visits);
            assertThat(counts.computed()).isZero();
        }
    }

    @Test
    void anInspectorReadsOnlyTheKeptScoresOfTheirPlansAndWritesNone() throws Exception {
        account("office", ServerAdmin.AccountKind.OFFICE);
        String inspector = account("insp", ServerAdmin.AccountKind.INSPECTOR);
        try (AppServices office = open("office")) {
            office.yearSeries().build(Set.of());
        }
        try (Connection c = login(inspector)) {
            assertThat(count(c, "SELECT count(*) FROM server_visit_score")).isZero(); // on no plan's team
        }
        new ServerAdmin(superuser).addMember(OfficeData.PLAN_2021, inspector);
        try (Connection c = login(inspector)) {
            assertThat(count(c, "SELECT count(*) FROM server_visit_score")).isEqualTo(visits);
            for (String sql : new String[] {"UPDATE server_visit_score SET percent = '100'",
                "DELETE FROM server_visit_score",
                "INSERT INTO server_visit_score (visit_id, server_revision, rules_version, framework_version_uuid, "
                        + "unit_type, total, scored_max, pending_items) SELECT id, 1, 1, gen_random_uuid(), 'WARD', "
                        + "'1', '1', 0 FROM visit LIMIT 1"}) {
                assertThatThrownBy(() -> {
                    try (Statement s = c.createStatement()) {
                        s.execute(sql);
                    }
                }).as(sql).isInstanceOf(SQLException.class)
                        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).as(sql).isEqualTo("42501"));
            }
        }
    }

    private String role(String prefix) {
        return prefix + "_" + db;
    }

    private String account(String prefix, ServerAdmin.AccountKind kind) {
        new ServerAdmin(superuser).addAccount(role(prefix), kind, "Nguyễn Văn " + prefix, "Chuyên viên", "Sở Nội vụ",
                PASSWORD.toCharArray());
        return role(prefix);
    }

    private AppServices open(String prefix) throws SQLException, java.io.IOException {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setServerNames(new String[] {"localhost"});
        source.setPortNumbers(new int[] {TestServers.postgres().getPort()});
        source.setDatabaseName(db);
        source.setUser(role(prefix));
        source.setPassword(PASSWORD);
        return AppServices.onServer(Files.createDirectories(files.resolve(prefix)),
                Database.onServerExisting(source, () -> { }));
    }

    private Connection login(String role) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + TestServers.postgres().getPort() + "/"
                + db, role, PASSWORD);
    }

    private static int count(DataSource source, String sql) throws SQLException {
        try (Connection c = source.getConnection()) {
            return count(c, sql);
        }
    }

    private static int count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static String describe(YearSeriesModel model) {
        StringBuilder text = new StringBuilder(model.years() + " unscored " + model.unscored() + "\n");
        model.ranking().forEach(v -> text.append(v.rank()).append(' ').append(v.unit()).append(' ')
                .append(v.total()).append(' ').append(v.max()).append(' ').append(v.percent()).append(' ')
                .append(v.percentText()).append(' ').append(v.classification()).append('\n'));
        return text.toString();
    }
}
