package org.parcheck.scoring.rules;

import static org.parcheck.scoring.explain.ExplanationCode.DEF_TARGET_RANGE;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Proportional up to a target (QĐ 766 style): ratio R ≥ T earns the maximum, else max × R / T.
 *
 * @param numeratorFigure   code of the numerator figure
 * @param denominatorFigure code of the denominator figure
 * @param targetPercent     the target T in percent, in (0, 100]
 */
public record ProportionalToTargetRule(String numeratorFigure, String denominatorFigure, BigDecimal targetPercent)
        implements ScoringRule {

    @Override
    public RuleType type() {
        return RuleType.PROPORTIONAL_TO_TARGET;
    }

    @Override
    public List<String> figureCodes() {
        return List.of(numeratorFigure, denominatorFigure);
    }

    @Override
    public List<DefinitionIssue> validate(String nodeCode, BigDecimal maxPoints, Set<String> figureCodes) {
        List<DefinitionIssue> out = new ArrayList<>();
        Checks.ratioFigures(out, nodeCode, numeratorFigure, denominatorFigure, figureCodes);
        if (targetPercent == null || targetPercent.signum() <= 0 || targetPercent.compareTo(Checks.HUNDRED) > 0) {
            out.add(DefinitionIssue.error(nodeCode, DEF_TARGET_RANGE, String.valueOf(targetPercent)));
        }
        return out;
    }
}
