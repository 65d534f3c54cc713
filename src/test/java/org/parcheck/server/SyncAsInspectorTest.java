package org.parcheck.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parcheck.server.OfficeFixture.PASSWORD;
import static org.parcheck.server.OfficeFixture.loggedIn;
import static org.parcheck.server.SyncLaptops.content;
import static org.parcheck.server.SyncLaptops.note;
import static org.parcheck.server.SyncLaptops.sync;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.app.AppServices;
import org.parcheck.persistence.Database;
import org.parcheck.persistence.server.ServerAdmin;

/**
 * Sync (#17) through row-level security: every laptop connects with its own login, as in the field. Two office
 * laptops each send a plan (the demo, seeded separately: two plans); an inspector who is a member of the first plan
 * syncs an empty laptop and brings that plan only, changes an answer and sends it; the office brings the change.
 */
class SyncAsInspectorTest {

    @TempDir
    Path dir;

    @Test
    void anInspectorsSyncBringsAndSendsTheirPlanAndNothingOfAnother() throws Exception {
        DataSource superuser = TestServers.freshDatabase("syncrls");
        String db = TestServers.nameOf(superuser);
        Database.onServer(superuser).close();
        ServerAdmin admin = new ServerAdmin(superuser);
        admin.addAccount("vp_" + db, ServerAdmin.AccountKind.OFFICE, "Trần Thị B", null, null, PASSWORD.toCharArray());
        admin.addAccount("tv_" + db, ServerAdmin.AccountKind.INSPECTOR, "Nguyễn Văn A", null, null,
                PASSWORD.toCharArray());

        try (AppServices office = AppServices.open(Files.createDirectories(dir.resolve("office")), true);
             AppServices office2 = AppServices.open(Files.createDirectories(dir.resolve("office2")), true);
             AppServices inspector = AppServices.open(Files.createDirectories(dir.resolve("inspector")), false);
             Database asOffice = loggedIn(db, "vp_" + db);
             Database asInspector = loggedIn(db, "tv_" + db)) {
            String plan1 = office.planService().overviews().get(0).plan().uuid().toString();
            String plan2 = office2.planService().overviews().get(0).plan().uuid().toString();
            assertThat(plan2).isNotEqualTo(plan1);
            sync(office, asOffice);
            sync(office2, asOffice);
            assertThat(planUuids(superuser)).containsExactlyInAnyOrder(plan1, plan2);
            admin.addMember(plan1, "tv_" + db);

            SyncResult brought = sync(inspector, asInspector);

            assertThat(brought.plansBrought()).isEqualTo(1);
            assertThat(inspector.planService().overviews()).extracting(o -> o.plan().uuid().toString())
                    .containsExactly(plan1);
            assertThat(content(inspector.database())).isEqualTo(content(office.database()));

            note(inspector, "1.4.2", "ghi chú của thành viên đoàn"); // the only plan there: its Hạ Lang visit
            SyncResult sent = sync(inspector, asInspector);
            assertThat(sent.visitsSent()).isEqualTo(1);
            assertThat(count(superuser, "SELECT count(*) FROM answer WHERE note = 'ghi chú của thành viên đoàn'"))
                    .as("on the server").isEqualTo(1);
            SyncResult officeBrought = sync(office, asOffice);
            assertThat(officeBrought.visitsBrought()).as("plan 2's visits and the inspector's one").isEqualTo(
                    inspector.planService().visits(inspector.planService().overviews().get(0).plan().id()).size() + 1);
            assertThat(noteOf(office, plan1, "1.4.2")).isEqualTo("ghi chú của thành viên đoàn");
            assertThat(noteOf(office, plan2, "1.4.2")).isNotEqualTo("ghi chú của thành viên đoàn");
            assertThat(planUuids(superuser)).containsExactlyInAnyOrder(plan1, plan2);
        }
    }


    /**
     * A plan made on an inspector's laptop does not go to the server (only the office makes plans): the server refuses
     * it ({@link ServerException.Kind#NO_RIGHTS} if the sync tries) and nothing of it lands there.
     */
    @Test
    void anInspectorsOwnPlanDoesNotReachTheServer() throws Exception {
        DataSource superuser = TestServers.freshDatabase("syncrls");
        String db = TestServers.nameOf(superuser);
        Database.onServer(superuser).close();
        new ServerAdmin(superuser).addAccount("tv_" + db, ServerAdmin.AccountKind.INSPECTOR, "Nguyễn Văn A", null,
                null, PASSWORD.toCharArray());
        try (AppServices inspector = AppServices.open(Files.createDirectories(dir.resolve("inspector")), true);
             Database asInspector = loggedIn(db, "tv_" + db)) {
            Map<String, Map<String, String>> before = content(inspector.database());
            try {
                sync(inspector, asInspector);
            } catch (ServerException e) {
                assertThat(e.kind()).isEqualTo(ServerException.Kind.NO_RIGHTS);
            }
            assertThat(content(inspector.database())).isEqualTo(before);
        }
        assertThat(planUuids(superuser)).isEmpty();
        assertThat(count(superuser, "SELECT count(*) FROM visit")).isZero();
        assertThat(count(superuser, "SELECT count(*) FROM server_revision")).isZero();
    }

    /** The note of answer {@code code} of the Hạ Lang visit of the plan {@code planUuid}. */
    private static String noteOf(AppServices services, String planUuid, String code) {
        long planId = services.planService().overviews().stream()
                .filter(o -> o.plan().uuid().toString().equals(planUuid)).findFirst().orElseThrow().plan().id();
        long visit = services.planService().visits(planId).stream()
                .filter(v -> v.unitDisplayName().equals("huyện Hạ Lang")).findFirst().orElseThrow().visit().id();
        return services.answerService().sheet(visit).answers().get(code).note();
    }

    private static int count(DataSource superuser, String sql) throws Exception {
        try (Connection c = superuser.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static List<String> planUuids(DataSource superuser) throws Exception {
        List<String> uuids = new ArrayList<>();
        try (Connection c = superuser.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT uuid FROM inspection_plan")) {
            while (rs.next()) {
                uuids.add(rs.getString(1));
            }
        }
        return uuids;
    }
}
