package org.parcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.answering.Answer;
import org.parcheck.answering.AnswerService;
import org.parcheck.answering.VisitSession;
import org.parcheck.app.AppServices;
import org.parcheck.common.domain.UnitType;
import org.parcheck.criteria.AssessmentMethod;
import org.parcheck.criteria.CriteriaItem;
import org.parcheck.criteria.FrameworkContent;
import org.parcheck.criteria.FrameworkHeader;
import org.parcheck.criteria.FrameworkVersion;
import org.parcheck.criteria.StoredFramework;
import org.parcheck.plan.Visit;
import org.parcheck.report.PlanSummaryModel.VisitResult;
import org.parcheck.report.VisitReportModel.Detail;
import org.parcheck.scoring.Band;
import org.parcheck.scoring.CriticalScope;
import org.parcheck.scoring.ItemStatus;
import org.parcheck.scoring.NodeKind;
import org.parcheck.scoring.ScoreCard;
import org.parcheck.scoring.rules.BonusRule;
import org.parcheck.scoring.rules.YesNoRule;

/**
 * #16 §7 on a real H2 file, from answers to the printed pages: the percentage never goes above 100 % (a bonus
 * lifting the total over the scored maximum), "points / maximum" in the plan summary uses the maximum the percentage
 * divides by, and an item whose "Áp dụng cho" names other unit types is not applicable by itself, counts in no
 * maximum, does not leave the visit provisional and is printed "Không áp dụng cho huyện".
 */
public class ScoringRulesOnPaperTest {

    @TempDir
    Path dataDir;

    /** 1.1 yes/no (1 point), 1.2 yes/no (1 point, communes only), 1.3 bonus (1 per occurrence, up to 1). */
    public static FrameworkContent content() {
        CriteriaItem plan = CriteriaItem.leaf(NodeKind.CRITERION, "1.1", "Ban hành kế hoạch CCHC", BigDecimal.ONE,
                new YesNoRule(false));
        CriteriaItem communeOnly = new CriteriaItem(NodeKind.CRITERION, "1.2", "Bộ phận một cửa cấp xã", null,
                BigDecimal.ONE, new YesNoRule(false), false, CriticalScope.NONE, AssessmentMethod.APPRAISAL,
                Set.of(UnitType.COMMUNE, UnitType.WARD), List.of());
        CriteriaItem bonus = CriteriaItem.leaf(NodeKind.CRITERION, "1.3", "Sáng kiến được công nhận", BigDecimal.ONE,
                new BonusRule(BigDecimal.ONE));
        CriteriaItem area = CriteriaItem.inner(NodeKind.AREA, "1", "Công tác chỉ đạo, điều hành", new BigDecimal("2"),
                List.of(plan, communeOnly, bonus));
        List<Band> bands = List.of(new Band("TOT", "Tốt", "Good", new BigDecimal("90")),
                new Band("YEU", "Yếu", "Weak", BigDecimal.ZERO));
        return new FrameworkContent(List.of(area), List.of(), List.of(), bands, null, null, true);
    }

    @Test
    void theCapAndAppliesToHoldOnScreenAndOnPaper() throws IOException {
        try (AppServices services = AppServices.open(dataDir)) {
            AnswerService answers = services.answerService();
            Visit seed = answers.open(SeedReports.haLangVisitId(services)).visit(); // a district (huyện)
            StoredFramework framework = services.frameworkService().create(FrameworkHeader.create("Bộ thử §7",
                    "", Set.of(UnitType.DISTRICT, UnitType.COMMUNE), false), FrameworkVersion.draft(1, 2026, "Thử"),
                    content());
            Visit visit = services.plans().insertVisit(Visit.planned(seed.planId(), seed.unitId(),
                    seed.date().plusDays(1), seed.place()).withFrameworkVersion(framework.version().id()));
            answers.saveAnswer(visit.id(), Answer.empty("1.1").withValue(Answer.YES));
            answers.saveAnswer(visit.id(), Answer.empty("1.3").withValue("1"));

            VisitSession session = answers.open(visit.id());
            ScoreCard card = answers.score(session, answers.sheet(visit.id()));
            assertThat(card.item("1.2").status()).isEqualTo(ItemStatus.NOT_APPLICABLE);
            assertThat(card.item("1.2").notApplicableByRule()).isTrue();
            assertThat(card.missing()).isEmpty();
            assertThat(card.complete()).as("not provisional").isTrue();
            assertThat(AnswerService.blockers(card).none()).as("nothing blocks finalising").isTrue();
            assertThat(card.base().applicableMax()).isEqualByComparingTo("1");
            assertThat(card.total()).isEqualByComparingTo("2");
            assertThat(card.percent()).as("never above 100").isEqualByComparingTo("100");

            VisitResult result = services.planSummaries().model(seed.planId()).visits().stream()
                    .filter(v -> v.visitId() == visit.id()).findFirst().orElseThrow();
            assertThat(result.percentText()).isEqualTo("100,00%");
            assertThat(result.totalText()).isEqualTo("2 / 1");
            assertThat(result.classification()).isEqualTo("Tốt");
            assertThat(result.rank()).isEqualTo(1);

            VisitReportModel report = services.visitReports().model(visit.id(),
                    VisitReportOptions.defaults().withDetail(Detail.ITEMS));
            VisitReportModel.Item item = report.areas().get(0).items().stream()
                    .filter(i -> i.code().equals("1.2")).findFirst().orElseThrow();
            assertThat(item.score()).isEqualTo("Không áp dụng cho huyện");
            assertThat(item.explanation()).startsWith("Không áp dụng cho huyện");
            assertThat(report.totals().provisional()).isFalse();
            assertThat(String.join("\n", report.totals().lines()))
                    .contains("Tổng điểm: 2 điểm, đạt 100,00%.")
                    .contains("Tỷ lệ = tổng điểm ÷ điểm tối đa của các nội dung đã chấm = 2 ÷ 1; tỷ lệ không vượt quá"
                            + " 100% và không dưới 0% → tính 100%.")
                    .contains("Xếp loại: Tốt.");
            // kept under target/reports to look at
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            services.visitReports().writePdf(visit.id(), VisitReportOptions.defaults().withDetail(Detail.ITEMS), pdf);
            SeedReports.keep("scoring-rules-visit.pdf", pdf.toByteArray());
            ByteArrayOutputStream summary = new ByteArrayOutputStream();
            services.planSummaries().writePdf(seed.planId(), summary);
            SeedReports.keep("scoring-rules-summary.pdf", summary.toByteArray());
        }
    }
}
