package org.parcheck.scoring;

import java.math.BigDecimal;
import java.util.List;
import org.parcheck.scoring.explain.Display;
import org.parcheck.scoring.explain.Explanation;

/**
 * A visit's score card.
 *
 * @param frameworkCode    the framework scored against
 * @param items            every leaf, in framework order
 * @param nodes            every inner node (areas and criteria), in framework order
 * @param base             sums over all regular items, after critical zeroing of areas
 * @param bonus            bonus points after the framework cap
 * @param deduction        deducted points after the framework cap (a positive number)
 * @param total            base achieved + bonus − deduction, or 0 when a TOTAL-scope critical item failed
 * @param percent          total / base.scoredMax × 100, full precision, kept within [0, 100]; null when nothing
 *                         is scored
 * @param classification   the highest band whose minimum the percent as shown ({@link #shownPercent()}) reaches,
 *                         or null
 * @param criticalFailures codes of failed critical items
 * @param missing          codes of items without an answer
 * @param notAssessable    codes of items that cannot be computed (unknown figure, zero denominator)
 * @param invalidItems     codes of INVALID items
 * @param issues           every validation issue (bad figures and answers), naming item and figure
 * @param notes            card-level explanations (caps reached, critical zeroing)
 */
public record ScoreCard(String frameworkCode, List<ItemScore> items, List<NodeScore> nodes, Subtotal base,
        BigDecimal bonus, BigDecimal deduction, BigDecimal total, BigDecimal percent, Band classification,
        List<String> criticalFailures, List<String> missing, List<String> notAssessable, List<String> invalidItems,
        List<ValidationIssue> issues, List<Explanation> notes) {

    public ScoreCard {
        items = List.copyOf(items);
        nodes = List.copyOf(nodes);
        criticalFailures = List.copyOf(criticalFailures);
        missing = List.copyOf(missing);
        notAssessable = List.copyOf(notAssessable);
        invalidItems = List.copyOf(invalidItems);
        issues = List.copyOf(issues);
        notes = List.copyOf(notes);
    }

    /** The item with this code, or null. */
    public ItemScore item(String code) {
        for (ItemScore item : items) {
            if (item.code().equals(code)) {
                return item;
            }
        }
        return null;
    }

    /** The area or criterion with this code, or null. */
    public NodeScore node(String code) {
        for (NodeScore node : nodes) {
            if (node.code().equals(code)) {
                return node;
            }
        }
        return null;
    }

    /**
     * The percentage as printed: {@link #percent()} rounded half-up to two decimals, or null. Classification and
     * ranking use this value, so that what a reader sees on the page is what classifies and ranks.
     */
    public BigDecimal shownPercent() {
        return Display.round2(percent);
    }

    /** Whether every applicable item is scored, so that the percent and classification are final. */
    public boolean complete() {
        return base.complete();
    }
}
