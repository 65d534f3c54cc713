package org.parcheck.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.answering.Answer;
import org.parcheck.app.AppServices;
import org.parcheck.common.domain.UnitType;
import org.parcheck.criteria.CriteriaItem;
import org.parcheck.criteria.FrameworkSummary;
import org.parcheck.plan.Plan;
import org.parcheck.plan.PlanOverview;
import org.parcheck.plan.TeamMember;
import org.parcheck.plan.TeamRole;
import org.parcheck.plan.Visit;
import org.parcheck.testing.Engine;
import org.parcheck.testing.OnBothEngines;

/** The repository methods the plan screen needs, on a fresh database with the demo plan, on H2 and PostgreSQL. */
class JooqPlanEditingTest {

    @TempDir
    Path dataDir;
    private AppServices services;
    private JooqPlanRepository plans;
    private Plan demo;

    @BeforeEach
    void open(Engine engine) {
        services = engine.services(dataDir, true);
        plans = new JooqPlanRepository(services.database());
        demo = plans.overviews().stream().map(PlanOverview::plan).findFirst().orElseThrow();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @OnBothEngines
    void updateChangesTheHeaderAndKeepsTheIdentity() {
        plans.update(new Plan(demo.id(), demo.uuid(), "12/KH-SNV", LocalDate.of(2021, 1, 5), "Sở Nội vụ", null,
                "Kế hoạch kiểm tra", null, 2022, "Cao Bằng", false));
        Plan read = plans.find(demo.id()).orElseThrow();
        assertEquals("12/KH-SNV", read.numberSymbol());
        assertEquals(2022, read.year());
        assertEquals(demo.uuid(), read.uuid());
        assertThat(read.legalBasis()).isNull();
        assertEquals(1, plans.count());
    }

    @OnBothEngines
    void replaceTeamKeepsMembersUuidsInTheGivenOrder() {
        TeamMember lead = plans.team(demo.id()).get(0);
        TeamMember secretary = TeamMember.create(9, "Nông Thị Hoa", "Chuyên viên", "Sở Nội vụ", TeamRole.SECRETARY);
        plans.replaceTeam(demo.id(), List.of(secretary, lead));
        List<TeamMember> team = plans.team(demo.id());
        assertThat(team).extracting(TeamMember::fullName).containsExactly("Nông Thị Hoa", "Lê Văn Miều");
        assertThat(team).extracting(TeamMember::position).containsExactly(1, 2);
        assertEquals(lead.uuid(), team.get(1).uuid());
        plans.replaceTeam(demo.id(), List.of());
        assertThat(plans.team(demo.id())).isEmpty();
    }

    @OnBothEngines
    void replaceFrameworksDropsTypesNoLongerChosen() {
        Map<UnitType, Long> before = plans.frameworks(demo.id());
        long commune = before.get(UnitType.COMMUNE);
        plans.replaceFrameworks(demo.id(), Map.of(UnitType.COMMUNE, commune, UnitType.WARD, commune));
        assertEquals(Map.of(UnitType.COMMUNE, commune, UnitType.WARD, commune), plans.frameworks(demo.id()));
    }

    @OnBothEngines
    void updateVisitChangesPlanFieldsOnlyAndDeleteRemovesIt() {
        Visit visit = plans.visits(demo.id()).get(0);
        plans.updateVisit(new Visit(visit.id(), visit.uuid(), visit.planId(), visit.unitId(), null,
                LocalDate.of(2021, 11, 2), null, null, "Hội trường UBND", null, visit.status()));
        Visit read = plans.visits(demo.id()).stream().filter(v -> v.id().equals(visit.id())).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2021, 11, 2), read.date());
        assertEquals("Hội trường UBND", read.place());
        assertThat(read.frameworkVersionId()).isNull();
        assertEquals(visit.uuid(), read.uuid());

        plans.deleteVisit(visit.id());
        assertThat(plans.visits(demo.id())).extracting(Visit::id).doesNotContain(visit.id()).hasSize(2);
    }

    @OnBothEngines
    void answerCountsCountAnswersAndFiguresPerVisit() {
        List<Visit> visits = plans.visits(demo.id());
        Visit commune = visits.stream().filter(v -> v.date() == null).findFirst().orElseThrow();
        JooqAnswerRepository answers = new JooqAnswerRepository(services.database());
        answers.saveFigure(commune.id(), "received", new BigDecimal("12"), "test");
        String leaf = firstLeaf(commune.frameworkVersionId());
        answers.saveAnswer(commune.id(), Answer.empty(leaf).withValue(Answer.YES), "test");

        Map<Long, Integer> counts = plans.answerCounts(demo.id());
        assertEquals(2, counts.get(commune.id()));
        // the demo Hạ Lang visit is recorded from the seed article; the other commune has nothing yet
        assertThat(visits).filteredOn(v -> v.date() == null && !v.id().equals(commune.id()))
                .allMatch(v -> !counts.containsKey(v.id()));
    }

    private String firstLeaf(long versionId) {
        FrameworkSummary summary = services.frameworkService().summaries().stream()
                .filter(s -> s.versionId() == versionId).findFirst().orElseThrow();
        return services.frameworkService().load(summary.versionId()).content().allItems().stream()
                .filter(CriteriaItem::isLeaf).map(CriteriaItem::code).findFirst().orElseThrow();
    }
}
