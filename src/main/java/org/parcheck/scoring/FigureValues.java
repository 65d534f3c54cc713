package org.parcheck.scoring;

import static org.parcheck.scoring.explain.ExplanationCode.INVALID_NEGATIVE;
import static org.parcheck.scoring.explain.ExplanationCode.INVALID_NOT_INTEGER;
import static org.parcheck.scoring.explain.ExplanationCode.INVALID_PART_EXCEEDS;
import static org.parcheck.scoring.explain.ExplanationCode.INVALID_PERCENT_RANGE;
import static org.parcheck.scoring.explain.ExplanationCode.INVALID_SUM_EXCEEDS;
import static org.parcheck.scoring.explain.ExplanationCode.INVALID_SUM_NOT_EQUAL;
import static org.parcheck.scoring.explain.ExplanationCode.INVALID_UNKNOWN_FIGURE;

import java.math.BigDecimal;
import java.util.List;
import org.parcheck.scoring.explain.Explanation;
import org.parcheck.scoring.rules.NumberKind;

/** A visit's raw figures, checked against their kinds and the framework's constraints. */
final class FigureValues {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final BigDecimal[] values;
    private final Explanation[] problems;

    private FigureValues(int size) {
        values = new BigDecimal[size];
        problems = new Explanation[size];
    }

    /** The value, or null when unknown. */
    BigDecimal value(int index) {
        return values[index];
    }

    /** The value when known and valid, else null. */
    BigDecimal valid(int index) {
        return problems[index] == null ? values[index] : null;
    }

    /** Why this figure is invalid, or null. */
    Explanation problem(int index) {
        return problems[index];
    }

    static FigureValues check(FrameworkAnswers answers, List<ValidationIssue> issues) {
        CompiledFramework framework = answers.framework();
        FigureDef[] figures = framework.figures;
        FigureValues result = new FigureValues(figures.length);
        for (int i = 0; i < figures.length; i++) {
            BigDecimal value = answers.figure(i);
            if (value == null) {
                continue;
            }
            result.values[i] = value;
            Explanation problem = kindProblem(figures[i].code(), figures[i].kind(), value);
            if (problem != null) {
                result.problems[i] = problem;
                issues.add(new ValidationIssue(null, figures[i].code(), problem));
            }
        }
        for (String code : answers.unknownFigures()) {
            issues.add(new ValidationIssue(null, code, Explanation.of(INVALID_UNKNOWN_FIGURE, code)));
        }
        List<FigureConstraint> constraints = framework.definition().constraints();
        if (constraints.isEmpty()) {
            return result;
        }
        boolean[] usable = new boolean[figures.length];
        for (int i = 0; i < figures.length; i++) {
            usable[i] = result.values[i] != null && result.problems[i] == null;
        }
        for (int c = 0; c < constraints.size(); c++) {
            result.checkConstraint(constraints.get(c), framework.constraintFigures[c], usable, issues);
        }
        return result;
    }

    /** The problem with a number of the given kind, or null; {@code subject} names the figure or item. */
    static Explanation kindProblem(String subject, NumberKind kind, BigDecimal value) {
        switch (kind) {
            case COUNT:
                if (value.signum() < 0) {
                    return Explanation.of(INVALID_NEGATIVE, subject, value);
                }
                if (!isInteger(value)) {
                    return Explanation.of(INVALID_NOT_INTEGER, subject, value);
                }
                return null;
            case PERCENT:
                if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
                    return Explanation.of(INVALID_PERCENT_RANGE, subject, value);
                }
                return null;
            default:
                return null;
        }
    }

    static boolean isInteger(BigDecimal value) {
        return value.scale() <= 0 || value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    }

    /** Checks one constraint when all its figures are known and of a valid kind (earlier violations aside). */
    private void checkConstraint(FigureConstraint constraint, int[] indices, boolean[] usable,
            List<ValidationIssue> issues) {
        BigDecimal sum = BigDecimal.ZERO;
        int wholeIndex = indices[indices.length - 1];
        for (int index : indices) {
            if (!usable[index]) {
                return;
            }
        }
        for (int p = 0; p < indices.length - 1; p++) {
            sum = sum.add(values[indices[p]]);
        }
        BigDecimal whole = values[wholeIndex];
        int comparison = sum.compareTo(whole);
        Explanation problem;
        switch (constraint.type()) {
            case PART_OF:
                problem = comparison > 0
                        ? Explanation.of(INVALID_PART_EXCEEDS, constraint.parts().get(0), sum, constraint.whole(),
                                whole)
                        : null;
                break;
            case SUM_LE:
                problem = comparison > 0 ? Explanation.of(INVALID_SUM_EXCEEDS, String.join(" + ", constraint.parts()),
                        sum, constraint.whole(), whole) : null;
                break;
            default:
                problem = comparison != 0 ? Explanation.of(INVALID_SUM_NOT_EQUAL,
                        String.join(" + ", constraint.parts()), sum, constraint.whole(), whole) : null;
                break;
        }
        if (problem == null) {
            return;
        }
        issues.add(new ValidationIssue(null, constraint.whole(), problem));
        for (int index : indices) {
            if (problems[index] == null) {
                problems[index] = problem;
            }
        }
    }
}
