package org.parcheck.scoring;

import static org.parcheck.scoring.explain.ExplanationCode.INVALID_MANUAL_NO_REASON;
import static org.parcheck.scoring.explain.ExplanationCode.INVALID_MANUAL_RANGE;
import static org.parcheck.scoring.explain.ExplanationCode.INVALID_NEGATIVE;
import static org.parcheck.scoring.explain.ExplanationCode.INVALID_UNKNOWN_CHOICE;
import static org.parcheck.scoring.explain.ExplanationCode.INVALID_WRONG_TYPE;

import java.math.BigDecimal;
import java.util.List;
import org.parcheck.scoring.AnswerValue.ChoiceValue;
import org.parcheck.scoring.AnswerValue.NumberValue;
import org.parcheck.scoring.AnswerValue.OccurrencesValue;
import org.parcheck.scoring.AnswerValue.YesNoValue;
import org.parcheck.scoring.explain.Explanation;
import org.parcheck.scoring.rules.NumberBandsRule;
import org.parcheck.scoring.rules.NumberKind;
import org.parcheck.scoring.rules.RuleType;

/** Validates one item's answer against its rule: bad input becomes validation issues, never exceptions. */
final class AnswerChecks {

    private AnswerChecks() {
    }

    /**
     * Adds every problem of the answer to {@code issues} and returns the first one, or null when the answer is
     * acceptable (possibly incomplete).
     */
    static Explanation check(Leaf leaf, ItemAnswer answer, List<ValidationIssue> issues) {
        if (answer == null) {
            return null;
        }
        String code = leaf.code();
        Explanation first = null;
        if (answer.evidenceCount() < 0) {
            first = add(issues, code, first, Explanation.of(INVALID_NEGATIVE, code,
                    BigDecimal.valueOf(answer.evidenceCount())));
        }
        BigDecimal manual = answer.manualScore();
        if (manual != null) {
            if (manual.signum() < 0 || manual.compareTo(leaf.max()) > 0) {
                first = add(issues, code, first, Explanation.of(INVALID_MANUAL_RANGE, manual, leaf.max()));
            }
            if (answer.manualReason() == null || answer.manualReason().isBlank()) {
                first = add(issues, code, first, Explanation.of(INVALID_MANUAL_NO_REASON, manual));
            }
        }
        Explanation valueProblem = valueProblem(leaf, answer.value());
        if (valueProblem != null) {
            first = add(issues, code, first, valueProblem);
        }
        return first;
    }

    private static Explanation add(List<ValidationIssue> issues, String code, Explanation first,
            Explanation problem) {
        issues.add(new ValidationIssue(code, null, problem));
        return first == null ? problem : first;
    }

    private static Explanation valueProblem(Leaf leaf, AnswerValue value) {
        if (value == null) {
            return null;
        }
        RuleType type = leaf.type();
        switch (type) {
            case YES_NO:
                return value instanceof YesNoValue ? null : wrongType(type);
            case CHOICE:
                if (!(value instanceof ChoiceValue choice)) {
                    return wrongType(type);
                }
                return choice.code() == null || !leaf.fixedOutcomes().containsKey(choice.code())
                        ? Explanation.of(INVALID_UNKNOWN_CHOICE, String.valueOf(choice.code())) : null;
            case NUMBER_BANDS: {
                NumberBandsRule rule = (NumberBandsRule) leaf.rule();
                if (rule.figure() != null || !isNumeric(value)) {
                    return wrongType(type);
                }
                BigDecimal number = number(value);
                return number == null ? null : FigureValues.kindProblem(leaf.code(), rule.valueKind(), number);
            }
            case BONUS:
            case DEDUCTION: {
                if (!isNumeric(value)) {
                    return wrongType(type);
                }
                BigDecimal count = number(value);
                return count == null ? null : FigureValues.kindProblem(leaf.code(), NumberKind.COUNT, count);
            }
            default:
                return wrongType(type);
        }
    }

    private static Explanation wrongType(RuleType type) {
        return Explanation.of(INVALID_WRONG_TYPE, type.name());
    }

    private static boolean isNumeric(AnswerValue value) {
        return value instanceof NumberValue || value instanceof OccurrencesValue;
    }

    /** The number in a number or occurrences value; null when absent or of another type. */
    static BigDecimal number(AnswerValue value) {
        if (value instanceof NumberValue number) {
            return number.value();
        }
        if (value instanceof OccurrencesValue occurrences) {
            return occurrences.count();
        }
        return null;
    }
}
