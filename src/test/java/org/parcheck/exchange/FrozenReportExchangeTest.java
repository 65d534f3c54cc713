package org.parcheck.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.parcheck.answering.ChangeEntry;
import org.parcheck.answering.audit.CanonicalForm;
import org.parcheck.answering.audit.FinalisedVisits;
import org.parcheck.answering.audit.Verification;
import org.parcheck.plan.FinalisedVisitLog;
import org.parcheck.plan.PlanDraft;
import org.parcheck.plan.TeamMember;
import org.parcheck.plan.TeamRole;
import org.parcheck.report.VisitReportOptions;
import org.parcheck.report.pdf.VisitReportPdf;
import org.parcheck.testing.OnBothEngines;

/**
 * Issue #15 §2 across laptops (two real H2 files): a finalised visit's frozen report travels in the package with
 * its fingerprint, so the other laptop prints the same biên bản and verifies it intact, even where the plan's team
 * has moved on; a visit finalised before ParCheck froze reports travels without one and still verifies there.
 */
class FrozenReportExchangeTest {

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
    void theFrozenReportTravelsAndPrintsAndVerifiesTheSameOnTheOtherLaptop() throws Exception {
        UUID planUuid = laptops.planUuid();
        long planA = a.demoPlan().plan().id();
        // B has the plan and the visit as a draft already: the finalised visit arrives as a merge
        assertTrue(laptops.sendDemoPlanToB("draft.parcheck"));

        long visitA = a.haLang(planUuid);
        FinalisedVisits.completeAndFinalise(a.services.answerService(), visitA);
        String printedOnA = pdf(a, visitA);
        addMember(a, planA, "Nguyễn Văn An");
        assertEquals(printedOnA, pdf(a, visitA), "A's own report is frozen");

        Path finalised = laptops.exportVisits(a, "finalised.parcheck", visitA);
        assertTrue(new String(Zips.entries(finalised).get(PackageManifest.DATA), StandardCharsets.UTF_8)
                .contains("frozen_report"), "the package carries the frozen report");

        // a laptop that never had the plan
        Laptop c = laptops.another("c");
        assertTrue(TwoLaptops.send(finalised, c));
        long visitC = c.haLang(planUuid);
        assertEquals(Verification.Result.INTACT, c.verify(visitC));
        assertEquals(a.services.answerService().frozenReport(visitA),
                c.services.answerService().frozenReport(visitC));
        assertEquals(printedOnA, pdf(c, visitC));
        assertThat(c.services.planService().visits(c.plan(planUuid).plan().id())).isNotEmpty();

        // the laptop that had it as a draft
        assertTrue(TwoLaptops.send(finalised, b));
        long visitB = b.haLang(planUuid);
        assertEquals(Verification.Result.INTACT, b.verify(visitB));
        assertEquals(printedOnA, pdf(b, visitB));
        assertThat(b.services.planEditService().load(b.plan(planUuid).plan().id()).team())
                .extracting(TeamMember::fullName).contains("Nguyễn Văn An");
        assertThat(pdf(b, visitB)).doesNotContain("Nguyễn Văn An");
    }

    @OnBothEngines
    void aVisitFinalisedBeforeReportsWereFrozenTravelsWithoutOneAndStillVerifies() throws Exception {
        UUID planUuid = laptops.planUuid();
        long visitA = a.haLang(planUuid);
        FinalisedVisits.completeAndFinalise(a.services.answerService(), visitA);
        // what a visit finalised by an earlier ParCheck looks like: no snapshot, a fingerprint without one
        a.services.database().dsl().execute("UPDATE visit SET frozen_report = NULL WHERE id = ?", visitA);
        String old = CanonicalForm.fingerprint(a.answers.content(visitA));
        a.services.database().dsl().execute("UPDATE visit SET fingerprint = ? WHERE id = ?", old, visitA);
        a.services.database().dsl().execute("DELETE FROM visit_fingerprint_part WHERE visit_id = ?", visitA);
        assertEquals(Verification.Result.INTACT, a.verify(visitA));

        Path file = laptops.exportVisits(a, "old.parcheck", visitA);
        assertThat(new String(Zips.entries(file).get(PackageManifest.DATA), StandardCharsets.UTF_8))
                .doesNotContain("frozen_report");
        Laptop c = laptops.another("c");
        assertTrue(TwoLaptops.send(file, c));
        long visitC = c.haLang(planUuid);
        assertEquals(old, c.fingerprint(visitC));
        assertEquals(Verification.Result.INTACT, c.verify(visitC));
        assertThat(c.services.answerService().frozenReport(visitC)).isEmpty();
        assertThat(pdf(c, visitC)).contains("Lê Văn Miều", "3199/KH-UBND");
    }

    @OnBothEngines
    void aTeamChangeArrivingByPackageIsLoggedInTheFinalisedVisitAndDoesNotReachItsReport() throws Exception {
        UUID planUuid = laptops.planUuid();
        long planA = a.demoPlan().plan().id();
        long visitA = a.haLang(planUuid);
        FinalisedVisits.completeAndFinalise(a.services.answerService(), visitA);
        Path finalised = laptops.exportVisits(a, "finalised.parcheck", visitA);
        assertTrue(TwoLaptops.send(finalised, b));
        long visitB = b.haLang(planUuid);
        String printedOnB = pdf(b, visitB);
        int linesBefore = b.services.answerService().changeLog(visitB).size();

        addMember(a, planA, "Nguyễn Văn An");
        Path team = laptops.exportDemoPlan(a, "team.parcheck");
        assertTrue(TwoLaptops.send(team, b));

        assertEquals(printedOnB, pdf(b, visitB));
        assertEquals(Verification.Result.INTACT, b.verify(visitB));
        List<ChangeEntry> log = b.services.answerService().changeLog(visitB);
        assertThat(log.subList(linesBefore, log.size())).singleElement().satisfies(e -> {
            assertEquals("plan", e.entity());
            assertThat(e.newValue()).contains("Nguyễn Văn An");
            assertEquals(FinalisedVisitLog.REPORT_KEPT, e.reason());
        });
    }

    private static void addMember(Laptop laptop, long planId, String name) {
        PlanDraft draft = laptop.services.planEditService().load(planId);
        List<TeamMember> team = new ArrayList<>(draft.team());
        team.add(TeamMember.create(team.size() + 1, name, "Chuyên viên", "Sở Nội vụ", TeamRole.MEMBER));
        laptop.services.planEditService().save(new PlanDraft(draft.plan(), team, draft.frameworks(),
                draft.visits()));
    }

    private static String pdf(Laptop laptop, long visitId) throws IOException {
        try (PDDocument document = Loader.loadPDF(VisitReportPdf.toBytes(laptop.services.visitReports()
                .model(visitId, VisitReportOptions.defaults())))) {
            return new PDFTextStripper().getText(document);
        }
    }
}
