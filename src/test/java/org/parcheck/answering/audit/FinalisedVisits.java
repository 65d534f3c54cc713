package org.parcheck.answering.audit;

import java.math.BigDecimal;
import org.parcheck.answering.Answer;
import org.parcheck.answering.AnswerService;
import org.parcheck.answering.VisitSession;
import org.parcheck.criteria.CriteriaItem;
import org.parcheck.scoring.ScoreCard;
import org.parcheck.scoring.rules.ChoiceRule;

/** Test helper: completes a demo visit (missing items answered, the unknown denominator given) and finalises it. */
public final class FinalisedVisits {

    private FinalisedVisits() {
    }

    public static void completeAndFinalise(AnswerService answering, long visitId) {
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
        answering.finalise(session);
    }
}
