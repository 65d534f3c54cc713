package org.parcheck.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parcheck.server.OfficeFixture.count;
import static org.parcheck.server.OfficeFixture.rank;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.app.AppServices;
import org.parcheck.persistence.server.ServerAdmin;
import org.parcheck.server.OfficeFixture.Ranked;

/**
 * Who reads and writes the scores kept on the server (#17, V9_4, D28), through the real roles and row-level security:
 * the reform office keeps them; a leader reads them and keeps nothing (read only); an inspector reads those of the
 * plans they are on and cannot write any.
 */
class KeptScoreRightsTest {

    @TempDir
    Path files;

    private OfficeFixture fixture;
    private DataSource superuser;
    private int visits;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new OfficeFixture(files);
        superuser = fixture.syncedDemo("kept_rights");
        visits = count(superuser, "SELECT count(*) FROM visit WHERE framework_version_id IS NOT NULL");
        assertThat(visits).isPositive();
    }

    @Test
    void aLeaderReadsKeptScoresButKeepsNoneAndTheOfficeKeepsThem() throws Exception {
        fixture.account("leader", ServerAdmin.AccountKind.LEADER);
        fixture.account("office", ServerAdmin.AccountKind.OFFICE);
        Ranked asLeader;
        try (AppServices leader = fixture.open("leader")) {
            asLeader = rank(leader);
            assertThat(asLeader.counts().computed()).isEqualTo(visits);
            assertThat(asLeader.counts().stored()).isZero();
        }
        assertThat(count(superuser, "SELECT count(*) FROM server_visit_score")).isZero();
        try (AppServices office = fixture.open("office")) {
            Ranked ranked = rank(office);
            assertThat(ranked.text()).isEqualTo(asLeader.text());
            assertThat(ranked.counts().stored()).isEqualTo(visits);
        }
        assertThat(count(superuser, "SELECT count(*) FROM server_visit_score WHERE computed_by = '"
                + fixture.role("office") + "'")).isEqualTo(visits);
        try (AppServices leader = fixture.open("leader")) {
            Ranked ranked = rank(leader);
            assertThat(ranked.text()).isEqualTo(asLeader.text());
            assertThat(ranked.counts().kept()).isEqualTo(visits);
            assertThat(ranked.counts().computed()).isZero();
        }
    }

    @Test
    void anInspectorReadsOnlyTheKeptScoresOfTheirPlansAndWritesNone() throws Exception {
        fixture.account("office", ServerAdmin.AccountKind.OFFICE);
        String inspector = fixture.account("insp", ServerAdmin.AccountKind.INSPECTOR);
        try (AppServices office = fixture.open("office")) {
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

    private Connection login(String role) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + TestServers.postgres().getPort() + "/"
                + TestServers.nameOf(superuser), role, OfficeFixture.PASSWORD);
    }
}
