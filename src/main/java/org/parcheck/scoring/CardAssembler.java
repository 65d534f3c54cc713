package org.parcheck.scoring;

import static org.parcheck.scoring.explain.ExplanationCode.CRITICAL_ZEROED_AREA;
import static org.parcheck.scoring.explain.ExplanationCode.CRITICAL_ZEROED_TOTAL;
import static org.parcheck.scoring.explain.ExplanationCode.TOTAL_BONUS_CAPPED;
import static org.parcheck.scoring.explain.ExplanationCode.TOTAL_DEDUCTION_CAPPED;
import static org.parcheck.scoring.explain.ExplanationCode.TOTAL_PERCENT_CAPPED;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.parcheck.scoring.explain.Display;
import org.parcheck.scoring.explain.Explanation;
import org.parcheck.scoring.rules.RuleType;

/** Sums item scores into criteria, areas and the total, applies critical failures and caps, and classifies. */
final class CardAssembler {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private CardAssembler() {
    }

    static ScoreCard assemble(CompiledFramework framework, ItemScore[] items, List<ValidationIssue> issues) {
        Leaf[] leaves = framework.leaves;
        Inner[] inners = framework.inners;
        Accumulator base = new Accumulator();
        Accumulator[] sums = new Accumulator[inners.length];
        for (int i = 0; i < sums.length; i++) {
            sums[i] = new Accumulator();
        }
        String[] zeroedArea = new String[inners.length];
        String zeroedTotal = null;
        BigDecimal bonus = BigDecimal.ZERO;
        BigDecimal deduction = BigDecimal.ZERO;
        List<String> critical = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> notAssessable = new ArrayList<>();
        List<String> invalid = new ArrayList<>();
        List<Explanation> notes = new ArrayList<>();
        for (int i = 0; i < leaves.length; i++) {
            Leaf leaf = leaves[i];
            ItemScore item = items[i];
            switch (item.status()) {
                case MISSING -> missing.add(item.code());
                case NOT_ASSESSABLE -> notAssessable.add(item.code());
                case INVALID -> invalid.add(item.code());
                default -> {
                }
            }
            if (leaf.adjustment()) {
                if (item.status() == ItemStatus.SCORED) {
                    if (leaf.type() == RuleType.BONUS) {
                        bonus = bonus.add(item.score());
                    } else {
                        deduction = deduction.add(item.score());
                    }
                }
                continue;
            }
            int[] ancestors = leaf.ancestors();
            (ancestors.length == 0 ? base : sums[ancestors[0]]).add(item);
            if (item.criticalFailure()) {
                critical.add(item.code());
                CriticalScope scope = leaf.critical();
                if (scope == CriticalScope.TOTAL && zeroedTotal == null) {
                    zeroedTotal = item.code();
                } else if (scope == CriticalScope.AREA && leaf.area() >= 0 && zeroedArea[leaf.area()] == null) {
                    zeroedArea[leaf.area()] = item.code();
                    notes.add(Explanation.of(CRITICAL_ZEROED_AREA, item.code(), inners[leaf.area()].node().code()));
                }
            }
        }
        // children come after their parent in the flattened order: roll sums up from the last node
        for (int j = inners.length - 1; j >= 0; j--) {
            Inner inner = inners[j];
            if (inner.parent() >= 0) {
                sums[inner.parent()].absorb(sums[j], sums[j].achieved);
            } else {
                base.absorb(sums[j], zeroedArea[j] != null ? BigDecimal.ZERO : sums[j].achieved);
            }
        }
        List<NodeScore> nodes = new ArrayList<>(inners.length);
        for (int j = 0; j < inners.length; j++) {
            Inner inner = inners[j];
            String zeroedBy = zeroedArea[inner.area()];
            if (zeroedBy != null) {
                sums[j].achieved = BigDecimal.ZERO;
            }
            nodes.add(new NodeScore(inner.node().code(), inner.node().kind(), inner.node().title(),
                    sums[j].toSubtotal(inner.regularMax()), zeroedBy));
        }
        FrameworkDef definition = framework.definition();
        BigDecimal bonusCap = definition.bonusCap();
        if (bonusCap != null && bonus.compareTo(bonusCap) > 0) {
            notes.add(Explanation.of(TOTAL_BONUS_CAPPED, bonus, bonusCap));
            bonus = bonusCap;
        }
        BigDecimal deductionCap = definition.deductionCap();
        if (deductionCap != null && deduction.compareTo(deductionCap) > 0) {
            notes.add(Explanation.of(TOTAL_DEDUCTION_CAPPED, deduction, deductionCap));
            deduction = deductionCap;
        }
        BigDecimal total;
        if (zeroedTotal != null) {
            notes.add(Explanation.of(CRITICAL_ZEROED_TOTAL, zeroedTotal));
            total = BigDecimal.ZERO;
        } else {
            total = base.achieved.add(bonus).subtract(deduction);
        }
        Subtotal baseSubtotal = base.toSubtotal(framework.regularMax);
        BigDecimal uncapped = Subtotal.percent(total, baseSubtotal.scoredMax());
        BigDecimal percent = capped(uncapped);
        if (percent != null && percent != uncapped) {
            notes.add(Explanation.of(TOTAL_PERCENT_CAPPED, total, baseSubtotal.scoredMax(), percent));
        }
        return new ScoreCard(definition.code(), Arrays.asList(items), nodes, baseSubtotal, bonus, deduction, total,
                percent, classify(framework.bandsDescending, percent), critical, missing, notAssessable, invalid,
                issues, notes);
    }

    /** The percentage kept within [0, 100]: a bonus never lifts it above 100, deductions never below 0. */
    static BigDecimal capped(BigDecimal percent) {
        if (percent == null) {
            return null;
        }
        if (percent.compareTo(HUNDRED) > 0) {
            return HUNDRED;
        }
        return percent.signum() < 0 ? BigDecimal.ZERO : percent;
    }

    /**
     * The highest band the percentage <em>as shown</em> (rounded half-up to two decimals) reaches, so that a reader
     * can check the classification from the printed page: 79.996 is shown as 80.00 and classified as ≥ 80.
     */
    static Band classify(Band[] bandsDescending, BigDecimal percent) {
        if (percent == null) {
            return null;
        }
        BigDecimal shown = Display.round2(percent);
        for (Band band : bandsDescending) {
            if (shown.compareTo(band.minPercent()) >= 0) {
                return band;
            }
        }
        return null;
    }
}
