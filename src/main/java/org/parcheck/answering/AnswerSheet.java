package org.parcheck.answering;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Everything recorded at a visit: item answers by code, raw figures by code, evidence, findings, recommendations. */
public record AnswerSheet(long visitId, Map<String, Answer> answers, Map<String, BigDecimal> figures,
                          List<EvidenceCitation> evidence, List<Finding> findings,
                          List<Recommendation> recommendations) {

    public AnswerSheet {
        answers = Map.copyOf(answers);
        figures = Map.copyOf(figures);
        evidence = List.copyOf(evidence);
        findings = List.copyOf(findings);
        recommendations = List.copyOf(recommendations);
    }

    public Answer answer(String itemCode) {
        return answers.getOrDefault(itemCode, Answer.empty(itemCode));
    }

    public long evidenceCount(String itemCode) {
        return evidence.stream().filter(e -> itemCode.equals(e.itemCode())).count();
    }
}
