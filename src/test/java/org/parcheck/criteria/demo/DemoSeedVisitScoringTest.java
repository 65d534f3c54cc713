package org.parcheck.criteria.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parcheck.scoring.AnswerValue;
import org.parcheck.scoring.ItemAnswer;
import org.parcheck.scoring.ItemScore;
import org.parcheck.scoring.ItemStatus;
import org.parcheck.scoring.ScoreCard;
import org.parcheck.scoring.ScoringEngine;
import org.parcheck.scoring.VisitAnswers;
import org.parcheck.scoring.explain.ExplanationFormatter;

/** The seed visit (Hạ Lang, 2021) scored against the district demo framework, with Vietnamese explanations. */
class DemoSeedVisitScoringTest {

    private static final MathContext MC = MathContext.DECIMAL64;
    private static final BigDecimal TOLERANCE = new BigDecimal("0.000000001");

    private static final ScoringEngine ENGINE = new ScoringEngine();
    private static final ExplanationFormatter VI = new ExplanationFormatter(ExplanationFormatter.VIETNAMESE);

    private static ScoreCard card;

    @BeforeAll
    static void scoreTheSeedVisit() {
        card = ENGINE.score(DemoFrameworks.districtScoringDef(), DemoFrameworks.seedAnswers());
    }

    private static String vi(String code) {
        return VI.format(card.item(code).explanation());
    }

    @Test
    void onTimeRatioIs8652PercentAndEarnsNothingBelowNinetyPercent() {
        ItemScore onTime = card.item("3.2.2");
        assertThat(onTime.status()).isEqualTo(ItemStatus.SCORED);
        assertThat(onTime.score()).isEqualByComparingTo("0");
        assertThat(vi("3.2.2")).contains("924").contains("1.068").contains("86,52%").contains("90%");
        // The unit claimed full marks; the inspection says 0.
        assertThat(onTime.selfDifference()).isEqualByComparingTo("-3");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            3.3.1 | 40,15% | 434   | 1.081
            7.1.1 | 95,31% | 3.432 | 3.601
            3.2.1 | 98,80% | 1.068 | 1.081
            3.2.4 | 8,70%  | 94    | 1.081
            6.2.1 | 12,82% | 5     | 39
            """)
    void ratioExplanationsShowTheArithmetic(String code, String percent, String numerator, String denominator) {
        assertThat(card.item(code).status()).isEqualTo(ItemStatus.SCORED);
        assertThat(vi(code)).contains(percent).contains(numerator + " / " + denominator);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(textBlock = """
            3.3.1, 2604, 1081
            3.2.1, 2136, 1081
            6.2.1, 10, 39
            7.1.1, 9, 4
            3.2.4, 1, 1
            4.2.2, 5, 2
            3.3.2, 1, 2
            """)
    void itemScoresFollowTheirRules(String code, long numerator, long denominator) {
        BigDecimal expected = BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), MC);
        assertThat(card.item(code).score()).isCloseTo(expected, within(TOLERANCE));
    }

    @Test
    void proceduresPostedIsNotAssessableWithoutTheProceduresInScope() {
        ItemScore posted = card.item("3.1.1");
        assertThat(posted.status()).isEqualTo(ItemStatus.NOT_ASSESSABLE);
        assertThat(posted.score()).isNull();
        assertThat(card.notAssessable()).containsExactly("3.1.1");
        assertThat(VI.format(posted.explanation())).contains("TTHC thuộc thẩm quyền giải quyết");
    }

    @Test
    void figuresAreConsistentAndTheSumConstraintWouldCatchAnError() {
        assertThat(card.issues()).isEmpty();
        assertThat(card.invalidItems()).isEmpty();

        VisitAnswers broken = DemoFrameworks.seedAnswers()
                .withFigure(DemoFigures.IN_PROGRESS, BigDecimal.valueOf(14));
        ScoreCard brokenCard = ENGINE.score(DemoFrameworks.districtScoringDef(), broken);
        assertThat(brokenCard.issues())
                .anySatisfy(issue -> assertThat(issue.figureCode()).isEqualTo(DemoFigures.RECEIVED));
        assertThat(brokenCard.item("3.2.1").status()).isEqualTo(ItemStatus.INVALID);
        assertThat(brokenCard.item("3.3.1").status()).isEqualTo(ItemStatus.INVALID);
    }

    @Test
    void unansweredItemsShowAsMissing() {
        assertThat(card.missing()).containsExactlyInAnyOrder("4.3.1", "7.4.3", "8.1.5", "8.2.3");
        assertThat(card.complete()).isFalse();
    }

    @Test
    void totalPercentAndClassificationMatchAHandComputation() {
        // Typed answers add up to 71.11 points; the ratio items add 4740/1081 (3.2.1 + 3.3.1) and 10/39 (6.2.1);
        // one late report deducts 0.25. Scored maximum: 100 minus 3.1.1 (2), 4.3.1 (1), 7.4.3 (1), 8.1.5 (1.2)
        // and 8.2.3 (2) = 92.8.
        BigDecimal expected = new BigDecimal("71.11")
                .add(new BigDecimal(4740).divide(new BigDecimal(1081), MC))
                .add(BigDecimal.TEN.divide(new BigDecimal(39), MC))
                .subtract(new BigDecimal("0.25"));
        assertThat(card.deduction()).isEqualByComparingTo("0.25");
        assertThat(card.bonus()).isEqualByComparingTo("0");
        assertThat(card.total()).isCloseTo(expected, within(TOLERANCE));
        assertThat(card.total()).isBetween(BigDecimal.ZERO, new BigDecimal(100));
        assertThat(card.base().scoredMax()).isEqualByComparingTo("92.8");
        assertThat(card.percent()).isCloseTo(expected.multiply(new BigDecimal(100)).divide(new BigDecimal("92.8"), MC),
                within(TOLERANCE));
        assertThat(VI.percent(card.percent())).isEqualTo("81,36%");
        assertThat(card.classification()).isNotNull();
        assertThat(card.classification().labelVi()).isEqualTo("Khá");
    }

    @Test
    void everyExplanationHasAVietnameseText() {
        for (ItemScore item : card.items()) {
            String text = VI.format(item.explanation());
            assertThat(text).as(item.code()).isNotBlank().doesNotStartWith(item.explanation().code());
        }
    }

    @Test
    void failingTheCriticalPlanItemZeroesAreaOne() {
        assertThat(card.node("1").zeroedByCritical()).isNull();
        VisitAnswers noPlan = DemoFrameworks.seedAnswers()
                .withItem("1.1.1", ItemAnswer.of(AnswerValue.no()).withEvidence(1));
        ScoreCard noPlanCard = ENGINE.score(DemoFrameworks.districtScoringDef(), noPlan);
        assertThat(noPlanCard.criticalFailures()).containsExactly("1.1.1");
        assertThat(noPlanCard.node("1").zeroedByCritical()).isEqualTo("1.1.1");
        assertThat(noPlanCard.node("1").subtotal().achieved()).isEqualByComparingTo("0");
        assertThat(noPlanCard.total()).isLessThan(card.total().subtract(new BigDecimal("9")));
    }

    @Test
    void evidenceRequiredItemScoresZeroWithoutEvidence() {
        VisitAnswers noEvidence = DemoFrameworks.seedAnswers().withItem("1.2", ItemAnswer.of(AnswerValue.choice("A")));
        ScoreCard noEvidenceCard = ENGINE.score(DemoFrameworks.districtScoringDef(), noEvidence);
        assertThat(noEvidenceCard.item("1.2").score()).isEqualByComparingTo("0");
        assertThat(card.item("1.2").score()).isEqualByComparingTo("2");
    }

    @Test
    void seedFiguresAlsoScoreTheCommuneFramework() {
        Map<String, BigDecimal> figures = DemoVisitAnswers.haLangFigures();
        ScoreCard commune = ENGINE.score(DemoFrameworks.communeScoringDef(), new VisitAnswers(Map.of(), figures));
        assertThat(commune.issues()).isEmpty();
        assertThat(VI.format(commune.item("3.2.2").explanation())).contains("86,52%");
        assertThat(commune.item("3.1.1").status()).isEqualTo(ItemStatus.NOT_ASSESSABLE);
        assertThat(commune.item("6.1.1").score()).isCloseTo(
                new BigDecimal(3 * 3432).divide(new BigDecimal(3601), MC), within(TOLERANCE));
    }
}
