package org.parcheck.criteria;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.parcheck.common.domain.UnitType;
import org.parcheck.scoring.Band;
import org.parcheck.scoring.CriticalScope;
import org.parcheck.scoring.FigureConstraint;
import org.parcheck.scoring.FigureDef;
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
import org.parcheck.scoring.rules.Threshold;
import org.parcheck.scoring.rules.YesNoRule;

/** A small framework that uses every rule type, for persistence and editor tests. */
public final class SampleFrameworks {

    private SampleFrameworks() {
    }

    public static FrameworkHeader header() {
        return FrameworkHeader.create("Bộ tiêu chí thử nghiệm", "Dùng cho kiểm thử", Set.of(UnitType.DISTRICT),
                false);
    }

    public static FrameworkContent allRuleTypes() {
        CriteriaItem onTime = CriteriaItem.leaf(NodeKind.SUB_CRITERION, "1.1.1",
                "Tỷ lệ hồ sơ giải quyết đúng hạn", new BigDecimal("2"),
                new RatioBandsRule("onTime", "resolved", BandValue.FRACTION_OF_MAX,
                        List.of(Threshold.of("90", "0.25"), Threshold.of("95", "0.5"), Threshold.of("98", "1"))))
                .withGuidance("Đúng hạn ÷ đã giải quyết");
        CriteriaItem online = CriteriaItem.leaf(NodeKind.SUB_CRITERION, "1.1.2", "Tỷ lệ hồ sơ trực tuyến",
                new BigDecimal("2"), new ProportionalToTargetRule("online", "received", new BigDecimal("50")));
        CriteriaItem resolved = CriteriaItem.leaf(NodeKind.SUB_CRITERION, "1.1.3", "Tỷ lệ hồ sơ đã giải quyết",
                new BigDecimal("1"), new ProportionalRule("resolved", "received"));
        CriteriaItem criterion = CriteriaItem.inner(NodeKind.CRITERION, "1.1", "Kết quả giải quyết hồ sơ",
                new BigDecimal("5"), List.of(onTime, online, resolved));
        CriteriaItem plan = CriteriaItem.leaf(NodeKind.CRITERION, "1.2", "Ban hành kế hoạch CCHC năm",
                new BigDecimal("2"), new YesNoRule(false)).withEvidenceRequired(true).withCritical(CriticalScope.AREA);
        CriteriaItem area1 = CriteriaItem.inner(NodeKind.AREA, "1", "Cải cách thủ tục hành chính",
                new BigDecimal("7"), List.of(criterion, plan));
        CriteriaItem quality = CriteriaItem.leaf(NodeKind.CRITERION, "2.1", "Mức độ niêm yết thủ tục",
                new BigDecimal("2"), new ChoiceRule(List.of(ChoiceOption.of("A", "Đầy đủ", "2"),
                        ChoiceOption.of("B", "Một phần", "1"), ChoiceOption.of("C", "Không", "0"))));
        CriteriaItem cut = CriteriaItem.leaf(NodeKind.CRITERION, "2.2", "Số biên chế tinh giản",
                new BigDecimal("1"), new NumberBandsRule("cut", NumberKind.COUNT, BandValue.POINTS,
                        List.of(Threshold.of("0", "0"), Threshold.of("5", "1"))));
        CriteriaItem discipline = CriteriaItem.leaf(NodeKind.CRITERION, "2.3", "Có vi phạm kỷ luật, kỷ cương",
                new BigDecimal("1"), new YesNoRule(true));
        CriteriaItem survey = new CriteriaItem(NodeKind.CRITERION, "2.4", "Mức độ hài lòng của người dân", null,
                new BigDecimal("1"), new ManualRule("Theo kết quả khảo sát"), false, CriticalScope.NONE,
                AssessmentMethod.SURVEY, Set.of(UnitType.DISTRICT), List.of());
        CriteriaItem bonus = CriteriaItem.leaf(NodeKind.CRITERION, "2.5", "Sáng kiến được công nhận",
                new BigDecimal("2"), new BonusRule(new BigDecimal("1")));
        CriteriaItem deduction = CriteriaItem.leaf(NodeKind.CRITERION, "2.6", "Báo cáo định kỳ chậm",
                new BigDecimal("2"), new DeductionRule(new BigDecimal("0.5")));
        CriteriaItem area2 = CriteriaItem.inner(NodeKind.AREA, "2", "Tổ chức bộ máy và công vụ",
                new BigDecimal("5"), List.of(quality, cut, discipline, survey, bonus, deduction));
        List<FigureDef> figures = List.of(
                new FigureDef("received", "Hồ sơ tiếp nhận", "hồ sơ", NumberKind.COUNT),
                new FigureDef("online", "Tiếp nhận trực tuyến", "hồ sơ", NumberKind.COUNT),
                new FigureDef("resolved", "Đã giải quyết", "hồ sơ", NumberKind.COUNT),
                new FigureDef("onTime", "Giải quyết trước hạn, đúng hạn", "hồ sơ", NumberKind.COUNT),
                new FigureDef("inProgress", "Đang giải quyết", "hồ sơ", NumberKind.COUNT),
                new FigureDef("cut", "Biên chế tinh giản", "biên chế", NumberKind.COUNT));
        List<FigureConstraint> constraints = List.of(FigureConstraint.partOf("online", "received"),
                FigureConstraint.partOf("onTime", "resolved"),
                FigureConstraint.sumAtMost("received", "resolved", "inProgress"));
        List<Band> bands = List.of(new Band("TOT", "Tốt", "Good", new BigDecimal("90")),
                new Band("KHA", "Khá", "Fair", new BigDecimal("80")),
                new Band("TRUNG_BINH", "Trung bình", "Average", new BigDecimal("65")),
                new Band("YEU", "Yếu", "Weak", BigDecimal.ZERO));
        return new FrameworkContent(List.of(area1, area2), figures, constraints, bands, new BigDecimal("3"),
                new BigDecimal("4"), true);
    }
}
