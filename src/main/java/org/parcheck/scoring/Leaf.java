package org.parcheck.scoring;

import static org.parcheck.scoring.explain.ExplanationCode.FULL_ALREADY;
import static org.parcheck.scoring.explain.ExplanationCode.ITEM_MISSING;
import static org.parcheck.scoring.explain.ExplanationCode.ITEM_NOT_APPLICABLE;

import java.math.BigDecimal;
import java.util.Map;
import org.parcheck.scoring.explain.Explanation;
import org.parcheck.scoring.rules.RuleType;
import org.parcheck.scoring.rules.ScoringRule;

/**
 * A leaf prepared for fast scoring: indices instead of codes, what the scorer reads of the node and rule copied into
 * fields (no interface call for the rule type per visit), and the explanations and outcomes that do not depend on
 * the visit built once.
 */
final class Leaf {

    private final NodeDef node;
    private final ScoringRule rule;
    private final RuleType type;
    private final String code;
    private final BigDecimal max;
    private final boolean adjustment;
    private final boolean evidenceRequired;
    private final CriticalScope critical;
    private final int[] ancestors;
    private final int area;
    private final int[] figures;
    private final BigDecimal fullThreshold;
    private final Explanation fixedAdvice;
    private final Explanation notApplicable;
    private final Explanation missing;
    private final Explanation already;
    private final Map<Object, Outcome> fixedOutcomes;
    private final Outcome yes;
    private final Outcome no;
    private final Outcome[] countOutcomes;

    /**
     * @param node          the definition
     * @param rule          the rule (never null after compilation)
     * @param ancestors     indices of the inner nodes above, nearest first
     * @param area          index of the area above, or -1
     * @param figures       indices of the figures the rule reads (numerator first), possibly empty
     * @param fullThreshold percent that earns full marks for ratio rules, or null
     * @param fixedAdvice   what-would-earn-full-marks for rules that read no figures, or null
     * @param fixedOutcomes outcomes known in advance: by Boolean answer (YES_NO) or by option code (CHOICE)
     * @param countOutcomes outcomes known in advance for the small whole numbers typed for NUMBER_BANDS, BONUS and
     *                      DEDUCTION items (index = the number), else null
     */
    Leaf(NodeDef node, ScoringRule rule, int[] ancestors, int area, int[] figures, BigDecimal fullThreshold,
            Explanation fixedAdvice, Map<Object, Outcome> fixedOutcomes, Outcome[] countOutcomes) {
        this.node = node;
        this.rule = rule;
        this.type = rule.type();
        this.code = node.code();
        this.max = node.maxPoints();
        this.adjustment = type.isAdjustment();
        this.evidenceRequired = node.evidenceRequired();
        this.critical = node.critical();
        this.ancestors = ancestors;
        this.area = area;
        this.figures = figures;
        this.fullThreshold = fullThreshold;
        this.fixedAdvice = fixedAdvice;
        this.notApplicable = Explanation.of(ITEM_NOT_APPLICABLE, max);
        this.missing = Explanation.of(ITEM_MISSING, max);
        this.already = Explanation.of(FULL_ALREADY, max);
        this.fixedOutcomes = fixedOutcomes;
        this.yes = fixedOutcomes.get(Boolean.TRUE);
        this.no = fixedOutcomes.get(Boolean.FALSE);
        this.countOutcomes = countOutcomes;
    }

    ScoringRule rule() {
        return rule;
    }

    RuleType type() {
        return type;
    }

    String code() {
        return code;
    }

    String title() {
        return node.title();
    }

    BigDecimal max() {
        return max;
    }

    boolean adjustment() {
        return adjustment;
    }

    boolean evidenceRequired() {
        return evidenceRequired;
    }

    CriticalScope critical() {
        return critical;
    }

    int[] ancestors() {
        return ancestors;
    }

    int area() {
        return area;
    }

    int[] figures() {
        return figures;
    }

    BigDecimal fullThreshold() {
        return fullThreshold;
    }

    Explanation fixedAdvice() {
        return fixedAdvice;
    }

    Explanation notApplicable() {
        return notApplicable;
    }

    Explanation missing() {
        return missing;
    }

    Explanation already() {
        return already;
    }

    Map<Object, Outcome> fixedOutcomes() {
        return fixedOutcomes;
    }

    /** The outcome of a YES_NO answer. */
    Outcome yesNo(boolean answerYes) {
        return answerYes ? yes : no;
    }

    Outcome[] countOutcomes() {
        return countOutcomes;
    }
}
