package org.parcheck.answering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import java.util.LinkedHashMap;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.answering.audit.CanonicalForm;
import org.parcheck.answering.audit.FinalisedVisits;
import org.parcheck.answering.audit.Verification;
import org.parcheck.app.AppServices;
import org.parcheck.persistence.JooqAnswerRepository;
import org.parcheck.report.VisitReportModel;
import org.parcheck.report.VisitReportOptions;
import org.parcheck.criteria.CriteriaItem;
import org.parcheck.plan.PlanOverview;
import org.parcheck.plan.Visit;
import org.parcheck.plan.VisitOverview;
import org.parcheck.plan.VisitStatus;
import org.parcheck.scoring.ItemStatus;
import org.parcheck.scoring.ScoreCard;
import org.parcheck.scoring.explain.ExplanationFormatter;
import org.parcheck.scoring.rules.ChoiceRule;
import org.parcheck.testing.Engine;
import org.parcheck.testing.OnBothEngines;

/**
 * Answering on the demo database (a real H2 file, and PostgreSQL): live scoring, saving, finalising, reopening,
 * carrying forward.
 */
class AnswerServiceTest {

    @TempDir
    Path dataDir;
    private AppServices services;
    private AnswerService answering;
    private VisitOverview haLang;

    @BeforeEach
    void open(Engine engine) {
        services = engine.services(dataDir, true);
        answering = services.answerService();
        PlanOverview plan = services.planService().overviews().get(0);
        haLang = services.planService().visits(plan.plan().id()).stream()
                .filter(v -> v.unitDisplayName().equals("huyện Hạ Lang")).findFirst().orElseThrow();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private ScoreCard card(VisitSession session) {
        return answering.score(session, answering.sheet(session.visitId()));
    }

    @OnBothEngines
    void theSeedVisitScoresTheArticlesFiguresWithExplanations() {
        VisitSession session = answering.open(haLang.visit().id());
        assertEquals("huyện Hạ Lang", session.unitName());
        ScoreCard card = card(session);
        ExplanationFormatter vi = new ExplanationFormatter(ExplanationFormatter.VIETNAMESE);
        String onTime = card.items().stream().map(i -> vi.format(i.explanation()))
                .filter(t -> t.contains("924")).findFirst().orElseThrow();
        assertThat(onTime).contains("924 / 1.068").contains("86,52");
        assertThat(card.percent()).isNotNull();
        assertThat(card.notAssessable()).isNotEmpty();
        assertEquals(VisitStatus.IN_PROGRESS, answering.status(session.visitId()));
    }

    @OnBothEngines
    void eachAnswerIsSavedAtOnceAndLogged() {
        VisitSession session = answering.open(haLang.visit().id());
        String code = firstYesNoItem(session);
        answering.saveAnswer(session.visitId(), answering.sheet(session.visitId()).answer(code).withValue(Answer.NO)
                .withNote("Chưa ban hành kịp thời"));
        AnswerSheet reloaded = answering.sheet(session.visitId());
        assertEquals(Answer.NO, reloaded.answer(code).value());
        assertEquals("Chưa ban hành kịp thời", reloaded.answer(code).note());
        List<ChangeEntry> log = answering.changeLog(session.visitId());
        assertThat(log).anySatisfy(e -> {
            assertEquals("answer:" + code, e.entity());
            assertEquals("value", e.field());
            assertEquals(Answer.NO, e.newValue());
        });
    }

    private static String firstYesNoItem(VisitSession session) {
        return session.framework().content().leaves().stream()
                .filter(l -> l.rule() != null && l.rule().type().name().equals("YES_NO"))
                .map(CriteriaItem::code).findFirst().orElseThrow();
    }

    @OnBothEngines
    void importedSelfScoresAreSavedTogetherOrNotAtAll() {
        VisitSession session = answering.open(haLang.visit().id());
        long visitId = session.visitId();
        List<CriteriaItem> leaves = session.framework().content().leaves();
        String first = leaves.get(0).code();
        String second = leaves.get(1).code();
        BigDecimal firstBefore = answering.sheet(visitId).answer(first).selfScore();
        // a score different from the recorded one, so that a save that was not rolled back would show
        BigDecimal firstNew = firstBefore != null && firstBefore.signum() == 0 ? leaves.get(0).maxPoints()
                : BigDecimal.ZERO;
        int logBefore = answering.changeLog(visitId).size();

        Map<String, BigDecimal> withUnknown = new LinkedHashMap<>();
        withUnknown.put(first, firstNew);
        withUnknown.put("9.9.9", BigDecimal.ONE);
        assertThrows(IllegalArgumentException.class, () -> answering.importSelfScores(visitId, withUnknown));
        Map<String, BigDecimal> overMax = new LinkedHashMap<>();
        overMax.put(first, firstNew);
        overMax.put(second, leaves.get(1).maxPoints().add(BigDecimal.ONE));
        assertThrows(IllegalArgumentException.class, () -> answering.importSelfScores(visitId, overMax));
        assertThat(answering.sheet(visitId).answer(first).selfScore()).as("rolled back").isEqualTo(firstBefore);
        assertThat(answering.changeLog(visitId)).hasSize(logBefore);

        List<Answer> saved = answering.importSelfScores(visitId, Map.of(first, BigDecimal.ZERO,
                second, leaves.get(1).maxPoints()));
        assertThat(answering.sheet(visitId).answer(first).selfScore()).isEqualByComparingTo("0");
        assertThat(answering.sheet(visitId).answer(second).selfScore())
                .isEqualByComparingTo(leaves.get(1).maxPoints());
        assertThat(answering.changeLog(visitId)).hasSize(logBefore + saved.size());
        assertThat(answering.importSelfScores(visitId, Map.of(first, new BigDecimal("0.00")))).as("unchanged")
                .isEmpty();
    }

    @OnBothEngines
    void aFigureBreakingAConstraintMakesItsItemsInvalidAndBlocksFinalising() {
        VisitSession session = answering.open(haLang.visit().id());
        answering.saveFigure(session.visitId(), "inProgress", new BigDecimal("20"));
        ScoreCard card = card(session);
        assertThat(card.invalidItems()).isNotEmpty();
        AnswerService.NotReadyException e = assertThrows(AnswerService.NotReadyException.class,
                () -> answering.finalise(session));
        assertThat(e.blockers().figureProblems()).contains("received");
        assertThat(e.blockers().missing()).isNotEmpty();
    }

    @OnBothEngines
    void aCompleteVisitFinalisesBecomesReadOnlyAndReopensOnlyWithAReason(Engine engine) {
        VisitSession session = answering.open(haLang.visit().id());
        completeEverything(session);
        FinalisedVisits.completeReportPart(answering, session.visitId());
        ScoreCard card = card(session);
        assertThat(AnswerService.blockers(card).none()).as(card.missing() + " " + card.invalidItems()).isTrue();

        int backupsBefore = services.backups().list().size();
        answering.finalise(session);
        assertEquals(VisitStatus.FINALISED, answering.status(session.visitId()));
        // a laptop backs its H2 file up on every finalise; the server's backups are its IT staff's (pg_dump)
        assertEquals(backupsBefore + (engine == Engine.H2 ? 1 : 0), services.backups().list().size(),
                "a backup is made on every finalise on a laptop");
        assertThrows(AnswerService.ReadOnlyException.class, () -> answering.saveAnswer(session.visitId(),
                Answer.empty(firstYesNoItem(session)).withValue(Answer.YES)));
        assertThrows(IllegalArgumentException.class, () -> answering.reopen(session.visitId(), "  "));

        answering.reopen(session.visitId(), "Bổ sung tài liệu kiểm chứng");
        assertEquals(VisitStatus.IN_PROGRESS, answering.status(session.visitId()));
        assertThat(answering.changeLog(session.visitId())).anySatisfy(e -> {
            assertEquals("status", e.field());
            assertEquals("Bổ sung tài liệu kiểm chứng", e.reason());
        });
    }

    /** Answers every missing item, gives the unknown denominator, and restores any broken figure. */
    private void completeEverything(VisitSession session) {
        answering.saveFigure(session.visitId(), "proceduresInScope", new BigDecimal("221"));
        ScoreCard card = card(session);
        for (String code : card.missing()) {
            CriteriaItem item = session.framework().content().leaves().stream()
                    .filter(l -> l.code().equals(code)).findFirst().orElseThrow();
            Answer answer = Answer.empty(code);
            switch (item.rule().type()) {
                case YES_NO -> answer = answer.withValue(Answer.YES);
                case CHOICE -> answer = answer.withValue(((ChoiceRule) item.rule())
                        .options().get(0).code());
                case MANUAL -> answer = answer.withManual(BigDecimal.ZERO, "Chưa có số liệu khảo sát");
                case NUMBER_BANDS, BONUS, DEDUCTION -> answer = answer.withValue("0");
                default -> answer = answer.withNotApplicable(true);
            }
            answering.saveAnswer(session.visitId(), answer);
        }
    }

    @OnBothEngines
    void theNextVisitToTheSameUnitCarriesForwardOpenRecommendations() {
        Visit next = services.plans().insertVisit(Visit.planned(haLang.visit().planId(), haLang.visit().unitId(),
                LocalDate.of(2022, 10, 3), "UBND huyện Hạ Lang").withFrameworkVersion(
                haLang.visit().frameworkVersionId()));
        List<Recommendation> open = answering.openRecommendationsOfPreviousVisit(next.id());
        assertEquals(3, open.size());
        List<Recommendation> carried = answering.carryForward(next.id());
        assertEquals(3, carried.size());
        assertThat(carried).allMatch(r -> r.carriedFromId() != null);
        assertThat(answering.carryForward(next.id())).as("never carried twice").isEmpty();
        Recommendation done = answering.sheet(next.id()).recommendations().get(0)
                .withStatus(Recommendation.Status.DONE);
        answering.saveRecommendation(next.id(), done);
        assertEquals(Recommendation.Status.DONE, answering.sheet(next.id()).recommendations().get(0).status());
        assertThat(card(answering.open(next.id())).items()).allMatch(i -> i.status() == ItemStatus.MISSING
                || i.status() == ItemStatus.NOT_ASSESSABLE || i.status() == ItemStatus.SCORED);
    }

    // --- #15 §1: finalising means the report part is complete ---

    /** Empties the Hạ Lang visit's report part: no times, no opinion, no attendees, no team member ticked. */
    private void emptyReportPart(long visitId) {
        VisitDetails d = answering.details(visitId);
        answering.saveDetails(visitId, new VisitDetails(d.date(), null, null, d.place(), null));
        answering.attendees(visitId).forEach(a -> answering.removeAttendee(visitId, a.id()));
        answering.setTeamPresent(visitId, java.util.Set.of());
    }

    private static List<ReportGap.Kind> kinds(AnswerService.NotReadyException e) {
        return e.blockers().report().stream().map(ReportGap::kind).toList();
    }

    @OnBothEngines
    void anEmptyReportPartBlocksFinalisingPartByPart() {
        VisitSession session = answering.open(haLang.visit().id());
        long visitId = session.visitId();
        completeEverything(session);
        emptyReportPart(visitId);

        AnswerService.NotReadyException e = assertThrows(AnswerService.NotReadyException.class,
                () -> answering.finalise(session));
        assertThat(e.blockers().missing()).as("the checklist is complete").isEmpty();
        assertThat(kinds(e)).containsExactly(ReportGap.Kind.START_TIME, ReportGap.Kind.END_TIME,
                ReportGap.Kind.TEAM, ReportGap.Kind.ATTENDEES, ReportGap.Kind.OPINION);
        assertEquals(VisitStatus.IN_PROGRESS, answering.status(visitId));

        // an attendee who does not sign is not enough; the one who signs is
        Attendee clerk = answering.addAttendee(visitId, Attendee.of("Hoàng Thị Lý", "Chánh Văn phòng", false));
        answering.saveDetails(visitId, new VisitDetails(answering.details(visitId).date(), LocalTime.of(8, 0),
                LocalTime.of(11, 30), "UBND huyện Hạ Lang", null));
        assertThat(kinds(assertThrows(AnswerService.NotReadyException.class, () -> answering.finalise(session))))
                .containsExactly(ReportGap.Kind.TEAM, ReportGap.Kind.REPRESENTATIVE, ReportGap.Kind.OPINION);
        answering.removeAttendee(visitId, clerk.id());
        answering.addAttendee(visitId, Attendee.of("Nông Văn Hùng", "Chủ tịch UBND huyện", true));
        answering.setTeamPresent(visitId, answering.team(visitId).stream().map(m -> m.uuid())
                .collect(java.util.stream.Collectors.toSet()));
        answering.setNoUnitOpinion(visitId, true);

        // an item flagged for a second look, and an item that requires evidence answered "Có" without any
        String flagged = firstYesNoItem(session);
        answering.saveAnswer(visitId, answering.sheet(visitId).answer(flagged).withFlagged(true));
        EvidenceCitation cited = answering.sheet(visitId).evidence().stream()
                .filter(c -> "1.1.1".equals(c.itemCode())).findFirst().orElseThrow();
        answering.removeEvidence(visitId, cited.id());
        AnswerService.NotReadyException items = assertThrows(AnswerService.NotReadyException.class,
                () -> answering.finalise(session));
        assertThat(items.blockers().report()).containsExactly(new ReportGap(ReportGap.Kind.EVIDENCE, "1.1.1"),
                new ReportGap(ReportGap.Kind.FLAGGED, flagged));

        // "Không" earns nothing with or without a document: nothing to prove
        answering.saveAnswer(visitId, answering.sheet(visitId).answer("1.1.1").withValue(Answer.NO));
        answering.saveAnswer(visitId, answering.sheet(visitId).answer(flagged).withFlagged(false));
        answering.finalise(session);
        assertEquals(VisitStatus.FINALISED, answering.status(visitId));
        assertEquals(Verification.Result.INTACT, answering.verify(visitId).result());
    }

    @OnBothEngines
    void aPartLeftToWriteByHandNeedsAReasonIsLoggedAndCoveredByTheFingerprint() throws Exception {
        VisitSession session = answering.open(haLang.visit().id());
        long visitId = session.visitId();
        completeEverything(session);
        emptyReportPart(visitId);
        assertThrows(IllegalArgumentException.class, () -> answering.setHandwritten(visitId,
                HandwrittenPart.TIMES, "  "));
        assertThat(answering.reportChoices(visitId).handwritten()).as("nothing saved without a reason").isEmpty();

        for (HandwrittenPart part : HandwrittenPart.values()) {
            answering.setHandwritten(visitId, part, "Đơn vị đề nghị ghi tay khi ký");
        }
        assertThat(answering.changeLog(visitId)).anySatisfy(e -> {
            assertEquals("handwrittenTimes", e.field());
            assertEquals("Đơn vị đề nghị ghi tay khi ký", e.newValue());
        });
        answering.finalise(session);
        assertEquals(VisitStatus.FINALISED, answering.status(visitId));
        assertThat(CanonicalForm.text(new JooqAnswerRepository(services.database()).content(visitId)))
                .contains("\nhandwritten\tTIMES\treason=Đơn vị đề nghị ghi tay khi ký\n");

        // the biên bản prints the dotted blank for each part left by hand, and only for those
        VisitReportModel report = services.visitReports().model(visitId, VisitReportOptions.defaults());
        assertThat(report.team()).isEmpty();
        assertThat(report.unitAttendees()).isEmpty();
        assertThat(report.unitOpinion()).isNull();
        assertThat(report.opening()).contains("…… giờ …… phút");
        assertEquals("", report.signatures().get(0).name());
        java.io.ByteArrayOutputStream pdf = new java.io.ByteArrayOutputStream();
        services.visitReports().writePdf(visitId, VisitReportOptions.defaults(), pdf);
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toByteArray())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            String parties = text.substring(text.indexOf("1. Đoàn kiểm tra:"), text.indexOf("2. Đơn vị được kiểm tra"));
            assertThat(parties).contains("……").doesNotContain("Lê Văn Miều");
        }

        // the choice cannot be changed behind ParCheck's back without verification saying so
        services.database().dsl().execute("DELETE FROM visit_handwritten WHERE visit_id = ? AND part = 'OPINION'",
                visitId);
        Verification check = answering.verify(visitId);
        assertEquals(Verification.Result.ALTERED, check.result());
        assertThat(check.changedParts()).containsExactly("handwritten OPINION");
    }

    @OnBothEngines
    void aVisitFinalisedBeforeTheReportPartWasCheckedStaysFinalisedAndIntact() {
        long visitId = haLang.visit().id();
        emptyReportPart(visitId);
        // as a visit finalised before V005: its report part empty, finalised without the check
        new JooqAnswerRepository(services.database()).setStatus(visitId, VisitStatus.FINALISED, null, "An");
        String before = CanonicalForm.text(new JooqAnswerRepository(services.database()).content(visitId));
        assertThat(before).doesNotContain("teamPresent").doesNotContain("noUnitOpinion")
                .doesNotContain("handwritten");
        assertEquals(VisitStatus.FINALISED, answering.status(visitId));
        assertEquals(Verification.Result.INTACT, answering.verify(visitId).result());
    }
}
