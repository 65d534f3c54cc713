package org.parcheck.scoring.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * How a leaf item is scored. One record per {@link RuleType}; parameters are plain fields so that rules can be
 * serialised by hand. Evidence-required, not-applicable and critical handling are properties of the node and
 * answer, common to every type.
 */
public sealed interface ScoringRule permits YesNoRule, ChoiceRule, NumberBandsRule, RatioBandsRule,
        ProportionalRule, ProportionalToTargetRule, ManualRule, BonusRule, DeductionRule {

    /** The stable type of this rule. */
    RuleType type();

    /**
     * Definition problems of this rule on a node.
     *
     * @param nodeCode    the node's code, used as the issues' subject
     * @param maxPoints   the node's maximum points
     * @param figureCodes the codes of the framework's raw figures
     */
    List<DefinitionIssue> validate(String nodeCode, BigDecimal maxPoints, Set<String> figureCodes);

    /** The raw figures this rule reads (empty for rules that read the typed answer). */
    default List<String> figureCodes() {
        return List.of();
    }
}
