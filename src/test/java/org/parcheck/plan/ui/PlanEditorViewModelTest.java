package org.parcheck.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.app.AppServices;
import org.parcheck.common.domain.UnitType;
import org.parcheck.common.fx.SameThreadExecutor;
import org.parcheck.common.i18n.Messages;
import org.parcheck.criteria.FrameworkContent;
import org.parcheck.criteria.FrameworkHeader;
import org.parcheck.criteria.FrameworkVersion;
import org.parcheck.persistence.JooqAnswerRepository;
import org.parcheck.plan.Plan;
import org.parcheck.plan.PlanOverview;
import org.parcheck.plan.PlanRules;
import org.parcheck.plan.TeamMember;
import org.parcheck.plan.TeamRole;
import org.parcheck.plan.Visit;
import org.parcheck.plan.ui.PlanEditorViewModel.FrameworkRow;

/** The plan screen's rules, without the FX toolkit, on a real database with the demo data. */
class PlanEditorViewModelTest {

    @TempDir
    Path dataDir;
    private AppServices services;
    private final Messages messages = new Messages(Messages.VIETNAMESE);
    private int backToList;
    private Plan demo;

    @BeforeEach
    void setUp() {
        services = AppServices.open(dataDir);
        demo = services.planService().overviews().get(0).plan();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private PlanEditorViewModel open(long planId) {
        PlanEditorViewModel vm = new PlanEditorViewModel(planId, services.planEditService(),
                services.frameworkService(), new SameThreadExecutor(), messages, new PlanNavigator() {
                    @Override
                    public void openEditor(long id) {
                    }

                    @Override
                    public void backToList() {
                        backToList++;
                    }

            @Override
            public void openVisit(long visitId) {
            }
                });
        vm.load();
        return vm;
    }

    private static void fillHeader(PlanEditorViewModel vm) {
        vm.numberSymbolProperty().set("15/KH-SNV");
        vm.issuedDateProperty().set("10/01/2021");
        vm.issuingBodyProperty().set("Sở Nội vụ tỉnh Cao Bằng");
        vm.titleProperty().set("Kế hoạch kiểm tra công tác CCHC năm 2021");
        vm.yearProperty().set("2021");
    }

    private static UnitChoice unit(PlanEditorViewModel vm, String labelStart) {
        return vm.visitRows().unitChoices().stream().filter(c -> c.label().startsWith(labelStart)).findFirst()
                .orElseThrow();
    }

    private String error(PlanEditorViewModel vm, String field) {
        return vm.errorProperty(field).get();
    }

    @Test
    void numberSymbolDateAndYearAreChecked() {
        PlanEditorViewModel vm = open(PlanNavigator.NEW_PLAN);
        fillHeader(vm);
        vm.numberSymbolProperty().set("");
        vm.issuedDateProperty().set("");
        vm.yearProperty().set("1999");
        vm.save();
        assertEquals(messages.get("plan.editor.error.required"), error(vm, PlanRules.NUMBER_SYMBOL));
        assertEquals(messages.get("plan.editor.error.required"), error(vm, PlanRules.ISSUED_DATE));
        assertEquals(messages.get("plan.editor.error.year", 2000, 2100), error(vm, PlanRules.YEAR));
        assertThat(error(vm, PlanRules.YEAR)).contains("2000").contains("2100");

        vm.numberSymbolProperty().set("3199/kh-ubnd");
        vm.issuedDateProperty().set("32/12/2020");
        vm.yearProperty().set("hai nghìn");
        vm.save();
        assertEquals(messages.get("plan.editor.error.numberSymbol"), error(vm, PlanRules.NUMBER_SYMBOL));
        assertEquals(messages.get("plan.editor.error.date"), error(vm, PlanRules.ISSUED_DATE));
        assertEquals(messages.get("plan.editor.error.year", 2000, 2100), error(vm, PlanRules.YEAR));
        assertEquals(0, backToList);
        assertEquals(1, services.plans().count());
    }

    @Test
    void leavingKnowsAboutRowsNotSavedAndRowsTypedButNotAdded() {
        PlanEditorViewModel vm = open(demo.id());
        assertThat(vm.hasUnsavedChanges()).as("just opened").isFalse();
        vm.teamRows().memberNameProperty().set("Nông Thị Hoa");
        assertThat(vm.hasUnsavedChanges()).as("a member typed, not added").isTrue();
        assertTrue(vm.teamRows().addMember());
        assertThat(vm.hasUnsavedChanges()).as("a member added, plan not saved").isTrue();
        vm.save();
        assertThat(vm.hasUnsavedChanges()).as("saved").isFalse();

        PlanEditorViewModel other = open(demo.id());
        other.visitRows().visitPlaceProperty().set("Hội trường UBND xã");
        assertThat(other.hasUnsavedChanges()).as("a visit typed, not added").isTrue();
    }

    @Test
    void numberSymbolsLikeOfficialDocumentsAreAccepted() {
        assertThat(List.of("3199/KH-UBND", "12/KH-SNV", "05/KH-UBND.VX", "1/KH-ĐKT"))
                .allMatch(PlanRules::isNumberSymbol);
        assertThat(List.of("KH-UBND", "3199", "3199/", "3199/KH UBND", "3199/kh-ubnd", "3199/KH--UBND"))
                .noneMatch(PlanRules::isNumberSymbol);
    }

    @Test
    void aTeamWithoutLeadIsWarnedButSaved() {
        PlanEditorViewModel vm = open(PlanNavigator.NEW_PLAN);
        fillHeader(vm);
        assertEquals(messages.get("plan.editor.warning.noLead"), error(vm, PlanRules.TEAM));
        vm.teamRows().memberNameProperty().set("Nông Thị Hoa");
        vm.teamRows().memberRoleProperty().set(TeamRole.SECRETARY);
        assertTrue(vm.teamRows().addMember());
        assertEquals(messages.get("plan.editor.warning.noLead"), error(vm, PlanRules.TEAM));
        vm.save();

        assertEquals(1, backToList);
        Plan saved = services.planService().overviews().stream().map(PlanOverview::plan)
                .filter(p -> p.numberSymbol().equals("15/KH-SNV")).findFirst().orElseThrow();
        assertThat(services.plans().team(saved.id())).extracting(TeamMember::role).containsExactly(TeamRole.SECRETARY);
    }

    @Test
    void aMemberNeedsAName() {
        PlanEditorViewModel vm = open(PlanNavigator.NEW_PLAN);
        vm.teamRows().memberNameProperty().set(" ");
        assertThat(vm.teamRows().addMember()).isFalse();
        assertEquals(messages.get("plan.editor.error.memberName"), error(vm, PlanEditorViewModel.MEMBER));
        assertThat(vm.teamRows().team()).isEmpty();
        vm.teamRows().memberNameProperty().set("Lê Văn Miều");
        vm.teamRows().memberRoleProperty().set(TeamRole.LEAD);
        assertTrue(vm.teamRows().addMember());
        assertEquals("", error(vm, PlanRules.TEAM));
    }

    @Test
    void unitsValidInThePlanYearAreOfferedFirstAndVisitDatesLieInTheYear() {
        PlanEditorViewModel vm = open(PlanNavigator.NEW_PLAN);
        fillHeader(vm);
        List<UnitChoice> choices = vm.visitRows().unitChoices();
        int lastValid = 0;
        int firstRetired = choices.size();
        for (int i = 0; i < choices.size(); i++) {
            if (choices.get(i).label().contains("không còn hiệu lực")) {
                firstRetired = Math.min(firstRetired, i);
            } else {
                lastValid = i;
            }
        }
        assertThat(lastValid).isLessThan(firstRetired);
        assertThat(unit(vm, "Xã Vinh Quý (01561) –").label()).contains("2021"); // the 2025 commune
        assertThat(unit(vm, "Xã Cô Ngân").label()).doesNotContain("không còn");

        vm.visitRows().visitUnitProperty().set(unit(vm, "Xã Cô Ngân"));
        vm.visitRows().visitDateProperty().set("05/03/2022");
        assertThat(vm.visitRows().addVisit()).isFalse();
        assertEquals(messages.get("plan.editor.error.visitDateYear", 2021), error(vm, PlanEditorViewModel.VISIT_DATE));
        vm.visitRows().visitDateProperty().set("05/03/2021");
        vm.visitRows().visitPlaceProperty().set("UBND xã Cô Ngân");
        assertTrue(vm.visitRows().addVisit());
        assertThat(vm.visitRows().visits()).hasSize(1);
    }

    @Test
    void aNewPlanIsSavedWithTeamFrameworksAndVisitsInOneGo() {
        PlanEditorViewModel vm = open(PlanNavigator.NEW_PLAN);
        fillHeader(vm);
        vm.teamRows().memberNameProperty().set("Lê Văn Miều");
        vm.teamRows().memberJobTitleProperty().set("Phó Giám đốc Sở Nội vụ");
        vm.teamRows().memberRoleProperty().set(TeamRole.LEAD);
        vm.teamRows().addMember();
        FrameworkRow communeRow = vm.frameworkRows().stream().filter(r -> r.type() == UnitType.COMMUNE).findFirst()
                .orElseThrow();
        communeRow.selected().set(communeRow.choices().get(1));
        vm.visitRows().visitUnitProperty().set(unit(vm, "Xã Cô Ngân"));
        vm.visitRows().visitDateProperty().set("05/03/2021");
        vm.visitRows().addVisit();
        vm.save();

        assertEquals(1, backToList);
        Plan saved = services.planService().overviews().stream().map(PlanOverview::plan)
                .filter(p -> p.numberSymbol().equals("15/KH-SNV")).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2021, 1, 10), saved.issuedDate());
        long communeVersion = communeRow.choices().get(1).versionId();
        assertEquals(communeVersion, services.plans().frameworks(saved.id()).get(UnitType.COMMUNE));
        List<Visit> visits = services.plans().visits(saved.id());
        assertThat(visits).hasSize(1);
        assertEquals(communeVersion, visits.get(0).frameworkVersionId());
        assertEquals(LocalDate.of(2021, 3, 5), visits.get(0).date());
    }

    @Test
    void aNewPlanStartsWithTheOnlyFrameworkPublishedForEachUnitType() {
        PlanEditorViewModel vm = open(PlanNavigator.NEW_PLAN);
        // the demo data publishes one framework for cities, districts and towns and one for communes, wards and
        // townships: a row for each of these six types, plus special zones and departments (#16 §5) with none
        assertThat(vm.frameworkRows()).hasSize(8);
        for (FrameworkRow row : vm.frameworkRows().stream().filter(r -> r.type() != UnitType.SPECIAL_ZONE
                && r.type() != UnitType.DEPARTMENT).toList()) {
            assertThat(row.choices()).as(row.label()).hasSize(2);
            assertEquals(row.choices().get(1), row.selected().get(), row.label());
        }
        assertThat(vm.frameworkRows().stream().filter(r -> r.type() == UnitType.DISTRICT).findFirst().orElseThrow()
                .selected().get().label()).contains("cấp huyện");
    }

    @Test
    void aNewPlanOffersCommuneWardAndDepartmentFrameworksAfterTheReform() {
        PlanEditorViewModel vm = open(PlanNavigator.NEW_PLAN);
        assertThat(vm.frameworkRows()).extracting(FrameworkRow::type).contains(UnitType.COMMUNE, UnitType.WARD,
                UnitType.SPECIAL_ZONE, UnitType.DEPARTMENT);
        FrameworkRow departments = vm.frameworkRows().stream().filter(r -> r.type() == UnitType.DEPARTMENT)
                .findFirst().orElseThrow();
        assertNull(departments.selected().get().versionId(), "no department framework published yet");
        assertThat(open(demo.id()).frameworkRows()).as("an existing plan keeps its rows")
                .extracting(FrameworkRow::type).doesNotContain(UnitType.DEPARTMENT);
    }

    @Test
    void withTwoFrameworksForAUnitTypeANewPlanLeavesTheChoiceToTheUser() {
        long communeVersion = services.frameworkService().summaries().stream()
                .filter(s -> s.targetUnitTypes().contains("COMMUNE")).findFirst().orElseThrow().versionId();
        FrameworkContent content = services.frameworkService().load(communeVersion).content();
        long pilot = services.frameworkService().create(
                FrameworkHeader.create("Bộ tiêu chí thí điểm cấp xã", null, Set.of(UnitType.COMMUNE), false),
                FrameworkVersion.draft(1, 2021, null), content).version().id();
        services.frameworkService().publish(pilot);
        PlanEditorViewModel vm = open(PlanNavigator.NEW_PLAN);
        FrameworkRow communes = vm.frameworkRows().stream().filter(r -> r.type() == UnitType.COMMUNE).findFirst()
                .orElseThrow();
        assertThat(communes.choices()).hasSize(3);
        assertNull(communes.selected().get().versionId());
        assertThat(open(demo.id()).frameworkRows().stream().filter(r -> r.type() == UnitType.COMMUNE).findFirst()
                .orElseThrow().selected().get().versionId()).as("an existing plan keeps its choice").isNotNull();
    }

    @Test
    void onlyPublishedVersionsAreOffered() {
        PlanEditorViewModel vm = open(PlanNavigator.NEW_PLAN);
        List<Long> published = services.frameworkService().summaries().stream()
                .filter(s -> "PUBLISHED".equals(s.status())).map(s -> s.versionId()).toList();
        assertThat(vm.frameworkRows()).isNotEmpty();
        vm.frameworkRows().forEach(row -> assertThat(row.choices()).allMatch(c -> c.versionId() == null
                || published.contains(c.versionId())));
    }

    @Test
    void aVisitWithAnswersCannotBeRemovedOrMovedButOthersCan() {
        // a commune visit (no date, nothing recorded by the demo seed) gets one figure
        Visit answered = services.plans().visits(demo.id()).stream().filter(v -> v.date() == null)
                .findFirst().orElseThrow();
        new JooqAnswerRepository(services.database()).saveFigure(answered.id(), "received", BigDecimal.TEN, "test");
        PlanEditorViewModel vm = open(demo.id());
        assertEquals("3199/KH-UBND", vm.numberSymbolProperty().get());
        int index = 0;
        while (vm.visitRows().visits().get(index).visit().id().longValue() != answered.id()) {
            index++;
        }
        vm.visitRows().removeVisit(index);
        assertThat(error(vm, PlanRules.VISITS)).isEqualTo(messages.get("plan.editor.error.visitHasAnswers", 1));
        assertThat(vm.visitRows().visits()).hasSize(3);

        vm.visitRows().selectVisit(index);
        vm.visitRows().visitUnitProperty().set(unit(vm, "Xã Minh Long"));
        vm.visitRows().updateVisit(index);
        assertThat(error(vm, PlanEditorViewModel.VISIT_UNIT)).isNotEmpty();
        assertEquals(answered.unitId(), vm.visitRows().visits().get(index).visit().unitId());

        int other = 0;
        while (vm.visitRows().visits().get(other).visit().date() != null
                || vm.visitRows().visits().get(other).visit().id().longValue() == answered.id()) {
            other++;
        }
        vm.visitRows().removeVisit(other);
        vm.titleProperty().set("Kế hoạch đã sửa");
        vm.save();
        assertEquals(1, backToList);
        assertThat(services.plans().visits(demo.id())).hasSize(2).extracting(Visit::id).contains(answered.id());
        assertEquals("Kế hoạch đã sửa", services.plans().find(demo.id()).orElseThrow().title());
    }
}
