package org.parcheck.answering.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parcheck.app.AppServices;
import org.parcheck.common.fx.SameThreadExecutor;
import org.parcheck.common.i18n.Messages;
import org.parcheck.plan.PlanOverview;
import org.parcheck.plan.VisitOverview;

/**
 * Issue #16 §1 on the visit screen, without the FX toolkit: figures typed as officials write them ("1.200",
 * "1 200") are read as meant and shown as understood; points read the same everywhere ("0,75 / 1,50", never "−0").
 */
class VisitNumbersTest {

    @TempDir
    Path dataDir;
    private AppServices services;
    private long visitId;
    private VisitViewModel vm;

    @BeforeEach
    void setUp() {
        services = AppServices.open(dataDir);
        PlanOverview plan = services.planService().overviews().get(0);
        VisitOverview haLang = services.planService().visits(plan.plan().id()).stream()
                .filter(v -> v.unitDisplayName().equals("huyện Hạ Lang")).findFirst().orElseThrow();
        visitId = haLang.visit().id();
        vm = new VisitViewModel(visitId, services.answerService(), new SameThreadExecutor(),
                new Messages(Messages.VIETNAMESE), () -> { }, TestExporters.of(services));
        vm.load();
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    private FigureEntry figure(String code) {
        return vm.figures().stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "\"{0}\" in a count of dossiers is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1.200       | 1200 | = 1.200 hồ sơ
            '1 200'     | 1200 | = 1.200 hồ sơ
            '1\u00a0200' | 1200 | = 1.200 hồ sơ
            1200        | 1200 | = 1.200 hồ sơ
            1.068       | 1068 | = 1.068 hồ sơ
            """)
    void aFigureCopiedFromAUnitsReportIsReadAsMeantAndShownAsUnderstood(String typed, String stored, String shown) {
        FigureEntry received = figure("received");
        received.valueProperty().set(typed);
        assertThat(received.understoodProperty().get()).isEqualTo(shown);
        vm.commitFigure(received);
        assertThat(received.errorProperty().get()).doesNotContain("số nguyên").doesNotContain("Không đọc được");
        assertThat(services.answerService().sheet(visitId).figures().get("received"))
                .isEqualByComparingTo(new BigDecimal(stored));
    }

    @Test
    void anAmbiguousCommaIsShownAsTheDecimalItIsReadAs() {
        FigureEntry received = figure("received");
        received.valueProperty().set("1,200");
        assertThat(received.understoodProperty().get()).isEqualTo("= 1,2 hồ sơ");
        vm.commitFigure(received);
        assertThat(received.errorProperty().get()).as("1,2 dossiers is refused, visibly").isNotBlank();
    }

    @Test
    void garbageIsRefusedWithHowToWriteItAndNothingIsSaved() {
        FigureEntry received = figure("received");
        BigDecimal before = services.answerService().sheet(visitId).figures().get("received");
        received.valueProperty().set("52o");
        assertThat(received.understoodProperty().get()).isEqualTo("hồ sơ");
        vm.commitFigure(received);
        assertThat(received.errorProperty().get()).contains("1.200,5");
        assertThat(services.answerService().sheet(visitId).figures().get("received")).isEqualTo(before);
        received.valueProperty().set("1.2.3,4,5");
        vm.commitFigure(received);
        assertThat(received.errorProperty().get()).contains("Không đọc được");
    }

    @Test
    void pointsHaveTwoDecimalsWhereNotWholeAndNeverMinusZero() {
        ItemEntry partly = vm.entry("1.3.2").orElseThrow();
        partly.valueProperty().set("B");
        vm.commit(partly);
        assertThat(partly.scoreTextProperty().get()).isEqualTo("0,75 / 1,50");

        partly.selfScoreProperty().set("0,7");
        vm.commit(partly);
        assertThat(partly.selfDifferenceProperty().get()).isEqualTo("Tự chấm 0,70 · chênh lệch +0,05");
        partly.selfScoreProperty().set("0.749");
        vm.commit(partly);
        assertThat(partly.selfDifferenceProperty().get()).as("a difference shown as 0 is no difference").isEmpty();

        ItemEntry late = vm.entry("1.6").orElseThrow();
        late.valueProperty().set("0");
        vm.commit(late);
        assertThat(late.scoreTextProperty().get()).isEqualTo("0 / 1");
        late.valueProperty().set("2");
        vm.commit(late);
        assertThat(late.scoreTextProperty().get()).isEqualTo("−0,50 / 1");

        assertThat(vm.entries()).allSatisfy(e -> assertThat(e.scoreTextProperty().get())
                .doesNotStartWith("−0 ").doesNotMatch(".*,\\d( .*|$)"));
        assertThat(vm.areas()).allSatisfy(a -> assertThat(a.points()).doesNotMatch(".*,\\d( .*|$)"));
        assertThat(vm.score().totalTextProperty().get()).doesNotMatch(".*,\\d( .*|$)");
    }

    @Test
    void aManualScoreTypedWithADotByEnglishHabitIsADecimal() {
        ItemEntry manual = vm.entries().stream().filter(e -> e.kind() == ItemEntry.InputKind.MANUAL).findFirst()
                .orElseThrow();
        manual.valueProperty().set("0.25");
        manual.manualReasonProperty().set("Một phần");
        vm.commit(manual);
        assertThat(manual.errorProperty().get()).isEmpty();
        assertThat(services.answerService().sheet(visitId).answer(manual.code()).manualScore())
                .isEqualByComparingTo("0.25");
        assertThat(manual.scoreTextProperty().get()).startsWith("0,25 / ");
    }
}
