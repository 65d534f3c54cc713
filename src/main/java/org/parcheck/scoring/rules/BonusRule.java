package org.parcheck.scoring.rules;

import static org.parcheck.scoring.explain.ExplanationCode.DEF_PER_OCCURRENCE;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * Bonus points per occurrence (a recognised initiative), capped at the node's maximum; the framework's bonus cap
 * limits the sum of all bonus items. Bonus items add to the total and are not part of the maximum.
 *
 * @param pointsPerOccurrence points per occurrence, positive
 */
public record BonusRule(BigDecimal pointsPerOccurrence) implements ScoringRule {

    @Override
    public RuleType type() {
        return RuleType.BONUS;
    }

    @Override
    public List<DefinitionIssue> validate(String nodeCode, BigDecimal maxPoints, Set<String> figureCodes) {
        if (pointsPerOccurrence == null || pointsPerOccurrence.signum() <= 0) {
            return List.of(DefinitionIssue.error(nodeCode, DEF_PER_OCCURRENCE, String.valueOf(pointsPerOccurrence)));
        }
        return List.of();
    }
}
