package org.parcheck.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.app.AppServices;
import org.parcheck.common.domain.UnitType;
import org.parcheck.criteria.FrameworkSummary;
import org.parcheck.criteria.demo.DemoFrameworks;
import org.parcheck.plan.AdminUnit;
import org.parcheck.plan.PlanOverview;
import org.parcheck.plan.TeamRole;
import org.parcheck.plan.VisitOverview;

class DemoDataSeederTest {

    @TempDir
    Path dataDir;

    @Test
    void firstRunSeedsTheHaLangCaseOnce() {
        try (AppServices services = AppServices.open(dataDir)) {
            List<PlanOverview> plans = services.planService().overviews();
            assertEquals(1, plans.size());
            PlanOverview plan = plans.get(0);
            assertEquals("3199/KH-UBND", plan.plan().numberSymbol());
            assertEquals(LocalDate.of(2020, 12, 22), plan.plan().issuedDate());
            assertEquals(2021, plan.plan().year());
            assertTrue(plan.plan().demo());
            assertEquals(3, plan.visits());
            assertThat(services.plans().team(plan.plan().id()))
                    .anySatisfy(m -> {
                        assertEquals("Lê Văn Miều", m.fullName());
                        assertEquals(TeamRole.LEAD, m.role());
                    });
            List<String> visited = services.planService().visits(plan.plan().id()).stream()
                    .map(VisitOverview::unitDisplayName).toList();
            assertThat(visited).containsExactlyInAnyOrder("huyện Hạ Lang", "xã Cô Ngân, huyện Hạ Lang",
                    "xã Vinh Quý, huyện Hạ Lang");
            assertFalse(services.demoSeeder().seedIfFirstRun(), "a second seeding must do nothing");
        }
        try (AppServices reopened = AppServices.open(dataDir)) {
            assertEquals(1, reopened.planService().overviews().size());
        }
    }

    @Test
    void unitsCarryNationalCodesAndThe2025Successors() {
        try (AppServices services = AppServices.open(dataDir)) {
            List<AdminUnit> units = services.planService().units();
            Map<Long, AdminUnit> byId = units.stream().collect(Collectors.toMap(AdminUnit::id, Function.identity()));
            AdminUnit coNgan = units.stream().filter(u -> u.name().equals("Cô Ngân")).findFirst().orElseThrow();
            assertEquals("01567", coNgan.code());
            assertEquals("048", byId.get(coNgan.parentId()).code());
            AdminUnit successor = byId.get(coNgan.successorId());
            assertEquals("Vinh Quý", successor.name());
            assertEquals(LocalDate.of(2025, 7, 1), successor.validFrom());
            assertEquals(LocalDate.of(2025, 6, 30), coNgan.validTo());
            // 1 province + 1 district + 13 communes before 2025 + 4 communes after
            assertEquals(19, units.size());
        }
    }

    @Test
    void theTwoDemoFrameworksArePublishedAndAttachedToThePlanAndItsVisits() {
        try (AppServices services = AppServices.open(dataDir)) {
            List<FrameworkSummary> frameworks = services.frameworkService().summaries();
            assertEquals(2, frameworks.size());
            assertThat(frameworks).allMatch(FrameworkSummary::demo).allMatch(f -> f.status().equals("PUBLISHED"));
            long planId = services.planService().overviews().get(0).plan().id();
            Map<UnitType, Long> byType = services.plans().frameworks(planId);
            long districtVersion = byType.get(UnitType.DISTRICT);
            assertEquals(DemoFrameworks.district().content(),
                    services.frameworkService().load(districtVersion).content());
            for (VisitOverview visit : services.planService().visits(planId)) {
                Long expected = byType.get(visit.unit().type());
                assertEquals(expected, visit.visit().frameworkVersionId(), visit.unitDisplayName());
            }
            assertThat(frameworks).filteredOn(f -> f.versionId() == districtVersion).singleElement()
                    .matches(f -> f.visitsUsing() == 1);
        }
    }
}
