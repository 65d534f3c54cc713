package org.parcheck.scoring.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Points = max × numerator / denominator (e.g. on-time ratio × max).
 *
 * @param numeratorFigure   code of the numerator figure
 * @param denominatorFigure code of the denominator figure
 */
public record ProportionalRule(String numeratorFigure, String denominatorFigure) implements ScoringRule {

    @Override
    public RuleType type() {
        return RuleType.PROPORTIONAL;
    }

    @Override
    public List<String> figureCodes() {
        return List.of(numeratorFigure, denominatorFigure);
    }

    @Override
    public List<DefinitionIssue> validate(String nodeCode, BigDecimal maxPoints, Set<String> figureCodes) {
        List<DefinitionIssue> out = new ArrayList<>();
        Checks.ratioFigures(out, nodeCode, numeratorFigure, denominatorFigure, figureCodes);
        return out;
    }
}
