package org.parcheck.answering;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parcheck.criteria.CriteriaItem;
import org.parcheck.criteria.FrameworkService;
import org.parcheck.plan.Visit;

/** The unit's self scores from its self-assessment form, each checked against the item's maximum. */
final class SelfScoreImport {

    private SelfScoreImport() {
    }

    /** Saves each self score that differs (in the caller's transaction); a bad code or score throws first. */
    static List<Answer> save(AnswerRepository answers, FrameworkService frameworks, long visitId,
                             Map<String, BigDecimal> scores, String actor) {
        Visit visit = answers.visit(visitId).orElseThrow();
        Map<String, BigDecimal> maxima = new HashMap<>();
        for (CriteriaItem leaf : frameworks.load(visit.frameworkVersionId()).content().leaves()) {
            maxima.put(leaf.code(), leaf.maxPoints());
        }
        AnswerSheet current = answers.load(visitId);
        List<Answer> saved = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> entry : scores.entrySet()) {
            BigDecimal max = maxima.get(entry.getKey());
            BigDecimal score = entry.getValue();
            if (max == null || score == null || score.signum() < 0 || score.compareTo(max) > 0) {
                throw new IllegalArgumentException("self score " + score + " for " + entry.getKey());
            }
            Answer before = current.answer(entry.getKey());
            if (before.selfScore() == null || before.selfScore().compareTo(score) != 0) {
                saved.add(answers.saveAnswer(visitId, before.withSelfScore(score), actor));
            }
        }
        return saved;
    }
}
