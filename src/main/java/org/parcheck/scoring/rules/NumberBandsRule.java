package org.parcheck.scoring.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Thresholds on a number: the highest threshold the number reaches gives the points; below the lowest, 0.
 * The number is typed in the answer, or read from a raw figure when {@code figure} is set.
 *
 * @param figure     raw figure to read, or null to use the answer's number
 * @param valueKind  what numbers are valid (a count must be a non-negative whole number)
 * @param valueMode  whether threshold values are points or fractions of the maximum
 * @param thresholds ascending, non-overlapping thresholds
 */
public record NumberBandsRule(String figure, NumberKind valueKind, BandValue valueMode, List<Threshold> thresholds)
        implements ScoringRule {

    public NumberBandsRule {
        thresholds = List.copyOf(thresholds);
    }

    @Override
    public RuleType type() {
        return RuleType.NUMBER_BANDS;
    }

    @Override
    public List<String> figureCodes() {
        return figure == null ? List.of() : List.of(figure);
    }

    @Override
    public List<DefinitionIssue> validate(String nodeCode, BigDecimal maxPoints, Set<String> figureCodes) {
        List<DefinitionIssue> out = new ArrayList<>();
        if (figure != null) {
            Checks.figure(out, nodeCode, figure, figureCodes);
        }
        boolean percent = valueKind == NumberKind.PERCENT;
        Checks.thresholds(out, nodeCode, thresholds, valueMode, maxPoints,
                percent ? BigDecimal.ZERO : null, percent ? Checks.HUNDRED : null);
        return out;
    }
}
