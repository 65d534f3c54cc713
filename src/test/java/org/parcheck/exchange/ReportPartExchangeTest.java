package org.parcheck.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.parcheck.answering.AnswerService;
import org.parcheck.answering.HandwrittenPart;
import org.parcheck.answering.ReportChoices;
import org.parcheck.answering.audit.Verification;
import org.parcheck.persistence.JooqExchangeRepository;
import org.parcheck.plan.VisitStatus;
import org.parcheck.testing.OnBothEngines;

/**
 * #15 §1 on two laptops (two real H2 files): the report part's choices (team members present, the unit's explicit
 * "no opinion", parts left to write by hand with their reason) travel in packages, changes to them merge (also
 * taking one back), and a visit finalised with them verifies intact on the other laptop.
 */
class ReportPartExchangeTest {

    private static final String HA_LANG = "huyện Hạ Lang";

    @RegisterExtension
    final TwoLaptops laptops = new TwoLaptops();
    private Path dir;
    private Laptop a;
    private Laptop b;

    @BeforeEach
    void open() throws Exception {
        dir = laptops.dir();
        a = laptops.a();
        b = laptops.b();
    }

    @OnBothEngines
    void theReportPartTravelsMergesAndAFinalisedVisitVerifiesOnTheOtherLaptop() throws Exception {
        UUID planUuid = a.demoPlan().plan().uuid();
        long visitA = a.visit(planUuid, HA_LANG).visit().id();
        AnswerService onA = a.services.answerService();
        onA.setNoUnitOpinion(visitA, true);
        onA.setHandwritten(visitA, HandwrittenPart.TIMES, "Đơn vị đề nghị ghi tay khi ký");
        ReportChoices sent = onA.reportChoices(visitA);
        assertThat(sent.teamPresent()).as("the demo's team member present").hasSize(1);

        Path first = dir.resolve("a.parcheck");
        a.exchange().export(a.demoPlan().plan().id(), List.of(), first);
        assertTrue(TwoLaptops.send(first, b));
        long visitB = b.visit(planUuid, HA_LANG).visit().id();
        assertEquals(sent, b.services.answerService().reportChoices(visitB));

        // A takes back the choices and ticks nobody: the merge on B follows, deletions included
        onA.setNoUnitOpinion(visitA, false);
        onA.setHandwritten(visitA, HandwrittenPart.TIMES, null);
        onA.setHandwritten(visitA, HandwrittenPart.OPINION, "Đơn vị tự ghi ý kiến");
        onA.setTeamPresent(visitA, Set.of());
        Path second = dir.resolve("a2.parcheck");
        a.exchange().export(a.demoPlan().plan().id(), List.of(visitA), second);
        ImportPlan merge = b.exchange().analyse(second);
        assertTrue(merge.conflicts().isEmpty(), () -> "conflicts: " + merge.conflicts());
        assertTrue(b.exchange().apply(merge, Map.of()));
        assertEquals(onA.reportChoices(visitA), b.services.answerService().reportChoices(visitB));

        // finalised on A with its choices: the fingerprint verifies on B (re-ticking the member that B saw ticked and
        // then unticked would be asked as a conflict, like any item set back to an earlier value: D15)
        onA.setHandwritten(visitA, HandwrittenPart.TEAM, "Đoàn ký trên bản giấy");
        a.answers.setStatus(visitA, VisitStatus.FINALISED, null, "An");
        String fingerprint = onA.fingerprint(visitA).orElseThrow().sha256();
        Path third = dir.resolve("a3.parcheck");
        a.exchange().export(a.demoPlan().plan().id(), List.of(visitA), third);
        assertTrue(TwoLaptops.send(third, b));
        assertEquals(fingerprint, b.services.answerService().fingerprint(visitB).orElseThrow().sha256());
        assertEquals(Verification.Result.INTACT, b.services.answerService().verify(visitB).result());
        assertEquals(onA.reportChoices(visitA), b.services.answerService().reportChoices(visitB));
    }

    @OnBothEngines
    void aVisitWithoutChoicesTravelsWithoutTheNewItems() throws Exception {
        UUID planUuid = a.demoPlan().plan().uuid();
        long visitA = a.visit(planUuid, HA_LANG).visit().id();
        a.services.answerService().setTeamPresent(visitA, Set.of());
        PackageData.VisitData visit = new JooqExchangeRepository(a.services.database())
                .read(a.demoPlan().plan().id(), List.of(visitA)).visits().get(0);
        assertThat(visit.items().keySet())
                .noneMatch(k -> k.startsWith("team_present:") || k.startsWith("handwritten:"));
        assertThat(visit.items().get("visit").fields()).doesNotContainKey("no_unit_opinion");
    }
}
