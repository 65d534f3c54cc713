package org.parcheck.scoring;

import static org.parcheck.scoring.Fixtures.d;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.parcheck.scoring.rules.BandValue;
import org.parcheck.scoring.rules.NumberKind;
import org.parcheck.scoring.rules.ProportionalRule;
import org.parcheck.scoring.rules.ProportionalToTargetRule;
import org.parcheck.scoring.rules.RatioBandsRule;
import org.parcheck.scoring.rules.Threshold;
import org.parcheck.scoring.rules.YesNoRule;

/**
 * The seed case (docs/domain.md §8, Hạ Lang, October 2021) on a small DEMO framework: the figures are the article's,
 * the items, points, thresholds and bands are demo data, not an official framework.
 */
final class SeedCase {

    static final String PROCEDURES_POSTED = "3.1";
    static final String ON_TIME = "3.2";
    static final String RESOLVED = "3.3";
    static final String ONLINE = "3.4";
    static final String SIGNED = "7.1";
    static final String ISO = "7.2";

    private SeedCase() {
    }

    static FrameworkDef framework() {
        List<FigureDef> figures = List.of(
                count("received", "Hồ sơ tiếp nhận"),
                count("online", "Hồ sơ tiếp nhận trực tuyến"),
                count("resolved", "Hồ sơ đã giải quyết"),
                count("onTime", "Hồ sơ giải quyết trước hạn, đúng hạn"),
                count("inProgress", "Hồ sơ đang giải quyết"),
                count("postal", "Hồ sơ qua bưu chính công ích"),
                new FigureDef("docsOutgoing", "Văn bản đi trên VNPT-iOffice", "văn bản", NumberKind.COUNT),
                new FigureDef("docsSigned", "Văn bản đi có ký số", "văn bản", NumberKind.COUNT),
                new FigureDef("procPosted", "TTHC được công khai", "thủ tục", NumberKind.COUNT),
                new FigureDef("procInScope", "TTHC thuộc thẩm quyền", "thủ tục", NumberKind.COUNT));
        List<FigureConstraint> constraints = List.of(
                FigureConstraint.partOf("online", "received"),
                FigureConstraint.partOf("onTime", "resolved"),
                FigureConstraint.sumEquals("received", "resolved", "inProgress"),
                FigureConstraint.partOf("postal", "received"),
                FigureConstraint.partOf("docsSigned", "docsOutgoing"),
                FigureConstraint.partOf("procPosted", "procInScope"));
        NodeDef procedures = NodeDef.inner(NodeKind.AREA, "3", "Cải cách thủ tục hành chính", d("4"), List.of(
                criterion(PROCEDURES_POSTED, "TTHC được công khai đầy đủ",
                        new RatioBandsRule("procPosted", "procInScope", BandValue.POINTS,
                                List.of(Threshold.of("100", "1")))),
                criterion(ON_TIME, "Tỷ lệ hồ sơ giải quyết đúng hạn",
                        new RatioBandsRule("onTime", "resolved", BandValue.POINTS,
                                List.of(Threshold.of("80", "0.5"), Threshold.of("95", "1")))),
                criterion(RESOLVED, "Tỷ lệ hồ sơ đã giải quyết", new ProportionalRule("resolved", "received")),
                criterion(ONLINE, "Tỷ lệ hồ sơ trực tuyến",
                        new ProportionalToTargetRule("online", "received", d("50")))));
        NodeDef modernisation = NodeDef.inner(NodeKind.AREA, "7", "Hiện đại hóa hành chính", d("2"), List.of(
                criterion(SIGNED, "Tỷ lệ văn bản đi được ký số",
                        new RatioBandsRule("docsSigned", "docsOutgoing", BandValue.FRACTION_OF_MAX,
                                List.of(Threshold.of("80", "0.5"), Threshold.of("95", "1")))),
                criterion(ISO, "Áp dụng ISO 9001:2015", new YesNoRule(false))));
        return new FrameworkDef("DEMO-HUYEN-2021", "Bộ chỉ số minh họa (không chính thức)",
                List.of(procedures, modernisation), figures, constraints, Fixtures.BANDS, d("2"), d("2"));
    }

    /** The article's figures; "procedures in scope" is unknown. */
    static Map<String, BigDecimal> figures() {
        return Fixtures.figures("received=1081", "online=434", "resolved=1068", "onTime=924", "inProgress=13",
                "postal=94", "docsOutgoing=3601", "docsSigned=3432", "procPosted=221");
    }

    static VisitAnswers answers() {
        return new VisitAnswers(Map.of(ISO, ItemAnswer.of(AnswerValue.yes()).withSelfScore(BigDecimal.ONE),
                ON_TIME, ItemAnswer.empty().withSelfScore(BigDecimal.ONE)), figures());
    }

    private static FigureDef count(String code, String name) {
        return new FigureDef(code, name, "hồ sơ", NumberKind.COUNT);
    }

    private static NodeDef criterion(String code, String title, org.parcheck.scoring.rules.ScoringRule rule) {
        return NodeDef.leaf(NodeKind.CRITERION, code, title, BigDecimal.ONE, rule);
    }
}
