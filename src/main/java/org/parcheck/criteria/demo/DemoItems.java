package org.parcheck.criteria.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.parcheck.criteria.AssessmentMethod;
import org.parcheck.criteria.CriteriaItem;
import org.parcheck.scoring.Band;
import org.parcheck.scoring.CriticalScope;
import org.parcheck.scoring.NodeKind;
import org.parcheck.scoring.rules.BandValue;
import org.parcheck.scoring.rules.BonusRule;
import org.parcheck.scoring.rules.ChoiceOption;
import org.parcheck.scoring.rules.ChoiceRule;
import org.parcheck.scoring.rules.DeductionRule;
import org.parcheck.scoring.rules.ManualRule;
import org.parcheck.scoring.rules.NumberBandsRule;
import org.parcheck.scoring.rules.NumberKind;
import org.parcheck.scoring.rules.ProportionalRule;
import org.parcheck.scoring.rules.ProportionalToTargetRule;
import org.parcheck.scoring.rules.RatioBandsRule;
import org.parcheck.scoring.rules.ScoringRule;
import org.parcheck.scoring.rules.Threshold;
import org.parcheck.scoring.rules.YesNoRule;

/**
 * Short builders for the demo frameworks, so that the framework classes read like the province's table.
 * Leaves are built as sub-criteria; {@link #area} turns a leaf placed directly under an area into a criterion.
 * A criterion's maximum is the sum of its regular children, so only areas and leaves carry typed points.
 */
final class DemoItems {

    private DemoItems() {
    }

    /** An area with its stated maximum (the validator checks it against the children). */
    static CriteriaItem area(String code, String title, String max, CriteriaItem... children) {
        List<CriteriaItem> kids = new ArrayList<>();
        for (CriteriaItem child : children) {
            kids.add(child.isLeaf() ? rekind(child, NodeKind.CRITERION) : child);
        }
        return CriteriaItem.inner(NodeKind.AREA, code, title, new BigDecimal(max), kids);
    }

    /** A criterion whose maximum is the sum of its regular (non-bonus, non-deduction) children. */
    static CriteriaItem criterion(String code, String title, CriteriaItem... children) {
        BigDecimal sum = BigDecimal.ZERO;
        for (CriteriaItem child : children) {
            if (child.rule() == null || !child.rule().type().isAdjustment()) {
                sum = sum.add(child.maxPoints());
            }
        }
        return CriteriaItem.inner(NodeKind.CRITERION, code, title, sum, List.of(children));
    }

    /** All or nothing: "Có" earns the maximum. */
    static CriteriaItem yesNo(String code, String title, String max) {
        return leaf(code, title, max, new YesNoRule(false));
    }

    /** All or nothing, inverted: "Không" earns the maximum (e.g. "có vi phạm…?"). */
    static CriteriaItem yesNoInverted(String code, String title, String max) {
        return leaf(code, title, max, new YesNoRule(true));
    }

    /** One of several levels, each worth fixed points. */
    static CriteriaItem choice(String code, String title, String max, ChoiceOption... options) {
        return leaf(code, title, max, new ChoiceRule(List.of(options)));
    }

    /** Thresholds on a percent the inspector types; values are fractions of the maximum. */
    static CriteriaItem percentBands(String code, String title, String max, Threshold... thresholds) {
        return leaf(code, title, max, new NumberBandsRule(null, NumberKind.PERCENT, BandValue.FRACTION_OF_MAX,
                List.of(thresholds)));
    }

    /** Thresholds on a percent the inspector types; values are points. */
    static CriteriaItem percentBandsPoints(String code, String title, String max, Threshold... thresholds) {
        return leaf(code, title, max, new NumberBandsRule(null, NumberKind.PERCENT, BandValue.POINTS,
                List.of(thresholds)));
    }

    /** Thresholds on a decimal number the inspector types (may exceed 100, e.g. revenue vs. plan); points. */
    static CriteriaItem numberBandsPoints(String code, String title, String max, Threshold... thresholds) {
        return leaf(code, title, max, new NumberBandsRule(null, NumberKind.DECIMAL, BandValue.POINTS,
                List.of(thresholds)));
    }

    /** Thresholds on a raw count figure; values are fractions of the maximum. */
    static CriteriaItem figureBands(String code, String title, String max, String figure,
                                    Threshold... thresholds) {
        return leaf(code, title, max, new NumberBandsRule(figure, NumberKind.COUNT, BandValue.FRACTION_OF_MAX,
                List.of(thresholds)));
    }

    /** Thresholds on numerator ÷ denominator in percent; values are fractions of the maximum. */
    static CriteriaItem ratioBands(String code, String title, String max, String numerator, String denominator,
                                   Threshold... thresholds) {
        return leaf(code, title, max, new RatioBandsRule(numerator, denominator, BandValue.FRACTION_OF_MAX,
                List.of(thresholds)));
    }

    /** Points = maximum × numerator ÷ denominator. */
    static CriteriaItem proportional(String code, String title, String max, String numerator, String denominator) {
        return leaf(code, title, max, new ProportionalRule(numerator, denominator));
    }

    /** Full points at the target percent, proportional below it (QĐ 766 style). */
    static CriteriaItem toTarget(String code, String title, String max, String numerator, String denominator,
                                 String targetPercent) {
        return leaf(code, title, max,
                new ProportionalToTargetRule(numerator, denominator, new BigDecimal(targetPercent)));
    }

    /** The inspector scores within [0, max] with a reason. */
    static CriteriaItem manual(String code, String title, String max, String guidance) {
        return leaf(code, title, max, new ManualRule(guidance)).withGuidance(guidance);
    }

    /** Bonus points per occurrence, capped at {@code cap} for the item. */
    static CriteriaItem bonus(String code, String title, String cap, String perOccurrence) {
        return leaf(code, title, cap, new BonusRule(new BigDecimal(perOccurrence)));
    }

    /** Points deducted per occurrence, capped at {@code cap} for the item. */
    static CriteriaItem deduction(String code, String title, String cap, String perOccurrence) {
        return leaf(code, title, cap, new DeductionRule(new BigDecimal(perOccurrence)));
    }

    /** The same item, assessed by the sociological survey instead of appraisal. */
    static CriteriaItem survey(CriteriaItem item) {
        return new CriteriaItem(item.kind(), item.code(), item.title(), item.guidance(), item.maxPoints(),
                item.rule(), item.evidenceRequired(), item.critical(), AssessmentMethod.SURVEY, item.appliesTo(),
                item.children());
    }

    /** The same item, critical for its area: failing it zeroes the area. */
    static CriteriaItem criticalForArea(CriteriaItem item) {
        return item.withCritical(CriticalScope.AREA);
    }

    /** The same item, scoring 0 unless evidence (tài liệu kiểm chứng) is cited. */
    static CriteriaItem evidence(CriteriaItem item) {
        return item.withEvidenceRequired(true);
    }

    /**
     * The survey scale seen in a provincial survey app (domain.md §1.4 [3P]): A = 100 %, B = 60 %, C = 20 %,
     * D = 0 % of the item's maximum.
     */
    static ChoiceOption[] surveyScale(String max) {
        BigDecimal m = new BigDecimal(max);
        return new ChoiceOption[] {
            new ChoiceOption("A", "Rất hài lòng", m),
            new ChoiceOption("B", "Hài lòng", m.multiply(new BigDecimal("0.6"))),
            new ChoiceOption("C", "Chưa hài lòng", m.multiply(new BigDecimal("0.2"))),
            new ChoiceOption("D", "Không hài lòng", BigDecimal.ZERO),
        };
    }

    static ChoiceOption option(String code, String label, String points) {
        return ChoiceOption.of(code, label, points);
    }

    static Threshold at(String atLeast, String value) {
        return Threshold.of(atLeast, value);
    }

    /** Classification bands Tốt / Khá / Trung bình / Yếu with the given lower bounds in percent. */
    static List<Band> bands(String good, String fair, String average) {
        return List.of(
                new Band("TOT", "Tốt", "Good", new BigDecimal(good)),
                new Band("KHA", "Khá", "Fair", new BigDecimal(fair)),
                new Band("TRUNG_BINH", "Trung bình", "Average", new BigDecimal(average)),
                new Band("YEU", "Yếu", "Weak", BigDecimal.ZERO));
    }

    private static CriteriaItem leaf(String code, String title, String max, ScoringRule rule) {
        return CriteriaItem.leaf(NodeKind.SUB_CRITERION, code, title, new BigDecimal(max), rule);
    }

    private static CriteriaItem rekind(CriteriaItem item, NodeKind kind) {
        return new CriteriaItem(kind, item.code(), item.title(), item.guidance(), item.maxPoints(), item.rule(),
                item.evidenceRequired(), item.critical(), item.method(), item.appliesTo(), item.children());
    }
}
