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
import org.parcheck.testing.OnBothEngines;

/**
 * #15 §1 on two laptops (two real H2 files): the report part's choices (team members present, the unit's explicit
 * "no opinion", parts left to write by hand with their reason) travel in packages, changes to them merge (also
 * taking one back), and a visit finalised with them verifies intact on the other laptop.
 */
class ReportPartExchangeTest {

    @RegisterExtension
    final TwoLaptops laptops = new TwoLaptops();
    private Laptop a;
    private Laptop b;

    @BeforeEach
    void open() throws Exception {
        a = laptops.a();
        b = laptops.b();
    }

    @OnBothEngines
    void theReportPartTravelsMergesAndAFinalisedVisitVerifiesOnTheOtherLaptop() throws Exception {
        UUID planUuid = laptops.planUuid();
        long visitA = a.haLang(planUuid);
        AnswerService onA = a.services.answerService();
        onA.setNoUnitOpinion(visitA, true);
        onA.setHandwritten(visitA, HandwrittenPart.TIMES, "Đơn vị đề nghị ghi tay khi ký");
        ReportChoices sent = onA.reportChoices(visitA);
        assertThat(sent.teamPresent()).as("the demo's team member present").hasSize(1);

        assertTrue(laptops.sendDemoPlanToB("a.parcheck"));
        long visitB = b.haLang(planUuid);
        assertEquals(sent, b.services.answerService().reportChoices(visitB));

        // A takes back the choices and ticks nobody: the merge on B follows, deletions included
        onA.setNoUnitOpinion(visitA, false);
        onA.setHandwritten(visitA, HandwrittenPart.TIMES, null);
        onA.setHandwritten(visitA, HandwrittenPart.OPINION, "Đơn vị tự ghi ý kiến");
        onA.setTeamPresent(visitA, Set.of());
        Path second = laptops.exportVisits(a, "a2.parcheck", visitA);
        ImportPlan merge = b.exchange().analyse(second);
        assertTrue(merge.conflicts().isEmpty(), () -> "conflicts: " + merge.conflicts());
        assertTrue(b.exchange().apply(merge, Map.of()));
        assertEquals(onA.reportChoices(visitA), b.services.answerService().reportChoices(visitB));

        // finalised on A with its choices: the fingerprint verifies on B (re-ticking the member that B saw ticked and
        // then unticked would be asked as a conflict, like any item set back to an earlier value: D15)
        onA.setHandwritten(visitA, HandwrittenPart.TEAM, "Đoàn ký trên bản giấy");
        a.finalise(visitA);
        String fingerprint = onA.fingerprint(visitA).orElseThrow().sha256();
        Path third = laptops.exportVisits(a, "a3.parcheck", visitA);
        assertTrue(TwoLaptops.send(third, b));
        assertEquals(fingerprint, b.fingerprint(visitB));
        assertEquals(Verification.Result.INTACT, b.verify(visitB));
        assertEquals(onA.reportChoices(visitA), b.services.answerService().reportChoices(visitB));
    }

    @OnBothEngines
    void aVisitWithoutChoicesTravelsWithoutTheNewItems() throws Exception {
        UUID planUuid = laptops.planUuid();
        long visitA = a.haLang(planUuid);
        a.services.answerService().setTeamPresent(visitA, Set.of());
        PackageData.VisitData visit = new JooqExchangeRepository(a.services.database())
                .read(a.demoPlan().plan().id(), List.of(visitA)).visits().get(0);
        assertThat(visit.items().keySet())
                .noneMatch(k -> k.startsWith("team_present:") || k.startsWith("handwritten:"));
        assertThat(visit.items().get("visit").fields()).doesNotContainKey("no_unit_opinion");
    }
}
