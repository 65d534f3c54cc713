package org.parcheck.scoring.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * All-or-nothing: "yes" earns the maximum, "no" earns 0; {@code inverted} swaps them (for "any late report?").
 *
 * @param inverted whether "no" is the answer that earns the points
 */
public record YesNoRule(boolean inverted) implements ScoringRule {

    @Override
    public RuleType type() {
        return RuleType.YES_NO;
    }

    @Override
    public List<DefinitionIssue> validate(String nodeCode, BigDecimal maxPoints, Set<String> figureCodes) {
        return List.of();
    }
}
