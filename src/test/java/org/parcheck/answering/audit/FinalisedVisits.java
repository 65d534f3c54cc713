package org.parcheck.answering.audit;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.stream.Collectors;
import org.parcheck.answering.Answer;
import org.parcheck.answering.AnswerService;
import org.parcheck.answering.Attendee;
import org.parcheck.answering.EvidenceCitation;
import org.parcheck.answering.HandwrittenPart;
import org.parcheck.answering.ReportGap;
import org.parcheck.answering.VisitDetails;
import org.parcheck.answering.VisitSession;
import org.parcheck.common.util.Text;
import org.parcheck.criteria.CriteriaItem;
import org.parcheck.plan.TeamMember;
import org.parcheck.scoring.ScoreCard;
import org.parcheck.scoring.rules.ChoiceRule;

/**
 * Test helper: completes a demo visit (missing items answered, the unknown denominator given, the report part
 * filled in) and finalises it.
 */
public final class FinalisedVisits {

    private FinalisedVisits() {
    }

    public static void completeAndFinalise(AnswerService answering, long visitId) {
        completeChecklist(answering, visitId);
        completeReportPart(answering, visitId);
        answering.finalise(answering.open(visitId));
    }

    /** Answers every missing item and gives the unknown denominator (the checklist's part of finalising). */
    public static void completeChecklist(AnswerService answering, long visitId) {
        VisitSession session = answering.open(visitId);
        if (!answering.sheet(visitId).figures().containsKey("proceduresInScope")) {
            answering.saveFigure(visitId, "proceduresInScope", new BigDecimal("221"));
        }
        ScoreCard card = answering.score(session, answering.sheet(visitId));
        for (String code : card.missing()) {
            CriteriaItem item = session.framework().content().leaves().stream()
                    .filter(l -> l.code().equals(code)).findFirst().orElseThrow();
            Answer answer = Answer.empty(code);
            switch (item.rule().type()) {
                case YES_NO -> answer = answer.withValue(Answer.YES);
                case CHOICE -> answer = answer.withValue(((ChoiceRule) item.rule()).options().get(0).code());
                case MANUAL -> answer = answer.withManual(BigDecimal.ZERO, "Chưa có số liệu khảo sát");
                case NUMBER_BANDS, BONUS, DEDUCTION -> answer = answer.withValue("0");
                default -> answer = answer.withNotApplicable(true);
            }
            answering.saveAnswer(visitId, answer);
        }
    }

    /**
     * For a visit about to be answered in a test: the report part filled in and evidence cited for every item that
     * requires it, so that finalising waits only for the checklist.
     */
    public static void fillReportPartAhead(AnswerService answering, long visitId) {
        completeReportPart(answering, visitId);
        VisitSession session = answering.open(visitId);
        for (CriteriaItem leaf : session.framework().content().leaves()) {
            if (leaf.evidenceRequired() && answering.sheet(visitId).evidenceCount(leaf.code()) == 0) {
                answering.addEvidence(visitId, EvidenceCitation.of(leaf.code(), "01/BC-UBND", null, null,
                        "Báo cáo (dữ liệu thử)"));
            }
        }
    }

    /**
     * Fills in whatever the report part still lacks (#15 §1): times, the team present (or, for a plan without a
     * team, that part left to write by hand), an attendee who signs, the unit's opinion, evidence for each item
     * that needs it, and clears ⚑ flags. What is already recorded is kept.
     */
    public static void completeReportPart(AnswerService answering, long visitId) {
        VisitSession session = answering.open(visitId);
        VisitDetails d = answering.details(visitId);
        answering.saveDetails(visitId, new VisitDetails(d.date(),
                d.startTime() == null ? LocalTime.of(8, 0) : d.startTime(),
                d.endTime() == null ? LocalTime.of(11, 30) : d.endTime(), d.place(),
                Text.isBlank(d.unitOpinion()) ? "Đơn vị nhất trí với kết quả kiểm tra." : d.unitOpinion()));
        if (answering.reportChoices(visitId).teamPresent().isEmpty()) {
            if (answering.team(visitId).isEmpty()) {
                answering.setHandwritten(visitId, HandwrittenPart.TEAM, "Kế hoạch thử chưa có thành viên Đoàn");
            } else {
                answering.setTeamPresent(visitId, answering.team(visitId).stream().map(TeamMember::uuid)
                        .collect(Collectors.toSet()));
            }
        }
        if (answering.attendees(visitId).stream().noneMatch(Attendee::representative)) {
            answering.addAttendee(visitId, Attendee.of("Nguyễn Văn Thử", "Chủ tịch UBND", true));
        }
        for (ReportGap gap : answering.reportGaps(session, answering.sheet(visitId), answering.reportPart(visitId))) {
            if (gap.kind() == ReportGap.Kind.EVIDENCE) {
                answering.addEvidence(visitId, EvidenceCitation.of(gap.itemCode(), "01/BC-UBND", null, null,
                        "Báo cáo (dữ liệu thử)"));
            } else if (gap.kind() == ReportGap.Kind.FLAGGED) {
                answering.saveAnswer(visitId, answering.sheet(visitId).answer(gap.itemCode()).withFlagged(false));
            }
        }
    }
}
