package org.parcheck.answering;

import java.math.BigDecimal;
import java.util.HashMap;
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

    public AnswerSheet withAnswer(Answer answer) {
        Map<String, Answer> copy = new HashMap<>(answers);
        copy.put(answer.itemCode(), answer);
        return new AnswerSheet(visitId, copy, figures, evidence, findings, recommendations);
    }

    /** With the figure set, or removed when {@code value} is null (unknown). */
    public AnswerSheet withFigure(String code, BigDecimal value) {
        Map<String, BigDecimal> copy = new HashMap<>(figures);
        if (value == null) {
            copy.remove(code);
        } else {
            copy.put(code, value);
        }
        return new AnswerSheet(visitId, answers, copy, evidence, findings, recommendations);
    }

    /** With the visit's evidence citations replaced (as the findings tab holds them). */
    public AnswerSheet withEvidence(List<EvidenceCitation> newEvidence) {
        return new AnswerSheet(visitId, answers, figures, newEvidence, findings, recommendations);
    }

    public long evidenceCount(String itemCode) {
        return evidence.stream().filter(e -> itemCode.equals(e.itemCode())).count();
    }
}
