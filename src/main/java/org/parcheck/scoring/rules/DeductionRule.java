package org.parcheck.scoring.rules;

import static org.parcheck.scoring.explain.ExplanationCode.DEF_PER_OCCURRENCE;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * Points deducted per occurrence (a late report, a violation), capped at the node's maximum; the framework's
 * deduction cap limits the sum of all deduction items. The item's score is the (positive) amount deducted.
 *
 * @param pointsPerOccurrence points per occurrence, positive
 */
public record DeductionRule(BigDecimal pointsPerOccurrence) implements ScoringRule {

    @Override
    public RuleType type() {
        return RuleType.DEDUCTION;
    }

    @Override
    public List<DefinitionIssue> validate(String nodeCode, BigDecimal maxPoints, Set<String> figureCodes) {
        if (pointsPerOccurrence == null || pointsPerOccurrence.signum() <= 0) {
            return List.of(DefinitionIssue.error(nodeCode, DEF_PER_OCCURRENCE, String.valueOf(pointsPerOccurrence)));
        }
        return List.of();
    }
}
