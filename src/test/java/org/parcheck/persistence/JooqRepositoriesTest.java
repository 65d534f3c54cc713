package org.parcheck.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.plan.AdminUnit;
import org.parcheck.plan.Plan;
import org.parcheck.plan.PlanOverview;
import org.parcheck.plan.TeamMember;
import org.parcheck.plan.TeamRole;
import org.parcheck.common.domain.UnitType;
import org.parcheck.plan.Visit;
import org.parcheck.plan.VisitStatus;
import org.parcheck.testing.Engine;
import org.parcheck.testing.OnBothEngines;

/** The unit and plan repositories, on H2 and on PostgreSQL ({@link OnBothEngines}). */
class JooqRepositoriesTest {

    @TempDir
    Path dataDir;
    private Database db;
    private JooqUnitRepository units;
    private JooqPlanRepository plans;

    @BeforeEach
    void open(Engine engine) {
        db = engine.open(dataDir);
        units = new JooqUnitRepository(db);
        plans = new JooqPlanRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @OnBothEngines
    void unitsRoundTripWithParentValidityAndSuccessor() {
        AdminUnit district = units.insert(AdminUnit.create(UnitType.DISTRICT, "048", "Hạ Lang", null)
                .withValidity(null, LocalDate.of(2025, 6, 30)));
        AdminUnit commune = units.insert(AdminUnit.create(UnitType.COMMUNE, "01567", "Cô Ngân", district.id()));
        AdminUnit successor = units.insert(AdminUnit.create(UnitType.COMMUNE, "01561", "Vinh Quý", null)
                .withValidity(LocalDate.of(2025, 7, 1), null));
        units.update(commune.withSuccessor(successor.id()).withValidity(null, LocalDate.of(2025, 6, 30)));

        AdminUnit read = units.find(commune.id()).orElseThrow();
        assertEquals("Cô Ngân", read.name());
        assertEquals(district.id(), read.parentId());
        assertEquals(successor.id(), read.successorId());
        assertEquals(LocalDate.of(2025, 6, 30), read.validTo());
        assertEquals(commune.uuid(), read.uuid());
        assertThat(read.isValidOn(LocalDate.of(2021, 10, 1))).isTrue();
        assertThat(read.isValidOn(LocalDate.of(2025, 7, 1))).isFalse();
    }

    @OnBothEngines
    void decomposedVietnameseIsStoredAsNfc() {
        String decomposed = Normalizer.normalize("Cô Ngân", Normalizer.Form.NFD);
        AdminUnit unit = units.insert(AdminUnit.create(UnitType.COMMUNE, null, decomposed, null));
        assertEquals("Cô Ngân", units.find(unit.id()).orElseThrow().name());
    }

    @OnBothEngines
    void findAllPutsParentsBeforeChildren() {
        AdminUnit province = units.insert(AdminUnit.create(UnitType.PROVINCE, "04", "Cao Bằng", null));
        // a child whose code sorts before its parent's
        AdminUnit district = units.insert(AdminUnit.create(UnitType.DISTRICT, "048", "Hạ Lang", province.id()));
        AdminUnit commune = units.insert(AdminUnit.create(UnitType.COMMUNE, "01567", "Cô Ngân", district.id()));
        List<Long> order = units.findAll().stream().map(AdminUnit::id).toList();
        assertThat(order).containsExactly(province.id(), district.id(), commune.id());
    }

    @OnBothEngines
    void planWithTeamAndVisitsRoundTripsWithProgress() {
        AdminUnit unit = units.insert(AdminUnit.create(UnitType.DISTRICT, "048", "Hạ Lang", null));
        Plan plan = plans.insert(new Plan(null, UUID.randomUUID(), "3199/KH-UBND", LocalDate.of(2020, 12, 22),
                "UBND tỉnh Cao Bằng", null, "Kế hoạch kiểm tra", "Căn cứ …", 2021, "Cao Bằng", false),
                List.of(TeamMember.create(1, "Lê Văn Miều", "Phó Giám đốc Sở Nội vụ", "Sở Nội vụ", TeamRole.LEAD),
                        TeamMember.create(2, "Nguyễn Thị A", "Chuyên viên", "Sở Nội vụ", TeamRole.SECRETARY)));
        Visit visit = plans.insertVisit(Visit.planned(plan.id(), unit.id(), LocalDate.of(2021, 10, 1), "UBND huyện"));
        plans.insertVisit(new Visit(null, UUID.randomUUID(), plan.id(), unit.id(), null, null, null, null, null,
                null, VisitStatus.FINALISED));

        assertEquals(plan, plans.find(plan.id()).orElseThrow());
        assertThat(plans.team(plan.id())).extracting(TeamMember::fullName, TeamMember::role)
                .containsExactly(tuple("Lê Văn Miều", TeamRole.LEAD),
                        tuple("Nguyễn Thị A", TeamRole.SECRETARY));
        assertThat(plans.visits(plan.id())).first().isEqualTo(visit);
        PlanOverview overview = plans.overviews().get(0);
        assertEquals(2, overview.visits());
        assertEquals(1, overview.notStarted());
        assertEquals(0, overview.inProgress());
        assertEquals(1, overview.finalised());
    }

    @OnBothEngines
    void aFailingTeamMemberLeavesNoHalfPlan() {
        TeamMember broken = new TeamMember(null, UUID.randomUUID(), 1, "x".repeat(500), null, null, TeamRole.LEAD);
        assertThrows(RuntimeException.class, () -> plans.insert(
                new Plan(null, UUID.randomUUID(), "1/KH", LocalDate.of(2024, 1, 2), "UBND", null, "t", null, 2024,
                        null, false), List.of(broken)));
        assertEquals(0, plans.count());
    }
}
