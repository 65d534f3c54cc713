package org.parcheck.scoring.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Thresholds on the ratio of two raw figures, in percent: e.g. on time / resolved ≥ 95% → 1 point,
 * ≥ 80% → 0.5, else 0.
 *
 * @param numeratorFigure   code of the numerator figure ("onTime")
 * @param denominatorFigure code of the denominator figure ("resolved")
 * @param valueMode         whether threshold values are points or fractions of the maximum
 * @param thresholds        ascending, non-overlapping percent thresholds in [0, 100]
 */
public record RatioBandsRule(String numeratorFigure, String denominatorFigure, BandValue valueMode,
        List<Threshold> thresholds) implements ScoringRule {

    public RatioBandsRule {
        thresholds = List.copyOf(thresholds);
    }

    @Override
    public RuleType type() {
        return RuleType.RATIO_BANDS;
    }

    @Override
    public List<String> figureCodes() {
        return List.of(numeratorFigure, denominatorFigure);
    }

    @Override
    public List<DefinitionIssue> validate(String nodeCode, BigDecimal maxPoints, Set<String> figureCodes) {
        List<DefinitionIssue> out = new ArrayList<>();
        Checks.ratioFigures(out, nodeCode, numeratorFigure, denominatorFigure, figureCodes);
        Checks.thresholds(out, nodeCode, thresholds, valueMode, maxPoints, BigDecimal.ZERO, Checks.HUNDRED);
        return out;
    }
}
