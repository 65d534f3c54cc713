package org.parcheck.scoring.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * The inspector enters a score within [0, max] and must give a reason.
 *
 * @param guidance optional hint shown to the inspector (may be empty)
 */
public record ManualRule(String guidance) implements ScoringRule {

    @Override
    public RuleType type() {
        return RuleType.MANUAL;
    }

    @Override
    public List<DefinitionIssue> validate(String nodeCode, BigDecimal maxPoints, Set<String> figureCodes) {
        return List.of();
    }
}
