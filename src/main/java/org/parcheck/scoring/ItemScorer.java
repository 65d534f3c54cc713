package org.parcheck.scoring;

import static org.parcheck.scoring.explain.ExplanationCode.EVIDENCE_MISSING;
import static org.parcheck.scoring.explain.ExplanationCode.FULL_CITE_EVIDENCE;
import static org.parcheck.scoring.explain.ExplanationCode.INVALID_RATIO_OVER_100;
import static org.parcheck.scoring.explain.ExplanationCode.INVALID_SELF_SCORE;
import static org.parcheck.scoring.explain.ExplanationCode.ITEM_INVALID_FIGURE;
import static org.parcheck.scoring.explain.ExplanationCode.ITEM_NOT_APPLICABLE_FOR_UNIT_TYPE;
import static org.parcheck.scoring.explain.ExplanationCode.MANUAL_OVERRIDE;

import java.math.BigDecimal;
import java.util.List;
import org.parcheck.scoring.explain.Explanation;
import org.parcheck.scoring.rules.RuleType;

/**
 * Scores one leaf. The order is: not applicable → invalid answer → (unless a manual override) invalid figures
 * and missing answer → evidence required → the rule itself.
 */
final class ItemScorer {

    private final FigureDef[] figures;
    private final FigureValues values;
    private final List<ValidationIssue> issues;

    ItemScorer(FigureDef[] figures, FigureValues values, List<ValidationIssue> issues) {
        this.figures = figures;
        this.values = values;
        this.issues = issues;
    }

    ItemScore score(Leaf leaf, ItemAnswer answer) {
        if (answer != null && answer.notApplicable()) {
            return notApplicable(leaf);
        }
        BigDecimal self = selfScore(leaf, answer);
        Explanation invalid = AnswerChecks.check(leaf, answer, issues);
        if (invalid != null) {
            return unscored(leaf, ItemStatus.INVALID, self, invalid);
        }
        boolean override = answer != null && answer.manualScore() != null && leaf.type() != RuleType.MANUAL;
        if (!override) {
            Explanation figureProblem = figureProblem(leaf);
            if (figureProblem != null) {
                return unscored(leaf, ItemStatus.INVALID, self, figureProblem);
            }
            if (RuleScorer.isMissing(leaf, answer)) {
                return unscored(leaf, ItemStatus.MISSING, self, leaf.missing());
            }
        }
        if (leaf.evidenceRequired() && (answer == null || answer.evidenceCount() == 0)) {
            return evidenceMissing(leaf, self);
        }
        Outcome outcome = override ? override(leaf, answer) : RuleScorer.compute(leaf, answer, values, figures);
        if (outcome.status() != ItemStatus.SCORED) {
            return unscored(leaf, outcome.status(), self, outcome.explanation());
        }
        return scored(leaf, outcome.score(), self, outcome.explanation(), advice(leaf, outcome.score()));
    }

    // the less common cases sit in methods of their own, so that score() stays small enough to be inlined

    private static ItemScore notApplicable(Leaf leaf) {
        return new ItemScore(leaf.code(), leaf.title(), leaf.type(), ItemStatus.NOT_APPLICABLE, null, leaf.max(),
                BigDecimal.ZERO, null, null, leaf.notApplicable(), null, false);
    }

    /** Not applicable by the framework's rule: the item applies to other types of unit than the visited one. */
    static ItemScore notApplicableFor(Leaf leaf, String unitType) {
        return new ItemScore(leaf.code(), leaf.title(), leaf.type(), ItemStatus.NOT_APPLICABLE, null, leaf.max(),
                BigDecimal.ZERO, null, null, Explanation.of(ITEM_NOT_APPLICABLE_FOR_UNIT_TYPE, unitType, leaf.max()),
                null, false);
    }

    private ItemScore evidenceMissing(Leaf leaf, BigDecimal self) {
        BigDecimal max = leaf.max();
        return scored(leaf, BigDecimal.ZERO, self, Explanation.of(EVIDENCE_MISSING, max),
                Explanation.of(FULL_CITE_EVIDENCE, max));
    }

    private static Outcome override(Leaf leaf, ItemAnswer answer) {
        return Outcome.scored(answer.manualScore(),
                Explanation.of(MANUAL_OVERRIDE, answer.manualScore(), leaf.max(), answer.manualReason()));
    }

    private ItemScore scored(Leaf leaf, BigDecimal score, BigDecimal self, Explanation why, Explanation advice) {
        boolean failed = leaf.critical() != CriticalScope.NONE && score.signum() == 0;
        return new ItemScore(leaf.code(), leaf.title(), leaf.type(), ItemStatus.SCORED, score,
                leaf.max(), leaf.max(), self, self == null ? null : score.subtract(self), why, advice, failed);
    }

    private ItemScore unscored(Leaf leaf, ItemStatus status, BigDecimal self, Explanation why) {
        return new ItemScore(leaf.code(), leaf.title(), leaf.type(), status, null, leaf.max(),
                leaf.max(), self, null, why, advice(leaf, null), false);
    }

    private Explanation advice(Leaf leaf, BigDecimal score) {
        if (score != null && score.compareTo(leaf.max()) >= 0 && leaf.type() != RuleType.DEDUCTION) {
            return leaf.already();
        }
        if (leaf.fixedAdvice() != null) {
            return leaf.fixedAdvice();
        }
        return FullMarks.ratioAdvice(leaf, values, figures);
    }

    private BigDecimal selfScore(Leaf leaf, ItemAnswer answer) {
        BigDecimal self = answer == null ? null : answer.selfScore();
        if (self != null && (self.signum() < 0 || self.compareTo(leaf.max()) > 0)) {
            issues.add(new ValidationIssue(leaf.code(), null, Explanation.of(INVALID_SELF_SCORE, self, leaf.max())));
            return null;
        }
        return self;
    }

    /** An invalid figure the rule reads, or a ratio over 100%; adds the issue naming item and figure. */
    private Explanation figureProblem(Leaf leaf) {
        int[] indices = leaf.figures();
        for (int index : indices) {
            Explanation cause = values.problem(index);
            if (cause != null) {
                FigureDef figure = figures[index];
                Explanation problem = Explanation.of(ITEM_INVALID_FIGURE, figure.code(), RuleScorer.name(figure),
                        cause);
                issues.add(new ValidationIssue(leaf.code(), figure.code(), problem));
                return problem;
            }
        }
        if (indices.length == 2) {
            BigDecimal numerator = values.value(indices[0]);
            BigDecimal denominator = values.value(indices[1]);
            if (numerator != null && denominator != null && denominator.signum() > 0
                    && numerator.compareTo(denominator) > 0) {
                Explanation problem = Explanation.of(INVALID_RATIO_OVER_100, figures[indices[0]].code(), numerator,
                        figures[indices[1]].code(), denominator);
                issues.add(new ValidationIssue(leaf.code(), figures[indices[0]].code(), problem));
                return problem;
            }
        }
        return null;
    }
}
