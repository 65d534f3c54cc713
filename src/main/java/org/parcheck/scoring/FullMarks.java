package org.parcheck.scoring;

import static org.parcheck.scoring.explain.ExplanationCode.FULL_ANSWER_NO;
import static org.parcheck.scoring.explain.ExplanationCode.FULL_ANSWER_YES;
import static org.parcheck.scoring.explain.ExplanationCode.FULL_BONUS;
import static org.parcheck.scoring.explain.ExplanationCode.FULL_CHOOSE;
import static org.parcheck.scoring.explain.ExplanationCode.FULL_MANUAL;
import static org.parcheck.scoring.explain.ExplanationCode.FULL_NO_DEDUCTION;
import static org.parcheck.scoring.explain.ExplanationCode.FULL_NUMBER_AT_LEAST;
import static org.parcheck.scoring.explain.ExplanationCode.FULL_RATIO_COUNT;
import static org.parcheck.scoring.explain.ExplanationCode.FULL_RATIO_PERCENT;
import static org.parcheck.scoring.explain.ExplanationCode.FULL_UNREACHABLE;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import org.parcheck.scoring.explain.Explanation;
import org.parcheck.scoring.rules.BandValue;
import org.parcheck.scoring.rules.BonusRule;
import org.parcheck.scoring.rules.ChoiceOption;
import org.parcheck.scoring.rules.ChoiceRule;
import org.parcheck.scoring.rules.NumberBandsRule;
import org.parcheck.scoring.rules.NumberKind;
import org.parcheck.scoring.rules.ProportionalToTargetRule;
import org.parcheck.scoring.rules.RatioBandsRule;
import org.parcheck.scoring.rules.ScoringRule;
import org.parcheck.scoring.rules.Threshold;
import org.parcheck.scoring.rules.YesNoRule;

/** Works out "what would earn full marks" for an item. */
final class FullMarks {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private FullMarks() {
    }

    /** The percent a ratio rule needs for full marks; null for other rules or when no band gives the max. */
    static BigDecimal fullThreshold(ScoringRule rule, BigDecimal max) {
        switch (rule.type()) {
            case RATIO_BANDS: {
                RatioBandsRule ratio = (RatioBandsRule) rule;
                Threshold full = firstFull(ratio.thresholds(), ratio.valueMode(), max);
                return full == null ? null : full.atLeast();
            }
            case PROPORTIONAL:
                return HUNDRED;
            case PROPORTIONAL_TO_TARGET:
                return ((ProportionalToTargetRule) rule).targetPercent();
            default:
                return null;
        }
    }

    /** Advice that does not depend on the visit (null for ratio rules, which need the denominator). */
    static Explanation fixedAdvice(ScoringRule rule, BigDecimal max) {
        switch (rule.type()) {
            case YES_NO:
                return Explanation.of(((YesNoRule) rule).inverted() ? FULL_ANSWER_NO : FULL_ANSWER_YES, max);
            case CHOICE: {
                ChoiceOption best = ((ChoiceRule) rule).best();
                if (best == null || best.points().compareTo(max) < 0) {
                    return Explanation.of(FULL_UNREACHABLE, best == null ? BigDecimal.ZERO : best.points(), max);
                }
                return Explanation.of(FULL_CHOOSE, best.label(), best.code(), best.points());
            }
            case NUMBER_BANDS: {
                NumberBandsRule number = (NumberBandsRule) rule;
                Threshold full = firstFull(number.thresholds(), number.valueMode(), max);
                if (full == null) {
                    return Explanation.of(FULL_UNREACHABLE, best(number.thresholds(), number.valueMode(), max), max);
                }
                return Explanation.of(FULL_NUMBER_AT_LEAST, full.atLeast(), max);
            }
            case RATIO_BANDS: {
                RatioBandsRule ratio = (RatioBandsRule) rule;
                if (firstFull(ratio.thresholds(), ratio.valueMode(), max) == null) {
                    return Explanation.of(FULL_UNREACHABLE, best(ratio.thresholds(), ratio.valueMode(), max), max);
                }
                return null;
            }
            case MANUAL:
                return Explanation.of(FULL_MANUAL, max);
            case BONUS: {
                BigDecimal per = ((BonusRule) rule).pointsPerOccurrence();
                BigDecimal needed = max.divide(per, MathContext.DECIMAL128).setScale(0, RoundingMode.CEILING);
                return Explanation.of(FULL_BONUS, needed, max);
            }
            case DEDUCTION:
                return Explanation.of(FULL_NO_DEDUCTION);
            default:
                return null;
        }
    }

    /**
     * Advice for a ratio rule: the least whole numerator when both figures are counts and the denominator is
     * known, else the percent needed.
     */
    static Explanation ratioAdvice(Leaf leaf, FigureValues values, FigureDef[] figures) {
        BigDecimal threshold = leaf.fullThreshold();
        int numerator = leaf.figures()[0];
        int denominator = leaf.figures()[1];
        BigDecimal den = values.valid(denominator);
        if (den != null && den.signum() > 0 && figures[numerator].kind() == NumberKind.COUNT) {
            // the least whole numerator is only shown: worked out when the advice is read (D17)
            Explanation.Deferred needed = () -> threshold.multiply(den).movePointLeft(2)
                    .setScale(0, RoundingMode.CEILING);
            return Explanation.of(FULL_RATIO_COUNT, needed, den, threshold, leaf.max());
        }
        return Explanation.of(FULL_RATIO_PERCENT, threshold, leaf.max());
    }

    private static Threshold firstFull(List<Threshold> thresholds, BandValue mode, BigDecimal max) {
        for (Threshold threshold : thresholds) {
            if (points(mode, threshold.value(), max).compareTo(max) >= 0) {
                return threshold;
            }
        }
        return null;
    }

    private static BigDecimal best(List<Threshold> thresholds, BandValue mode, BigDecimal max) {
        BigDecimal best = BigDecimal.ZERO;
        for (Threshold threshold : thresholds) {
            best = best.max(points(mode, threshold.value(), max));
        }
        return best;
    }

    static BigDecimal points(BandValue mode, BigDecimal value, BigDecimal max) {
        return mode == BandValue.FRACTION_OF_MAX ? max.multiply(value) : value;
    }
}
