package org.parcheck.answering.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.answering.EvidenceFiles;
import org.parcheck.answering.HandwrittenPart;
import org.parcheck.answering.ReportChoices;
import org.parcheck.app.AppServices;
import org.parcheck.common.fx.SameThreadExecutor;
import org.parcheck.common.i18n.Messages;
import org.parcheck.plan.PlanOverview;
import org.parcheck.plan.Visit;
import org.parcheck.plan.VisitOverview;

/** #15 §1: the report part on the second tab's view model, without the FX toolkit, on a real H2 file. */
class VisitReportPartViewModelTest {

    @TempDir
    Path dataDir;
    private AppServices services;
    private long visitId;
    private VisitFindingsViewModel vm;

    @BeforeEach
    void setUp() {
        services = AppServices.open(dataDir);
        PlanOverview plan = services.planService().overviews().get(0);
        VisitOverview haLang = services.planService().visits(plan.plan().id()).stream()
                .filter(v -> v.unitDisplayName().equals("huyện Hạ Lang")).findFirst().orElseThrow();
        visitId = services.plans().insertVisit(Visit.planned(plan.plan().id(), haLang.visit().unitId(),
                LocalDate.of(2022, 9, 30), "UBND huyện Hạ Lang")
                .withFrameworkVersion(haLang.visit().frameworkVersionId())).id();
        vm = new VisitFindingsViewModel(visitId, services.answerService(), new SameThreadExecutor(),
                new Messages(Messages.VIETNAMESE), new EvidenceFiles(dataDir));
        vm.load();
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    @Test
    void aNewVisitTicksNoTeamMemberAndOneClickTicksThemAll() {
        assertThat(vm.reportPartForm().team()).hasSize(1).noneMatch(t -> t.presentProperty().get());
        assertThat(vm.reportPartForm().teamMemberLabel(vm.reportPartForm().team().get(0).member())).isEqualTo(
                "Lê Văn Miều, Phó Giám đốc Sở Nội vụ · Trưởng đoàn");
        vm.reportPartForm().allTeamPresent();
        assertEquals(1, services.answerService().reportChoices(visitId).teamPresent().size());
        assertThat(vm.reportPartForm().reportPartProperty().get().choices().teamPresent()).hasSize(1);
        assertThat(services.answerService().changeLog(visitId)).anySatisfy(e -> {
            assertEquals("team:Lê Văn Miều", e.entity());
            assertEquals("present", e.field());
            assertEquals("true", e.newValue());
        });
        vm.reportPartForm().team().get(0).presentProperty().set(false);
        vm.reportPartForm().saveTeamPresent();
        assertThat(services.answerService().reportChoices(visitId).teamPresent()).isEmpty();
    }

    @Test
    void theExplicitNoOpinionAndAPartLeftByHandAreStoredOnlyWithAReason() {
        vm.reportPartForm().noUnitOpinionProperty().set(true);
        vm.reportPartForm().saveNoUnitOpinion();
        assertTrue(services.answerService().reportChoices(visitId).noUnitOpinion());

        vm.reportPartForm().handwrittenProperty(HandwrittenPart.ATTENDEES).set(true);
        vm.reportPartForm().saveHandwritten(HandwrittenPart.ATTENDEES);
        assertThat(vm.refusalProperty(FindingsForm.ATTENDEES).get()).startsWith("Ghi lý do");
        assertThat(services.answerService().reportChoices(visitId).handwritten()).isEmpty();

        vm.reportPartForm().handwrittenReasonProperty(HandwrittenPart.ATTENDEES).set("  Đơn vị sẽ ghi khi ký  ");
        vm.reportPartForm().saveHandwritten(HandwrittenPart.ATTENDEES);
        ReportChoices stored = services.answerService().reportChoices(visitId);
        assertEquals("Đơn vị sẽ ghi khi ký", stored.handwrittenReason(HandwrittenPart.ATTENDEES));

        vm.reportPartForm().handwrittenProperty(HandwrittenPart.ATTENDEES).set(false);
        vm.reportPartForm().saveHandwritten(HandwrittenPart.ATTENDEES);
        assertThat(services.answerService().reportChoices(visitId).handwritten()).isEmpty();
        assertThat(services.answerService().changeLog(visitId)).filteredOn(e -> "handwrittenAttendees"
                .equals(e.field())).hasSize(2);
    }
}
