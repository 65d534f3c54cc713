package org.parcheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.answering.Answer;
import org.parcheck.answering.AnswerService;
import org.parcheck.answering.AnswerSheet;
import org.parcheck.answering.Finding;
import org.parcheck.app.AppServices;
import org.parcheck.plan.AdminUnit;
import org.parcheck.plan.Visit;
import org.parcheck.report.PlanSummaryModel.VisitResult;
import org.parcheck.scoring.explain.Display;

/** Ranking with ties, change against the previous visit, common limitations, unknown plan. */
class PlanSummaryBuilderTest {

    @TempDir
    Path dataDir;

    @Test
    void equalCardsShareARankAndAChangeIsMeasuredAgainstTheSameUnitsPreviousVisit() {
        try (AppServices services = AppServices.open(dataDir)) {
            AnswerService answers = services.answerService();
            long haLang = SeedReports.haLangVisitId(services);
            Visit original = answers.open(haLang).visit();
            AnswerSheet sheet = answers.sheet(haLang);
            long planId = original.planId();

            // another district with exactly the same answers, and a later visit to Hạ Lang itself
            AdminUnit hl = services.unitService().units().stream().filter(u -> u.id() == original.unitId())
                    .findFirst().orElseThrow();
            AdminUnit other = services.unitService().save(AdminUnit.create(hl.type(), "TEST-TA", "Thạch An",
                    hl.parentId()));
            long twin = copy(services, sheet, original, other.id(), original.date());
            long later = copy(services, sheet, original, original.unitId(), original.date().plusMonths(2));
            // typed with ASCII quotes: printed with typographic ones (#16 §6)
            answers.saveFinding(twin, Finding.of(Finding.Kind.LIMITATION, "  Chưa   CẬP NHẬT \"cổng\" thông tin ",
                    null));
            answers.saveFinding(later, Finding.of(Finding.Kind.LIMITATION, "chưa cập nhật \"cổng\" thông tin",
                    null));

            PlanSummaryModel model = services.planSummaries().model(planId);
            List<VisitResult> scored = model.visits().stream().filter(VisitResult::scored).toList();
            assertThat(scored).hasSize(3);
            VisitResult first = scored.get(0);
            assertThat(first.visitId()).isEqualTo(haLang);
            assertThat(first.rank()).isEqualTo(1);
            // the two copies (answers and figures, no evidence) have equal cards: they share rank 2
            assertThat(scored.subList(1, 3)).extracting(VisitResult::visitId).containsExactlyInAnyOrder(twin, later);
            assertThat(scored.subList(1, 3)).allSatisfy(v -> {
                assertThat(v.rank()).isEqualTo(2);
                assertThat(v.percent()).isEqualByComparingTo(scored.get(1).percent());
            });
            assertThat(model.visits().stream().filter(v -> !v.scored())).hasSize(2).allSatisfy(v -> {
                assertThat(v.rank()).isNull();
                assertThat(v.rankText()).isEqualTo("—");
            });
            VisitResult again = scored.stream().filter(v -> v.visitId() == later).findFirst().orElseThrow();
            // the change is between the percentages as printed (#16 §7)
            assertThat(again.change()).isEqualByComparingTo(Display.round2(again.percent())
                    .subtract(Display.round2(first.percent())));
            assertThat(again.changeText()).isEqualTo("−14,82");
            VisitResult thachAn = scored.stream().filter(v -> v.visitId() == twin).findFirst().orElseThrow();
            assertThat(thachAn.change()).isNull();
            assertThat(first.change()).isNull();
            assertThat(first.changeText()).isEqualTo("—");
            assertThat(model.counts().get(model.counts().size() - 1).count()).isEqualTo(2);
            assertThat(model.limitations()).isNotEmpty();
            assertThat(model.limitations().get(0).count()).isEqualTo(2);
            assertThat(model.limitations().get(0).text()).isEqualTo("Chưa   CẬP NHẬT “cổng” thông tin");
            assertThat(model.areas()).allSatisfy(a -> assertThat(a.visits()).isEqualTo(3));
        }
    }

    @Test
    void unknownPlanIsRefused() {
        try (AppServices services = AppServices.open(dataDir)) {
            assertThatThrownBy(() -> services.planSummaries().model(987_654L))
                    .isInstanceOf(UnknownPlanException.class);
        }
    }

    @Test
    void limitationsAreGroupedByNormalisedText() {
        assertThat(PlanSummaryBuilder.limitationKey(" Hồ  sơ\tTRỄ hạn ")).isEqualTo("hồ sơ trễ hạn");
        // decomposed (NFD) and composed text are the same limitation
        assertThat(PlanSummaryBuilder.limitationKey("Tre\u0302\u0301 ha\u0323n"))
                .isEqualTo(PlanSummaryBuilder.limitationKey("Trễ hạn".replace("ễ", "ế")));
    }

    private static long copy(AppServices services, AnswerSheet sheet, Visit original, long unitId,
                             java.time.LocalDate date) {
        Visit visit = services.plans().insertVisit(Visit.planned(original.planId(), unitId, date, original.place())
                .withFrameworkVersion(original.frameworkVersionId()));
        for (Answer answer : sheet.answers().values()) {
            services.answerService().saveAnswer(visit.id(), answer);
        }
        for (Map.Entry<String, BigDecimal> figure : sheet.figures().entrySet()) {
            services.answerService().saveFigure(visit.id(), figure.getKey(), figure.getValue());
        }
        return visit.id();
    }
}
