package org.parcheck.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parcheck.scoring.rules.NumberKind;
import org.parcheck.scoring.rules.ScoringRule;

/** Small frameworks and answers for table-driven tests. */
final class Fixtures {

    static final String ITEM = "1.1";
    static final List<FigureDef> FIGURES = List.of(
            new FigureDef("num", "Tử số", "hồ sơ", NumberKind.COUNT),
            new FigureDef("den", "Mẫu số", "hồ sơ", NumberKind.COUNT),
            new FigureDef("dec", "Số thập phân", "", NumberKind.DECIMAL),
            new FigureDef("pct", "Tỷ lệ báo cáo", "%", NumberKind.PERCENT));
    static final List<Band> BANDS = List.of(
            new Band("TOT", "Tốt", "Good", d("90")),
            new Band("KHA", "Khá", "Fair", d("80")),
            new Band("TRUNG_BINH", "Trung bình", "Average", d("65")),
            new Band("YEU", "Yếu", "Weak", d("0")));

    private Fixtures() {
    }

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    /** One area "1" with one criterion leaf "1.1". */
    static FrameworkDef single(ScoringRule rule, String max) {
        return single(NodeDef.leaf(NodeKind.CRITERION, ITEM, "Tiêu chí", d(max), rule));
    }

    static FrameworkDef single(NodeDef leaf) {
        NodeDef area = NodeDef.inner(NodeKind.AREA, "1", "Lĩnh vực", leaf.maxPoints(), List.of(leaf));
        return framework(List.of(area), null, null);
    }

    static FrameworkDef framework(List<NodeDef> areas, String bonusCap, String deductionCap) {
        return new FrameworkDef("TEST", "Test", areas, FIGURES,
                List.of(FigureConstraint.partOf("num", "den")), BANDS,
                bonusCap == null ? null : d(bonusCap), deductionCap == null ? null : d(deductionCap));
    }

    static NodeDef leaf(String code, String max, ScoringRule rule) {
        return NodeDef.leaf(NodeKind.CRITERION, code, "Tiêu chí " + code, d(max), rule);
    }

    static NodeDef area(String code, NodeDef... criteria) {
        BigDecimal max = BigDecimal.ZERO;
        for (NodeDef criterion : criteria) {
            if (!criterion.rule().type().isAdjustment()) {
                max = max.add(criterion.maxPoints());
            }
        }
        return NodeDef.inner(NodeKind.AREA, code, "Lĩnh vực " + code, max.signum() == 0 ? BigDecimal.ONE : max,
                List.of(criteria));
    }

    /** Answers for the single item plus figures given as "code=value" pairs. */
    static VisitAnswers answers(ItemAnswer answer, String... figures) {
        Map<String, ItemAnswer> items = new HashMap<>();
        if (answer != null) {
            items.put(ITEM, answer);
        }
        return new VisitAnswers(items, figures(figures));
    }

    static Map<String, BigDecimal> figures(String... pairs) {
        Map<String, BigDecimal> figures = new HashMap<>();
        for (String pair : pairs) {
            String[] parts = pair.split("=");
            figures.put(parts[0], d(parts[1]));
        }
        return figures;
    }

    static ItemScore scoreSingle(FrameworkDef framework, VisitAnswers answers) {
        return new ScoringEngine().score(framework, answers).item(ITEM);
    }

    static List<String> codes(List<ValidationIssue> issues) {
        List<String> codes = new ArrayList<>();
        for (ValidationIssue issue : issues) {
            codes.add(issue.explanation().code());
        }
        return codes;
    }
}
