package org.parcheck.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parcheck.server.OfficeFixture.PASSWORD;
import static org.parcheck.server.OfficeFixture.loggedIn;
import static org.parcheck.server.SyncLaptops.content;
import static org.parcheck.server.SyncLaptops.haLang;
import static org.parcheck.server.SyncLaptops.note;
import static org.parcheck.server.SyncLaptops.noteOf;
import static org.parcheck.server.SyncLaptops.sync;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.answering.Answer;
import org.parcheck.answering.audit.FinalisedVisits;
import org.parcheck.answering.audit.Verification;
import org.parcheck.app.AppServices;
import org.parcheck.exchange.ImportPlan;
import org.parcheck.persistence.Database;
import org.parcheck.persistence.server.ServerAdmin;
import org.parcheck.plan.VisitStatus;

/**
 * The limits of sync a user would trip over (#17, docs/server/sync.md "Decisions and limits"), each on a real
 * PostgreSQL (TestServers) with real H2 laptops: an inspector put on a plan's team after the plan was sent brings all
 * of it; a visit finalised on another laptop wins over this laptop's edits not yet sent, instead of "sync again"
 * forever; the changes an inspector may not send are counted in the result.
 */
class SyncLimitsTest {

    @TempDir
    Path dir;

    /**
     * Two office laptops send a plan each, the first one first (its revisions are the lower ones). An inspector on the
     * second plan's team syncs: only that plan, and its mark passes the first plan's revisions. Put on the first
     * plan's team afterwards (nobody touches the plan), the inspector's next sync brings the first plan with every
     * visit; the sync after brings nothing. Before, the first plan never came: its revisions were below the mark.
     */
    @Test
    void anInspectorPutOnATeamLaterBringsThePlanWithItsOlderVisits() throws Exception {
        DataSource superuser = TestServers.freshDatabase("synclate");
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
            int visits1 = office.planService().visits(office.planService().overviews().get(0).plan().id()).size();
            sync(office, asOffice);
            sync(office2, asOffice);
            admin.addMember(plan2, "tv_" + db);
            assertThat(sync(inspector, asInspector).plansBrought()).isEqualTo(1);
            assertThat(planUuids(inspector)).containsExactly(plan2);

            admin.addMember(plan1, "tv_" + db);
            SyncResult later = sync(inspector, asInspector);

            assertThat(later.plansBrought()).as(later.toString()).isEqualTo(1);
            assertThat(later.visitsBrought()).isEqualTo(visits1);
            assertThat(planUuids(inspector)).containsExactlyInAnyOrder(plan1, plan2);
            Map<String, Map<String, String>> both = new TreeMap<>(content(office.database()));
            both.putAll(content(office2.database()));
            assertThat(content(inspector.database())).isEqualTo(both);
            SyncResult again = sync(inspector, asInspector);
            assertThat(again.nothingChanged()).as(again.toString()).isTrue();

            // an edit on the newly seen plan travels to the office
            noteIn(inspector, plan1, "thành viên đoàn bổ sung sau");
            assertThat(sync(inspector, asInspector).visitsSent()).isEqualTo(1);
            sync(office, asOffice);
            assertThat(office.answerService().sheet(haLangIn(office, plan1)).answers().get("1.4.2").note())
                    .isEqualTo("thành viên đoàn bổ sung sau");
        }
    }

    /**
     * The office's laptop finalises the Hạ Lang visit and syncs; the inspector's laptop had edited a note of it
     * meanwhile. The inspector's sync is not "sync again": the finalised visit replaces the edit here (counted in the
     * result, the old note kept in the change log), verifies intact, and the next sync is clean. Before, the pull
     * took the finalisation and kept the edit (a finalised visit that verify calls altered) and the server refused
     * the send every time: exit 24 forever.
     */
    @Test
    void aVisitFinalisedOnAnotherLaptopWinsOverEditsNotYetSent() throws Exception {
        try (AppServices office = AppServices.open(Files.createDirectories(dir.resolve("office")), true);
             AppServices inspector = AppServices.open(Files.createDirectories(dir.resolve("inspector")), false);
             Database server = Database.onServer(TestServers.freshDatabase("syncfinal"))) {
            sync(office, server);
            sync(inspector, server);
            FinalisedVisits.completeAndFinalise(office.answerService(), haLang(office));
            sync(office, server);
            note(inspector, "1.4.2", "sửa khi máy khác đã hoàn tất");

            SyncResult result = sync(inspector, server);

            assertFinalisedWon(office, inspector, server, result);
        }
    }

    /**
     * The same when the finalisation reaches the server between the inspector's prepare and complete: the send meets
     * the finalised visit, pulls again, takes it, and the sync ends clean.
     */
    @Test
    void aVisitFinalisedWhileThisLaptopSyncsWinsToo() throws Exception {
        try (AppServices office = AppServices.open(Files.createDirectories(dir.resolve("office")), true);
             AppServices inspector = AppServices.open(Files.createDirectories(dir.resolve("inspector")), false);
             Database server = Database.onServer(TestServers.freshDatabase("syncfinal"))) {
            sync(office, server);
            sync(inspector, server);
            note(inspector, "1.4.2", "sửa khi máy khác đã hoàn tất");
            SyncService service = SyncLaptops.service(inspector, server);
            SyncPlan plan = service.prepare(SyncProgress.NONE);
            assertThat(plan.nothingToBring()).isTrue();
            FinalisedVisits.completeAndFinalise(office.answerService(), haLang(office));
            sync(office, server);

            SyncResult result = service.complete(plan, Map.of(), SyncProgress.NONE);

            assertFinalisedWon(office, inspector, server, result);
        }
    }

    /**
     * A laptop that had the finalised visit and reopened it (with a reason) sends its change: the server takes it
     * (before, it held every change to its finalised visit for a choice no one could make there: "sync again" at
     * every sync). The office's laptop, where the visit is still finalised, is asked, as for a package; choosing the
     * server's, it has the reopened visit, and the next syncs are clean.
     */
    @Test
    void aVisitReopenedOnTheLaptopThatHadItFinalisedTravels() throws Exception {
        try (AppServices office = AppServices.open(Files.createDirectories(dir.resolve("office")), true);
             AppServices inspector = AppServices.open(Files.createDirectories(dir.resolve("inspector")), false);
             Database server = Database.onServer(TestServers.freshDatabase("syncreopen"))) {
            sync(office, server);
            sync(inspector, server);
            FinalisedVisits.completeAndFinalise(office.answerService(), haLang(office));
            sync(office, server);
            sync(inspector, server);
            inspector.answerService().reopen(haLang(inspector), "Sở yêu cầu bổ sung tài liệu");
            note(inspector, "1.4.2", "bổ sung sau khi mở lại");

            SyncResult sent = sync(inspector, server);

            assertThat(sent.syncAgain()).as(sent.toString()).isFalse();
            assertThat(sent.visitsSent()).isEqualTo(1);
            assertThat(sent.replacedByFinalised()).isZero();
            assertThat(noteOf(inspector, "1.4.2")).isEqualTo("bổ sung sau khi mở lại");
            assertThat(content(server)).isEqualTo(content(inspector.database()));

            SyncService service = SyncLaptops.service(office, server);
            SyncPlan plan = service.prepare(SyncProgress.NONE);
            assertThat(plan.conflicts()).as("the office's visit is finalised: asked").isNotEmpty();
            Map<String, ImportPlan.Choice> theirs = new TreeMap<>();
            plan.conflicts().forEach(c -> theirs.put(c.id(), ImportPlan.Choice.THEIRS));
            SyncResult taken = service.complete(plan, theirs, SyncProgress.NONE);
            assertThat(taken.syncAgain()).as(taken.toString()).isFalse();
            assertThat(noteOf(office, "1.4.2")).isEqualTo("bổ sung sau khi mở lại");
            assertThat(content(office.database())).isEqualTo(content(server));
            assertThat(sync(inspector, server).nothingChanged()).isTrue();
            assertThat(sync(office, server).nothingChanged()).isTrue();
        }
    }

    private static void assertFinalisedWon(AppServices office, AppServices inspector, Database server,
                                           SyncResult result) {
        assertThat(result.syncAgain()).as(result.toString()).isFalse();
        assertThat(result.replacedByFinalised()).as(result.toString()).isPositive();
        assertThat(result.visitsSent()).isZero();
        long visit = haLang(inspector);
        assertThat(inspector.database().dsl().fetchValue("SELECT status FROM visit WHERE id = ?", visit))
                .isEqualTo(VisitStatus.FINALISED.name());
        assertThat(inspector.answerService().verify(visit).result()).isEqualTo(Verification.Result.INTACT);
        assertThat(noteOf(inspector, "1.4.2")).isEqualTo(noteOf(office, "1.4.2"));
        assertThat(content(inspector.database())).isEqualTo(content(server)).isEqualTo(content(office.database()));
        assertThat(inspector.database().dsl().fetchCount(DSL.table("change_log"),
                DSL.field("old_value").like("%sửa khi máy khác đã hoàn tất%"))).as("the replaced note is logged")
                .isPositive();
        SyncResult next = sync(inspector, server);
        assertThat(next.nothingChanged()).as(next.toString()).isTrue();
        assertThat(next.replacedByFinalised()).isZero();
    }

    /** An inspector's laptop with the demo plan (not on the server, not theirs): its changes wait and are counted. */
    @Test
    void changesToAPlanTheAccountIsNotOnAreCounted() throws Exception {
        DataSource superuser = TestServers.freshDatabase("syncwait");
        String db = TestServers.nameOf(superuser);
        Database.onServer(superuser).close();
        new ServerAdmin(superuser).addAccount("tv_" + db, ServerAdmin.AccountKind.INSPECTOR, "Nguyễn Văn A", null,
                null, PASSWORD.toCharArray());
        try (AppServices inspector = AppServices.open(Files.createDirectories(dir.resolve("inspector")), true);
             Database asInspector = loggedIn(db, "tv_" + db)) {
            int owners = 1 + inspector.planService().visits(inspector.planService().overviews().get(0).plan().id())
                    .size();
            SyncResult result = sync(inspector, asInspector);
            assertThat(result.waitingNotOnTeam()).as(result.toString()).isEqualTo(owners);
            assertThat(result.waiting()).as("named, plan first").hasSize(owners).first()
                    .isEqualTo(new SyncResult.Waiting(true,
                            inspector.planService().overviews().get(0).plan().numberSymbol()));
            assertThat(result.plansSent() + result.visitsSent()).isZero();
        }
    }

    /** Sets the note of answer 1.4.2 of the Hạ Lang visit of the plan {@code planUuid}. */
    private static void noteIn(AppServices laptop, String planUuid, String note) {
        long visit = haLangIn(laptop, planUuid);
        Answer answer = laptop.answerService().sheet(visit).answers().get("1.4.2");
        laptop.answerService().saveAnswer(visit, answer.withNote(note));
    }

    private static long haLangIn(AppServices laptop, String planUuid) {
        long planId = laptop.planService().overviews().stream()
                .filter(o -> o.plan().uuid().toString().equals(planUuid)).findFirst().orElseThrow().plan().id();
        return laptop.planService().visits(planId).stream()
                .filter(v -> v.unitDisplayName().equals("huyện Hạ Lang")).findFirst().orElseThrow().visit().id();
    }

    private static List<String> planUuids(AppServices laptop) {
        return laptop.planService().overviews().stream().map(o -> o.plan().uuid().toString()).toList();
    }
}
