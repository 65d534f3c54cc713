package org.parcheck.scoring;

import static org.parcheck.scoring.explain.ExplanationCode.BONUS_ITEM_CAPPED;
import static org.parcheck.scoring.explain.ExplanationCode.BONUS_SCORE;
import static org.parcheck.scoring.explain.ExplanationCode.CHOICE_SELECTED;
import static org.parcheck.scoring.explain.ExplanationCode.DEDUCTION_ITEM_CAPPED;
import static org.parcheck.scoring.explain.ExplanationCode.DEDUCTION_SCORE;
import static org.parcheck.scoring.explain.ExplanationCode.ITEM_UNKNOWN_FIGURE;
import static org.parcheck.scoring.explain.ExplanationCode.ITEM_ZERO_DENOMINATOR;
import static org.parcheck.scoring.explain.ExplanationCode.MANUAL_SCORED;
import static org.parcheck.scoring.explain.ExplanationCode.NUMBER_AT_OR_ABOVE;
import static org.parcheck.scoring.explain.ExplanationCode.NUMBER_BELOW;
import static org.parcheck.scoring.explain.ExplanationCode.PROPORTIONAL_SCORE;
import static org.parcheck.scoring.explain.ExplanationCode.RATIO_AT_OR_ABOVE;
import static org.parcheck.scoring.explain.ExplanationCode.RATIO_BELOW;
import static org.parcheck.scoring.explain.ExplanationCode.TARGET_BELOW;
import static org.parcheck.scoring.explain.ExplanationCode.TARGET_REACHED;
import static org.parcheck.scoring.explain.ExplanationCode.YES_NO_NO_FULL;
import static org.parcheck.scoring.explain.ExplanationCode.YES_NO_NO_ZERO;
import static org.parcheck.scoring.explain.ExplanationCode.YES_NO_YES_FULL;
import static org.parcheck.scoring.explain.ExplanationCode.YES_NO_YES_ZERO;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parcheck.scoring.AnswerValue.ChoiceValue;
import org.parcheck.scoring.AnswerValue.YesNoValue;
import org.parcheck.scoring.explain.Explanation;
import org.parcheck.scoring.explain.ExplanationCode;
import org.parcheck.scoring.rules.BandValue;
import org.parcheck.scoring.rules.BonusRule;
import org.parcheck.scoring.rules.ChoiceOption;
import org.parcheck.scoring.rules.ChoiceRule;
import org.parcheck.scoring.rules.DeductionRule;
import org.parcheck.scoring.rules.NumberBandsRule;
import org.parcheck.scoring.rules.ProportionalToTargetRule;
import org.parcheck.scoring.rules.RatioBandsRule;
import org.parcheck.scoring.rules.RuleType;
import org.parcheck.scoring.rules.ScoringRule;
import org.parcheck.scoring.rules.Threshold;
import org.parcheck.scoring.rules.YesNoRule;

/** Computes an item's score from a valid, complete answer and valid figures, rule by rule. */
final class RuleScorer {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Points are worked out to 16 significant digits (D18); their sums and differences are exact. */
    static final MathContext POINTS = MathContext.DECIMAL64;
    /** The ratio shown in explanations, to 34 digits (worked out only when read, D17). */
    private static final MathContext SHOWN = MathContext.DECIMAL128;
    /** Whole numbers below this have their outcome worked out when the framework is compiled. */
    static final int COUNTS_KNOWN = 64;
    private static final BigDecimal COUNTS_KNOWN_DECIMAL = BigDecimal.valueOf(COUNTS_KNOWN);

    private RuleScorer() {
    }

    /** Whether the answer lacks what the rule needs (rules reading raw figures need no value). */
    static boolean isMissing(Leaf leaf, ItemAnswer answer) {
        AnswerValue value = answer == null ? null : answer.value();
        switch (leaf.type()) {
            case YES_NO:
            case CHOICE:
                return value == null;
            case NUMBER_BANDS:
                return ((NumberBandsRule) leaf.rule()).figure() == null && AnswerChecks.number(value) == null;
            case MANUAL:
                return answer == null || answer.manualScore() == null;
            case BONUS:
            case DEDUCTION:
                return AnswerChecks.number(value) == null;
            default:
                return false;
        }
    }

    static Outcome compute(Leaf leaf, ItemAnswer answer, FigureValues values, FigureDef[] figures) {
        BigDecimal max = leaf.max();
        switch (leaf.type()) {
            case YES_NO:
                return leaf.yesNo(((YesNoValue) answer.value()).yes());
            case CHOICE:
                return leaf.fixedOutcomes().get(((ChoiceValue) answer.value()).code());
            case NUMBER_BANDS: {
                NumberBandsRule rule = (NumberBandsRule) leaf.rule();
                if (rule.figure() == null) {
                    return byCount(leaf, AnswerChecks.number(answer.value()));
                }
                int figure = leaf.figures()[0];
                BigDecimal value = values.value(figure);
                return value == null ? unknown(figures[figure]) : number(rule, value, max);
            }
            case RATIO_BANDS:
            case PROPORTIONAL:
            case PROPORTIONAL_TO_TARGET:
                return ratio(leaf, values, figures);
            case MANUAL:
                return Outcome.scored(answer.manualScore(),
                        Explanation.of(MANUAL_SCORED, answer.manualScore(), max, answer.manualReason()));
            default:
                return byCount(leaf, AnswerChecks.number(answer.value()));
        }
    }

    /**
     * The outcome of a typed number or count: worked out once per framework for the whole numbers below
     * {@link #COUNTS_KNOWN} (the usual answers), else now. Both give equal outcomes (ExactResultsTest).
     */
    private static Outcome byCount(Leaf leaf, BigDecimal value) {
        Outcome[] known = leaf.countOutcomes();
        if (value.scale() == 0 && value.signum() >= 0 && value.compareTo(COUNTS_KNOWN_DECIMAL) < 0) {
            return known[value.intValue()];
        }
        return countOutcome(leaf.rule(), value, leaf.max());
    }

    /** Outcomes of NUMBER_BANDS (typed value), BONUS and DEDUCTION items for 0 … COUNTS_KNOWN − 1; else null. */
    static Outcome[] countOutcomes(ScoringRule rule, BigDecimal max) {
        boolean typedNumber = rule instanceof NumberBandsRule number && number.figure() == null;
        if (!typedNumber && rule.type() != RuleType.BONUS && rule.type() != RuleType.DEDUCTION) {
            return null;
        }
        Outcome[] outcomes = new Outcome[COUNTS_KNOWN];
        for (int i = 0; i < COUNTS_KNOWN; i++) {
            outcomes[i] = countOutcome(rule, BigDecimal.valueOf(i), max);
        }
        return outcomes;
    }

    private static Outcome countOutcome(ScoringRule rule, BigDecimal value, BigDecimal max) {
        switch (rule.type()) {
            case NUMBER_BANDS:
                return number((NumberBandsRule) rule, value, max);
            case BONUS:
                return occurrences(value, ((BonusRule) rule).pointsPerOccurrence(), max, BONUS_SCORE,
                        BONUS_ITEM_CAPPED);
            default:
                return occurrences(value, ((DeductionRule) rule).pointsPerOccurrence(), max, DEDUCTION_SCORE,
                        DEDUCTION_ITEM_CAPPED);
        }
    }

    /** The outcomes of YES_NO (by Boolean) and CHOICE (by option code) items, built once per framework. */
    static Map<Object, Outcome> fixedOutcomes(ScoringRule rule, BigDecimal max) {
        Map<Object, Outcome> outcomes = new HashMap<>();
        if (rule instanceof YesNoRule yesNo) {
            outcomes.put(Boolean.TRUE, yesNo(yesNo, true, max));
            outcomes.put(Boolean.FALSE, yesNo(yesNo, false, max));
        } else if (rule instanceof ChoiceRule choice) {
            for (ChoiceOption option : choice.options()) {
                outcomes.putIfAbsent(option.code(), Outcome.scored(option.points(),
                        Explanation.of(CHOICE_SELECTED, option.label(), option.code(), option.points(), max)));
            }
        }
        return Map.copyOf(outcomes);
    }

    private static Outcome yesNo(YesNoRule rule, boolean yes, BigDecimal max) {
        boolean earns = yes != rule.inverted();
        BigDecimal points = earns ? max : BigDecimal.ZERO;
        ExplanationCode code = yes ? (earns ? YES_NO_YES_FULL : YES_NO_YES_ZERO)
                : (earns ? YES_NO_NO_FULL : YES_NO_NO_ZERO);
        return Outcome.scored(points, Explanation.of(code, points, max));
    }

    private static Outcome number(NumberBandsRule rule, BigDecimal measured, BigDecimal max) {
        List<Threshold> thresholds = rule.thresholds();
        int reached = Threshold.highestReached(thresholds, atLeast -> measured.compareTo(atLeast) >= 0);
        BigDecimal points = points(rule.valueMode(), thresholds, reached, max);
        if (reached == thresholds.size() - 1) {
            return Outcome.scored(points, Explanation.of(NUMBER_AT_OR_ABOVE, measured,
                    thresholds.get(reached).atLeast(), points, max));
        }
        return Outcome.scored(points, Explanation.of(NUMBER_BELOW, measured, thresholds.get(reached + 1).atLeast(),
                points, max));
    }

    private static Outcome ratio(Leaf leaf, FigureValues values, FigureDef[] figures) {
        int numeratorIndex = leaf.figures()[0];
        int denominatorIndex = leaf.figures()[1];
        BigDecimal numerator = values.value(numeratorIndex);
        BigDecimal denominator = values.value(denominatorIndex);
        if (denominator == null) {
            return unknown(figures[denominatorIndex]);
        }
        if (numerator == null) {
            return unknown(figures[numeratorIndex]);
        }
        if (denominator.signum() == 0) {
            FigureDef figure = figures[denominatorIndex];
            return Outcome.notAssessable(Explanation.of(ITEM_ZERO_DENOMINATOR, figure.code(), name(figure)));
        }
        BigDecimal max = leaf.max();
        // the ratio itself is only shown in the explanation: worked out when the explanation is read
        Explanation.Deferred fraction = () -> numerator.divide(denominator, SHOWN);
        switch (leaf.type()) {
            case RATIO_BANDS: {
                RatioBandsRule rule = (RatioBandsRule) leaf.rule();
                List<Threshold> thresholds = rule.thresholds();
                BigDecimal scaled = numerator.multiply(HUNDRED);
                int reached = Threshold.highestReached(thresholds,
                        atLeast -> scaled.compareTo(atLeast.multiply(denominator)) >= 0);
                BigDecimal points = points(rule.valueMode(), thresholds, reached, max);
                boolean top = reached == thresholds.size() - 1;
                BigDecimal shown = thresholds.get(top ? reached : reached + 1).atLeast();
                return Outcome.scored(points, Explanation.of(top ? RATIO_AT_OR_ABOVE : RATIO_BELOW, numerator,
                        denominator, fraction, shown, points, max));
            }
            case PROPORTIONAL: {
                BigDecimal points = max.multiply(numerator).divide(denominator, POINTS);
                return Outcome.scored(points,
                        Explanation.of(PROPORTIONAL_SCORE, numerator, denominator, fraction, points, max));
            }
            default: {
                BigDecimal target = ((ProportionalToTargetRule) leaf.rule()).targetPercent();
                BigDecimal scaled = numerator.multiply(HUNDRED);
                BigDecimal needed = target.multiply(denominator);
                if (scaled.compareTo(needed) >= 0) {
                    return Outcome.scored(max,
                            Explanation.of(TARGET_REACHED, numerator, denominator, fraction, target, max, max));
                }
                BigDecimal points = max.multiply(scaled).divide(needed, POINTS);
                return Outcome.scored(points,
                        Explanation.of(TARGET_BELOW, numerator, denominator, fraction, target, points, max));
            }
        }
    }

    private static Outcome occurrences(BigDecimal count, BigDecimal perOccurrence, BigDecimal max,
            ExplanationCode normal, ExplanationCode capped) {
        BigDecimal uncapped = count.multiply(perOccurrence);
        if (uncapped.compareTo(max) > 0) {
            return Outcome.scored(max, Explanation.of(capped, count, perOccurrence, uncapped, max));
        }
        return Outcome.scored(uncapped, Explanation.of(normal, count, perOccurrence, uncapped, max));
    }

    private static BigDecimal points(BandValue mode, List<Threshold> thresholds, int reached, BigDecimal max) {
        return reached < 0 ? BigDecimal.ZERO : FullMarks.points(mode, thresholds.get(reached).value(), max);
    }

    private static Outcome unknown(FigureDef figure) {
        return Outcome.notAssessable(Explanation.of(ITEM_UNKNOWN_FIGURE, figure.code(), name(figure)));
    }

    static String name(FigureDef figure) {
        return figure.name() == null ? figure.code() : figure.name();
    }
}
