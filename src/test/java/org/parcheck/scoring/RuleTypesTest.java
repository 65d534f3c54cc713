package org.parcheck.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.parcheck.scoring.Fixtures.answers;
import static org.parcheck.scoring.Fixtures.d;
import static org.parcheck.scoring.Fixtures.scoreSingle;
import static org.parcheck.scoring.Fixtures.single;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

/** One table per rule type: scores, statuses and explanation codes, including the edges. */
class RuleTypesTest {

    private static void assertScore(String expected, ItemScore item) {
        assertEquals(ItemStatus.SCORED, item.status(), () -> "status of " + item);
        assertEquals(0, d(expected).compareTo(item.score()), () -> "score " + item.score() + " of " + item);
    }

    private static void assertRounded(String expected, ItemScore item) {
        assertEquals(ItemStatus.SCORED, item.status(), () -> "status of " + item);
        assertEquals(d(expected), item.score().setScale(4, RoundingMode.HALF_UP));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # inverted, yes,   max, score, code
            false,      true,  2,   2,     yesNo.yesFull
            false,      false, 2,   0,     yesNo.noZero
            true,       false, 2,   2,     yesNo.noFull
            true,       true,  2,   0,     yesNo.yesZero
            false,      true,  0.5, 0.5,   yesNo.yesFull
            """)
    void yesNo(boolean inverted, boolean yes, String max, String score, String code) {
        ItemScore item = scoreSingle(single(new YesNoRule(inverted), max),
                answers(ItemAnswer.of(yes ? AnswerValue.yes() : AnswerValue.no())));
        assertScore(score, item);
        assertEquals(code, item.explanation().code());
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # choice, score, fullMarks
            A,        2,     fullMarks.already
            B,        1.2,   fullMarks.choose
            C,        0.4,   fullMarks.choose
            D,        0,     fullMarks.choose
            """)
    void choice(String choice, String score, String fullMarks) {
        ChoiceRule rule = new ChoiceRule(List.of(ChoiceOption.of("A", "Tốt", "2"), ChoiceOption.of("B", "Khá", "1.2"),
                ChoiceOption.of("C", "Trung bình", "0.4"), ChoiceOption.of("D", "Kém", "0")));
        ItemScore item = scoreSingle(single(rule, "2"), answers(ItemAnswer.of(AnswerValue.choice(choice))));
        assertScore(score, item);
        assertEquals("choice.selected", item.explanation().code());
        assertEquals(fullMarks, item.fullMarks().code());
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # mode,          value, score, code,                        shown threshold
            POINTS,          0,     0,     number.belowThreshold,       1
            POINTS,          1,     0.5,   number.belowThreshold,       3
            POINTS,          2,     0.5,   number.belowThreshold,       3
            POINTS,          3,     1,     number.belowThreshold,       5
            POINTS,          5,     2,     number.atOrAboveThreshold,   5
            POINTS,          500,   2,     number.atOrAboveThreshold,   5
            FRACTION_OF_MAX, 1,     2,     number.belowThreshold,       3
            FRACTION_OF_MAX, 3,     3,     number.belowThreshold,       5
            FRACTION_OF_MAX, 6,     4,     number.atOrAboveThreshold,   5
            """)
    void numberBands(BandValue mode, String value, String score, String code, String shown) {
        List<Threshold> thresholds = mode == BandValue.POINTS
                ? List.of(Threshold.of("1", "0.5"), Threshold.of("3", "1"), Threshold.of("5", "2"))
                : List.of(Threshold.of("1", "0.5"), Threshold.of("3", "0.75"), Threshold.of("5", "1"));
        String max = mode == BandValue.POINTS ? "2" : "4";
        NumberBandsRule rule = new NumberBandsRule(null, NumberKind.COUNT, mode, thresholds);
        ItemScore item = scoreSingle(single(rule, max), answers(ItemAnswer.of(AnswerValue.number(value))));
        assertScore(score, item);
        assertEquals(code, item.explanation().code());
        assertEquals(0, d(shown).compareTo((BigDecimal) item.explanation().args().get(1)));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # figure value, score, status
            6,              2,     SCORED
            2,              0.5,   SCORED
            """)
    void numberBandsReadsAFigure(String figure, String score, ItemStatus status) {
        NumberBandsRule rule = new NumberBandsRule("den", NumberKind.COUNT, BandValue.POINTS,
                List.of(Threshold.of("1", "0.5"), Threshold.of("3", "1"), Threshold.of("5", "2")));
        ItemScore item = scoreSingle(single(rule, "2"), answers(null, "den=" + figure));
        assertEquals(status, item.status());
        assertScore(score, item);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # num, den,  score, code,                      shown threshold, fullMarks
            924,   1068, 0.5,   ratio.belowThreshold,      95,              fullMarks.ratioCount
            95,    100,  1,     ratio.atOrAboveThreshold,  95,              fullMarks.already
            19,    20,   1,     ratio.atOrAboveThreshold,  95,              fullMarks.already
            94,    100,  0.5,   ratio.belowThreshold,      95,              fullMarks.ratioCount
            80,    100,  0.5,   ratio.belowThreshold,      95,              fullMarks.ratioCount
            79,    100,  0,     ratio.belowThreshold,      80,              fullMarks.ratioCount
            0,     100,  0,     ratio.belowThreshold,      80,              fullMarks.ratioCount
            100,   100,  1,     ratio.atOrAboveThreshold,  95,              fullMarks.already
            """)
    void ratioBands(String num, String den, String score, String code, String shown, String fullMarks) {
        RatioBandsRule rule = new RatioBandsRule("num", "den", BandValue.POINTS,
                List.of(Threshold.of("80", "0.5"), Threshold.of("95", "1")));
        ItemScore item = scoreSingle(single(rule, "1"), answers(ItemAnswer.empty(), "num=" + num, "den=" + den));
        assertScore(score, item);
        assertEquals(code, item.explanation().code());
        assertEquals(0, d(shown).compareTo((BigDecimal) item.explanation().args().get(3)));
        assertEquals(fullMarks, item.fullMarks().code());
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # num, den,  needed for 95 %
            924,   1068, 1015
            0,     20,   19
            1,     1,    1
            0,     7,    7
            """)
    void fullMarksGivesTheLeastWholeNumerator(String num, String den, String needed) {
        RatioBandsRule rule = new RatioBandsRule("num", "den", BandValue.POINTS,
                List.of(Threshold.of("80", "0.5"), Threshold.of("95", "1")));
        ItemScore item = scoreSingle(single(rule, "1"), answers(ItemAnswer.empty(), "num=" + num, "den=" + den));
        if (item.score().compareTo(BigDecimal.ONE) < 0) {
            assertEquals("fullMarks.ratioCount", item.fullMarks().code());
            assertEquals(0, d(needed).compareTo((BigDecimal) item.fullMarks().args().get(0)));
        } else {
            assertEquals("fullMarks.already", item.fullMarks().code());
        }
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # rule,        num, den, code,                 fullMarks
            RATIO_BANDS,   0,   0,   item.zeroDenominator, fullMarks.ratioPercent
            PROPORTIONAL,  0,   0,   item.zeroDenominator, fullMarks.ratioPercent
            TARGET,        0,   0,   item.zeroDenominator, fullMarks.ratioPercent
            RATIO_BANDS,   5,   ,    item.unknownFigure,   fullMarks.ratioPercent
            PROPORTIONAL,  ,    10,  item.unknownFigure,   fullMarks.ratioCount
            TARGET,        ,    ,    item.unknownFigure,   fullMarks.ratioPercent
            """)
    void unknownOrZeroDenominatorIsNotAssessableNeverZero(String rule, String num, String den, String code,
            String fullMarks) {
        VisitAnswers answers = answers(ItemAnswer.empty());
        if (num != null) {
            answers = answers.withFigure("num", d(num));
        }
        if (den != null) {
            answers = answers.withFigure("den", d(den));
        }
        ItemScore item = scoreSingle(single(ratioRule(rule), "1"), answers);
        assertEquals(ItemStatus.NOT_ASSESSABLE, item.status());
        assertNull(item.score());
        assertEquals(code, item.explanation().code());
        assertEquals(fullMarks, item.fullMarks().code());
    }

    /** The three ratio rules by name, for the table above. */
    private static ScoringRule ratioRule(String name) {
        return switch (name) {
            case "RATIO_BANDS" -> new RatioBandsRule("num", "den", BandValue.FRACTION_OF_MAX,
                    List.of(Threshold.of("50", "0.5"), Threshold.of("100", "1")));
            case "PROPORTIONAL" -> new ProportionalRule("num", "den");
            default -> new ProportionalToTargetRule("num", "den", d("80"));
        };
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # num, den,  max, score (4 dp)
            434,   1081, 2,   0.8030
            0,     5,    2,   0.0000
            5,     5,    2,   2.0000
            1,     3,    1,   0.3333
            3432,  3601, 1,   0.9531
            """)
    void proportional(String num, String den, String max, String score) {
        ItemScore item = scoreSingle(single(new ProportionalRule("num", "den"), max),
                answers(ItemAnswer.empty(), "num=" + num, "den=" + den));
        assertRounded(score, item);
        assertEquals("proportional.score", item.explanation().code());
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # num, den,  target, score (4 dp), code
            434,   1081, 50,     1.6059,       target.below
            50,    100,  50,     2.0000,       target.reached
            60,    100,  50,     2.0000,       target.reached
            25,    100,  50,     1.0000,       target.below
            0,     10,   50,     0.0000,       target.below
            98,    100,  98,     2.0000,       target.reached
            """)
    void proportionalToTarget(String num, String den, String target, String score, String code) {
        ItemScore item = scoreSingle(single(new ProportionalToTargetRule("num", "den", d(target)), "2"),
                answers(ItemAnswer.empty(), "num=" + num, "den=" + den));
        assertRounded(score, item);
        assertEquals(code, item.explanation().code());
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # manual, reason,          status,  score, code
            1.5,      Có kế hoạch,     SCORED,  1.5,   manual.scored
            2,        Đầy đủ,          SCORED,  2,     manual.scored
            0,        Không thực hiện, SCORED,  0,     manual.scored
            2.5,      Quá điểm,        INVALID, ,      invalid.manualOutOfRange
            -1,       Âm,              INVALID, ,      invalid.manualOutOfRange
            1,        '',              INVALID, ,      invalid.manualNoReason
            1,        ,                INVALID, ,      invalid.manualNoReason
            ,         ,                MISSING, ,      item.missing
            """)
    void manual(String manual, String reason, ItemStatus status, String score, String code) {
        ItemAnswer answer = manual == null ? ItemAnswer.empty() : ItemAnswer.manual(d(manual), reason);
        ItemScore item = scoreSingle(single(new ManualRule(""), "2"), answers(answer));
        assertEquals(status, item.status());
        assertEquals(code, item.explanation().code());
        if (score == null) {
            assertNull(item.score());
        } else {
            assertScore(score, item);
        }
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # type,      occurrences, score, code
            BONUS,       0,           0,     bonus.score
            BONUS,       1,           0.5,   bonus.score
            BONUS,       2,           1,     bonus.score
            BONUS,       3,           1,     bonus.itemCapped
            DEDUCTION,   1,           0.25,  deduction.score
            DEDUCTION,   4,           1,     deduction.score
            DEDUCTION,   5,           1,     deduction.itemCapped
            """)
    void bonusAndDeductionPerOccurrenceCappedPerItem(String type, String occurrences, String score, String code) {
        ScoringRule rule = type.equals("BONUS")
                ? new BonusRule(d("0.5")) : new DeductionRule(d("0.25"));
        ItemScore item = scoreSingle(single(rule, "1"), answers(ItemAnswer.of(AnswerValue.occurrences(occurrences))));
        assertScore(score, item);
        assertEquals(code, item.explanation().code());
    }
}
