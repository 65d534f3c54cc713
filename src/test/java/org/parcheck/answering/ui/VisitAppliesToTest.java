package org.parcheck.answering.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.answering.Answer;
import org.parcheck.app.AppServices;
import org.parcheck.common.domain.UnitType;
import org.parcheck.common.fx.SameThreadExecutor;
import org.parcheck.common.i18n.Messages;
import org.parcheck.criteria.FrameworkHeader;
import org.parcheck.criteria.FrameworkVersion;
import org.parcheck.criteria.StoredFramework;
import org.parcheck.plan.Visit;
import org.parcheck.report.SeedReports;
import org.parcheck.report.ScoringRulesOnPaperTest;
import org.parcheck.scoring.ItemStatus;
import org.parcheck.scoring.ScoreCard;
import org.parcheck.scoring.explain.ExplanationFormatter;

/** #16 §7 on the visit screen: an item for communes only, at a district, reads "Không áp dụng cho huyện". */
class VisitAppliesToTest {

    @TempDir
    Path dataDir;

    @Test
    void anItemForOtherUnitTypesIsShownNotApplicableAndTheResultIsFinal() {
        try (AppServices services = AppServices.open(dataDir)) {
            Visit seed = services.answerService().open(SeedReports.haLangVisitId(services)).visit();
            StoredFramework framework = services.frameworkService().create(FrameworkHeader.create("Bộ thử §7", "",
                    Set.of(UnitType.DISTRICT, UnitType.COMMUNE), false), FrameworkVersion.draft(1, 2026, "Thử"),
                    ScoringRulesOnPaperTest.content());
            Visit visit = services.plans().insertVisit(Visit.planned(seed.planId(), seed.unitId(),
                    seed.date().plusDays(1), seed.place()).withFrameworkVersion(framework.version().id()));
            services.answerService().saveAnswer(visit.id(), Answer.empty("1.1").withValue(Answer.YES));
            services.answerService().saveAnswer(visit.id(), Answer.empty("1.3").withValue("0"));

            VisitViewModel vm = new VisitViewModel(visit.id(), services.answerService(), new SameThreadExecutor(),
                    new Messages(Messages.VIETNAMESE), () -> { }, TestExporters.of(services));
            vm.load();

            ItemEntry communeOnly = vm.entries().stream().filter(e -> e.code().equals("1.2")).findFirst()
                    .orElseThrow();
            assertThat(communeOnly.status()).isEqualTo(ItemStatus.NOT_APPLICABLE);
            assertThat(communeOnly.scoreTextProperty().get()).isEqualTo("Không áp dụng cho huyện");
            assertThat(communeOnly.explanation()).startsWith("Không áp dụng cho huyện");
            // read-only: the checklist disables its inputs, and nothing typed there is saved
            assertThat(communeOnly.outOfScopeProperty().get()).isTrue();
            assertThat(vm.entries().stream().filter(e -> e.code().equals("1.1")).findFirst().orElseThrow()
                    .outOfScopeProperty().get()).isFalse();
            communeOnly.valueProperty().set(Answer.YES);
            vm.commit(communeOnly);
            assertThat(services.answerService().sheet(visit.id()).answers()).doesNotContainKey("1.2");
            assertThat(vm.score().percentTextProperty().get()).isEqualTo("100,00%");
            assertThat(vm.score().classificationTextProperty().get()).isEqualTo("Tốt");
        }
    }

    /** The seed visit is provisional: "points / maximum" beside the percentage uses the scored maximum. */
    @Test
    void theTotalBesideAProvisionalPercentageIsOverTheScoredMaximum() {
        try (AppServices services = AppServices.open(dataDir)) {
            long visitId = SeedReports.haLangVisitId(services);
            VisitViewModel vm = new VisitViewModel(visitId, services.answerService(), new SameThreadExecutor(),
                    new Messages(Messages.VIETNAMESE), () -> { }, TestExporters.of(services));
            vm.load();
            ScoreCard card = services.answerService().score(services.answerService().open(visitId),
                    services.answerService().sheet(visitId));
            assertThat(card.complete()).isFalse();
            assertThat(card.base().scoredMax()).isNotEqualByComparingTo(card.base().applicableMax());
            ExplanationFormatter vi = new ExplanationFormatter(ExplanationFormatter.VIETNAMESE);
            // points as shown everywhere (#16 §1): two decimals where they are not whole
            assertThat(vm.score().totalTextProperty().get()).isEqualTo("Tổng điểm: " + vi.points(card.total()) + " / "
                    + vi.points(card.base().scoredMax()));
        }
    }
}
