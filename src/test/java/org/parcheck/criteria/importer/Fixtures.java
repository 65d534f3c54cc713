package org.parcheck.criteria.importer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.parcheck.common.domain.UnitType;
import org.parcheck.criteria.AssessmentMethod;
import org.parcheck.criteria.CriteriaItem;
import org.parcheck.criteria.FrameworkContent;
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

/**
 * A framework that uses every rule type, every figure kind, every constraint type, bands and both caps; and
 * helpers to export, edit and re-read workbooks in memory.
 *
 * <p>Rows of the exported sheet "Tiêu chí" (pre-order): 2 = 1, 3 = 1.1, 4 = 1.2, 5 = 1.3, 6 = 1.4, 7 = 1.5,
 * 8 = 2, 9 = 2.1, 10 = 2.1.1, 11 = 2.1.2, 12 = 2.1.3, 13 = 2.2, 14 = 2.3, 15 = 2.4, 16 = 3, 17 = 3.10.
 */
final class Fixtures {

    private Fixtures() {
    }

    static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    static FrameworkContent content() {
        CriteriaItem area1 = CriteriaItem.inner(NodeKind.AREA, "1", "Công tác chỉ đạo, điều hành CCHC", n("6.0"),
                List.of(
                        CriteriaItem.leaf(NodeKind.CRITERION, "1.1", "Ban hành kế hoạch CCHC năm đúng hạn", n("2"),
                                new YesNoRule(false)).withEvidenceRequired(true).withCritical(CriticalScope.AREA),
                        CriteriaItem.leaf(NodeKind.CRITERION, "1.2", "Có báo cáo định kỳ nộp trễ hạn", n("1"),
                                new YesNoRule(true)),
                        new CriteriaItem(NodeKind.CRITERION, "1.3", "Mức độ thực hiện kế hoạch", null, n("3"),
                                new ChoiceRule(List.of(
                                        ChoiceOption.of("A", "Đầy đủ; đúng hạn", "3"),
                                        ChoiceOption.of("B", "Một phần", "1.50"),
                                        new ChoiceOption("C", null, n("0")))),
                                false, CriticalScope.NONE, AssessmentMethod.APPRAISAL, Set.of(UnitType.DISTRICT),
                                List.of()),
                        CriteriaItem.leaf(NodeKind.CRITERION, "1.4", "Sáng kiến, mô hình mới được công nhận", n("2"),
                                new BonusRule(n("0.5"))),
                        CriteriaItem.leaf(NodeKind.CRITERION, "1.5", "Báo cáo chậm, vi phạm kỷ luật", n("1"),
                                new DeductionRule(n("0.25")))));
        CriteriaItem area2 = CriteriaItem.inner(NodeKind.AREA, "2", "Cải cách thủ tục hành chính", n("10.5"), List.of(
                CriteriaItem.inner(NodeKind.CRITERION, "2.1", "Kết quả giải quyết hồ sơ", n("6"), List.of(
                        CriteriaItem.leaf(NodeKind.SUB_CRITERION, "2.1.1", "Tỷ lệ hồ sơ giải quyết đúng hạn", n("2"),
                                new RatioBandsRule("onTime", "resolved", BandValue.POINTS, List.of(
                                        Threshold.of("0", "0"), Threshold.of("80", "0.5"),
                                        Threshold.of("95", "1.5"), Threshold.of("98", "2")))),
                        CriteriaItem.leaf(NodeKind.SUB_CRITERION, "2.1.2", "Tỷ lệ hồ sơ trực tuyến", n("1.5"),
                                new ProportionalRule("online", "received")),
                        CriteriaItem.leaf(NodeKind.SUB_CRITERION, "2.1.3", "Hồ sơ trực tuyến so với mục tiêu 50%",
                                n("2.5"), new ProportionalToTargetRule("online", "received", n("50"))))),
                new CriteriaItem(NodeKind.CRITERION, "2.2", "Mức độ hài lòng của người dân", null, n("2"),
                        new NumberBandsRule("satisfaction", NumberKind.PERCENT, BandValue.FRACTION_OF_MAX, List.of(
                                Threshold.of("0", "0"), Threshold.of("70", "0.5"), Threshold.of("90", "1"))),
                        false, CriticalScope.NONE, AssessmentMethod.SURVEY, Set.of(), List.of()),
                CriteriaItem.leaf(NodeKind.CRITERION, "2.3", "Số sáng kiến cải cách được áp dụng", n("1"),
                        new NumberBandsRule(null, NumberKind.DECIMAL, BandValue.POINTS, List.of(
                                Threshold.of("2.5", "0.25"), Threshold.of("5", "0.5"), Threshold.of("10", "1")))),
                CriteriaItem.leaf(NodeKind.CRITERION, "2.4", "Niêm yết công khai thủ tục tại bộ phận một cửa",
                        n("1.5"), new ManualRule("Đánh giá theo biên bản kiểm tra thực tế"))
                        .withGuidance("Xem bảng niêm yết và trang thông tin điện tử.\nĐối chiếu danh mục TTHC.")));
        CriteriaItem area3 = new CriteriaItem(NodeKind.AREA, "3", "Hiện đại hóa hành chính", null, n("1"), null,
                false, CriticalScope.NONE, AssessmentMethod.APPRAISAL, Set.of(), List.of(
                new CriteriaItem(NodeKind.CRITERION, "3.10", "Áp dụng ISO 9001:2015", null, n("1"),
                        new YesNoRule(false), true, CriticalScope.TOTAL, AssessmentMethod.APPRAISAL,
                        Set.of(UnitType.COMMUNE, UnitType.WARD), List.of())));
        List<FigureDef> figures = List.of(
                new FigureDef("received", "Hồ sơ tiếp nhận", "hồ sơ", NumberKind.COUNT),
                new FigureDef("online", "Hồ sơ trực tuyến", "hồ sơ", NumberKind.COUNT),
                new FigureDef("resolved", "Hồ sơ đã giải quyết", "hồ sơ", NumberKind.COUNT),
                new FigureDef("onTime", "Hồ sơ giải quyết trước và đúng hạn", "hồ sơ", NumberKind.COUNT),
                new FigureDef("inProgress", "Hồ sơ đang giải quyết", null, NumberKind.COUNT),
                new FigureDef("satisfaction", "Mức độ hài lòng", "%", NumberKind.PERCENT),
                new FigureDef("spending", "Chi thường xuyên", "triệu đồng", NumberKind.DECIMAL));
        List<FigureConstraint> constraints = List.of(
                FigureConstraint.partOf("online", "received"),
                FigureConstraint.partOf("onTime", "resolved"),
                FigureConstraint.sumAtMost("received", "resolved", "inProgress"),
                FigureConstraint.sumEquals("received", "resolved", "inProgress"));
        List<Band> bands = List.of(
                new Band("TOT", "Tốt", "Good", n("90")),
                new Band("KHA", "Khá", "Fair", n("80.0")),
                new Band("TB", "Trung bình", "Average", n("65")),
                new Band("YEU", "Yếu", null, n("0")));
        return new FrameworkContent(List.of(area1, area2, area3), figures, constraints, bands, n("5"), n("3.5"),
                true);
    }

    static WorkbookFramework framework() {
        return new WorkbookFramework("Bộ tiêu chí cấp huyện (dữ liệu mẫu)", "Dùng để kiểm tra thử",
                Set.of(UnitType.DISTRICT, UnitType.TOWN), 2025, "Quyết định số 123/QĐ-UBND ngày 01/3/2025",
                content());
    }

    static byte[] export(WorkbookFramework framework) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            FrameworkWorkbook.write(framework, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The exported fixture, changed by {@code edit}. */
    static byte[] edited(Consumer<XSSFWorkbook> edit) {
        return edit(export(framework()), edit);
    }

    static byte[] edit(byte[] bytes, Consumer<XSSFWorkbook> edit) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            edit.accept(workbook);
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(XSSFWorkbook workbook) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static ImportResult read(byte[] bytes) {
        return FrameworkWorkbook.read(new ByteArrayInputStream(bytes));
    }

    /** The problems of a rejected import (fails the test when the import succeeded). */
    static List<ImportProblem> problems(byte[] bytes) {
        ImportResult result = read(bytes);
        if (result instanceof ImportResult.Rejected rejected) {
            return rejected.problems();
        }
        throw new AssertionError("expected a rejected import, got " + result);
    }

    static WorkbookFramework imported(byte[] bytes) {
        ImportResult result = read(bytes);
        if (result instanceof ImportResult.Imported imported) {
            return imported.framework();
        }
        throw new AssertionError("expected an import, got " + ((ImportResult.Rejected) result).problems());
    }

    /** "Tiêu chí!F12 UNKNOWN_WORD" style summaries, easy to assert exactly. */
    static List<String> summary(List<ImportProblem> problems) {
        List<String> out = new ArrayList<>();
        for (ImportProblem p : problems) {
            out.add(p.position() + (p.header() == null ? "" : " [" + p.header() + "]") + " " + p.code());
        }
        return out;
    }
}
