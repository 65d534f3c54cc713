package org.parcheck.scoring;

import java.math.BigDecimal;
import org.parcheck.scoring.explain.Explanation;
import org.parcheck.scoring.explain.ExplanationCode;
import org.parcheck.scoring.rules.RuleType;

/**
 * The result for one leaf item.
 *
 * @param code            the leaf code
 * @param title           the leaf title
 * @param ruleType        its rule type
 * @param status          outcome
 * @param score           points earned (deducted, for DEDUCTION items), precision per D18; null unless SCORED
 * @param maxPoints       the item's maximum (its cap, for bonus/deduction items)
 * @param applicableMax   the maximum unless not applicable (then 0)
 * @param selfScore       the unit's self score, or null (also null when out of range, see validation issues)
 * @param selfDifference  score − self score, when both exist
 * @param explanation     why this score (or status), as data; never null
 * @param fullMarks       what would earn full marks, as data; null for not-applicable items
 * @param criticalFailure whether this is a critical item that failed (scored 0)
 */
public record ItemScore(String code, String title, RuleType ruleType, ItemStatus status, BigDecimal score,
        BigDecimal maxPoints, BigDecimal applicableMax, BigDecimal selfScore, BigDecimal selfDifference,
        Explanation explanation, Explanation fullMarks, boolean criticalFailure) {

    /** Whether the framework itself rules the item out for the visited unit's type ("Áp dụng cho"). */
    public boolean notApplicableByRule() {
        return status == ItemStatus.NOT_APPLICABLE && explanation.is(ExplanationCode.ITEM_NOT_APPLICABLE_FOR_UNIT_TYPE);
    }

    /** Whether this is a bonus or deduction item (not part of the maximum). */
    public boolean isAdjustment() {
        return ruleType.isAdjustment();
    }
}
