package org.parcheck.scoring;

import java.math.BigDecimal;
import java.util.Map;
import org.parcheck.scoring.explain.Explanation;
import org.parcheck.scoring.rules.ScoringRule;

/**
 * A leaf prepared for fast scoring: indices instead of codes, and the explanations that do not depend on the
 * visit built once.
 *
 * @param node          the definition
 * @param rule          the rule (never null after compilation)
 * @param ancestors     indices of the inner nodes above, nearest first
 * @param area          index of the area above, or -1
 * @param figures       indices of the figures the rule reads (numerator first), possibly empty
 * @param fullThreshold percent that earns full marks for ratio rules, or null
 * @param fixedAdvice   what-would-earn-full-marks for rules that read no figures, or null
 * @param notApplicable the explanation for N/A
 * @param missing       the explanation for a missing answer
 * @param already       the explanation "already full marks"
 * @param fixedOutcomes outcomes known in advance: by Boolean answer (YES_NO) or by option code (CHOICE)
 * @param countOutcomes outcomes known in advance for the small whole numbers typed for NUMBER_BANDS, BONUS and
 *                      DEDUCTION items (index = the number), else null
 */
record Leaf(NodeDef node, ScoringRule rule, int[] ancestors, int area, int[] figures, BigDecimal fullThreshold,
        Explanation fixedAdvice, Explanation notApplicable, Explanation missing, Explanation already,
        Map<Object, Outcome> fixedOutcomes, Outcome[] countOutcomes) {

    String code() {
        return node.code();
    }

    BigDecimal max() {
        return node.maxPoints();
    }

    boolean adjustment() {
        return rule.type().isAdjustment();
    }
}
