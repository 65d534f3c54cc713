package org.parcheck.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.answering.AnswerService;
import org.parcheck.answering.Attendee;
import org.parcheck.answering.ChangeEntry;
import org.parcheck.answering.audit.CanonicalForm;
import org.parcheck.answering.audit.FinalisedVisits;
import org.parcheck.answering.audit.StoredFingerprint;
import org.parcheck.answering.audit.Verification;
import org.parcheck.answering.audit.VisitContent;
import org.parcheck.app.AppServices;
import org.parcheck.plan.PlanOverview;
import org.parcheck.testing.Engine;
import org.parcheck.testing.OnBothEngines;

/**
 * The content fingerprint on a real H2 file: stored with the finalise, cleared (and logged) on reopen, renewed on
 * the next finalise, and a change made behind the app's back (plain SQL) is caught by verify, naming the part.
 */
class VisitFingerprintTest {

    @TempDir
    Path dataDir;
    private AppServices services;
    private AnswerService answering;
    private long visitId;

    @BeforeEach
    void open(Engine engine) {
        services = engine.services(dataDir, true);
        answering = services.answerService();
        PlanOverview plan = services.planService().overviews().get(0);
        visitId = services.planService().visits(plan.plan().id()).stream()
                .filter(v -> v.unitDisplayName().equals("huyện Hạ Lang")).findFirst().orElseThrow().visit().id();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private String storedColumn() {
        Object value = services.database().dsl().fetchValue("SELECT fingerprint FROM visit WHERE id = ?", visitId);
        return value == null ? null : value.toString();
    }

    private int partRows() {
        return ((Number) services.database().dsl()
                .fetchValue("SELECT COUNT(*) FROM visit_fingerprint_part WHERE visit_id = ?", visitId)).intValue();
    }

    @OnBothEngines
    void finaliseStoresTheFingerprintInTheSameStepAndVerifySaysIntact() {
        assertTrue(answering.fingerprint(visitId).isEmpty());
        assertEquals(Verification.Result.NOT_FINALISED, answering.verify(visitId).result());
        finalise();

        StoredFingerprint stored = answering.fingerprint(visitId).orElseThrow();
        assertThat(stored.sha256()).matches("[0-9a-f]{64}");
        assertEquals(stored.sha256(), storedColumn());
        assertEquals(CanonicalForm.fingerprint(contentNow()), stored.sha256());
        assertNotNull(stored.finalisedAt());
        assertThat(partRows()).isGreaterThan(50);
        Verification check = answering.verify(visitId);
        assertEquals(Verification.Result.INTACT, check.result());
        assertEquals(stored.sha256(), check.current());
        assertThat(answering.changeLog(visitId)).anySatisfy(e -> {
            assertEquals("fingerprint", e.field());
            assertNull(e.oldValue());
            assertEquals(stored.sha256(), e.newValue());
        });
    }

    private VisitContent contentNow() {
        return new JooqAnswerRepository(services.database()).content(visitId);
    }

    @OnBothEngines
    void anAnswerChangedBehindTheAppsBackIsCaughtAndNamed() {
        finalise();
        String code = services.database().dsl().fetchValue(
                "SELECT n.code FROM answer a JOIN criterion_node n ON n.id = a.node_id "
                        + "WHERE a.visit_id = ? AND a.value_text = 'YES' ORDER BY n.code LIMIT 1", visitId).toString();
        int changed = services.database().dsl().execute(
                "UPDATE answer SET value_text = 'NO' WHERE visit_id = ? AND node_id = "
                        + "(SELECT n.id FROM criterion_node n JOIN visit v ON v.framework_version_id = "
                        + "n.framework_version_id WHERE v.id = ? AND n.code = ?)", visitId, visitId, code);
        assertEquals(1, changed);

        Verification check = answering.verify(visitId);
        assertEquals(Verification.Result.ALTERED, check.result());
        assertNotEquals(check.stored(), check.current());
        assertNotNull(check.finalisedAt());
        assertEquals(List.of("answer " + code), check.changedParts());
    }

    @OnBothEngines
    void anAttendeeRenamedAndAFigureDeletedBehindTheAppsBackAreBothNamed() {
        Attendee added = answering.addAttendee(visitId, Attendee.of("Nông Văn Hùng", "Chủ tịch UBND huyện", true));
        finalise();
        services.database().dsl().execute("UPDATE visit_attendee SET full_name = full_name || ' ' WHERE visit_id = ?"
                + " AND uuid = ?", visitId, added.uuid());
        services.database().dsl().execute("DELETE FROM figure_value WHERE visit_id = ? AND figure_code = 'postal'",
                visitId);
        Verification check = answering.verify(visitId);
        assertEquals(Verification.Result.ALTERED, check.result());
        assertThat(check.changedParts()).containsExactlyInAnyOrder("figure postal", "attendee " + added.uuid());
    }

    @OnBothEngines
    void reopenClearsAndLogsItAndTheNextFinaliseStoresANewOne() {
        finalise();
        String first = answering.fingerprint(visitId).orElseThrow().sha256();
        answering.reopen(visitId, "Bổ sung tài liệu kiểm chứng");

        assertTrue(answering.fingerprint(visitId).isEmpty());
        assertNull(storedColumn());
        assertEquals(0, partRows());
        assertEquals(Verification.Result.NOT_FINALISED, answering.verify(visitId).result());
        List<ChangeEntry> log = answering.changeLog(visitId);
        ChangeEntry cleared = log.get(log.size() - 1);
        assertEquals("fingerprint", cleared.field());
        assertEquals(first, cleared.oldValue());
        assertNull(cleared.newValue());
        assertEquals("Bổ sung tài liệu kiểm chứng", cleared.reason());

        answering.saveFigure(visitId, "postal", new BigDecimal("95"));
        finalise();
        String second = answering.fingerprint(visitId).orElseThrow().sha256();
        assertNotEquals(first, second);
        assertEquals(Verification.Result.INTACT, answering.verify(visitId).result());
    }

    @OnBothEngines
    void theSameContentFinalisedAgainGivesTheSameFingerprint() {
        finalise();
        String first = answering.fingerprint(visitId).orElseThrow().sha256();
        answering.reopen(visitId, "Xem lại");
        finalise();
        assertEquals(first, answering.fingerprint(visitId).orElseThrow().sha256(),
                "timestamps of saving and finalising are not part of the content");
    }

    private void finalise() {
        FinalisedVisits.completeAndFinalise(answering, visitId);
    }
}
