package org.parcheck.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.parcheck.scoring.Fixtures.area;
import static org.parcheck.scoring.Fixtures.d;
import static org.parcheck.scoring.Fixtures.leaf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parcheck.scoring.rules.BonusRule;
import org.parcheck.scoring.rules.DeductionRule;
import org.parcheck.scoring.rules.YesNoRule;

/** Sums, percentages, N/A, caps, critical items, evidence and manual overrides. */
class AggregationTest {

    private final ScoringEngine engine = new ScoringEngine();

    /** Area 1: 1.1 (2 pts), 1.2 (3 pts, critical); area 2: 2.1 (5 pts); bonus B.1, deduction B.2. */
    private FrameworkDef framework(CriticalScope scope, String bonusCap, String deductionCap) {
        NodeDef area1 = area("1", leaf("1.1", "2", new YesNoRule(false)),
                leaf("1.2", "3", new YesNoRule(false)).withCritical(scope));
        NodeDef area2 = area("2", leaf("2.1", "5", new YesNoRule(false)));
        NodeDef adjustments = area("9", leaf("9.1", "3", new BonusRule(d("1"))), leaf("9.2", "3",
                new DeductionRule(d("1"))));
        return Fixtures.framework(List.of(area1, area2, adjustments), bonusCap, deductionCap);
    }

    private static VisitAnswers yes(String... codes) {
        Map<String, ItemAnswer> items = new HashMap<>();
        for (String code : codes) {
            items.put(code, ItemAnswer.of(AnswerValue.yes()));
        }
        return new VisitAnswers(items, Map.of());
    }

    private static VisitAnswers with(VisitAnswers answers, String code, ItemAnswer answer) {
        return answers.withItem(code, answer);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # answers (yes / no / na per 1.1 1.2 2.1), total, applicableMax, percent, band
            yes yes yes,    10, 10, 100, TOT
            yes no  yes,    7,  10, 70,  TRUNG_BINH
            na  yes yes,    8,  8,  100, TOT
            no  na  na,     0,  2,  0,   YEU
            yes yes no,     5,  10, 50,  YEU
            no  yes yes,    8,  10, 80,  KHA
            """)
    void percentIsAchievedOverApplicableMaximum(String pattern, String total, String applicable, String percent,
            String band) {
        String[] values = pattern.trim().split("\\s+");
        String[] codes = {"1.1", "1.2", "2.1"};
        VisitAnswers answers = VisitAnswers.empty();
        for (int i = 0; i < codes.length; i++) {
            ItemAnswer answer = switch (values[i]) {
                case "yes" -> ItemAnswer.of(AnswerValue.yes());
                case "no" -> ItemAnswer.of(AnswerValue.no());
                default -> ItemAnswer.notApplicableAnswer();
            };
            answers = answers.withItem(codes[i], answer);
        }
        ScoreCard card = engine.score(framework(CriticalScope.NONE, null, null), answers);
        assertEquals(0, d(total).compareTo(card.total()));
        assertEquals(0, d(applicable).compareTo(card.base().applicableMax()));
        assertEquals(0, d(percent).compareTo(card.percent()));
        assertEquals(band, card.classification().code());
        assertEquals(List.of("9.1", "9.2"), card.missing());
    }

    @Test
    void notApplicableEverywhereLeavesNoPercentNotAZero() {
        VisitAnswers answers = VisitAnswers.empty();
        for (String code : List.of("1.1", "1.2", "2.1", "9.1", "9.2")) {
            answers = answers.withItem(code, ItemAnswer.notApplicableAnswer());
        }
        ScoreCard card = engine.score(framework(CriticalScope.NONE, null, null), answers);
        assertEquals(0, card.base().applicableMax().signum());
        assertNull(card.percent());
        assertNull(card.classification());
        assertNull(card.node("1").subtotal().percent());
        assertEquals("item.notApplicable", card.item("1.1").explanation().code());
        assertNull(card.item("1.1").fullMarks());
        assertEquals(0, card.item("1.1").applicableMax().signum());
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # bonus n, deduction n, bonus cap, deduction cap, bonus, deduction, total, notes (a total over the
            # maximum of 10 gives a percentage of 100, with a note: #16 §7)
            1,         0,           2,         2,             1,     0,         11,    total.percentCapped
            3,         0,           2,         2,             2,     0,        12, total.bonusCapped;total.percentCapped
            5,         0,           2,         2,             2,     0,        12, total.bonusCapped;total.percentCapped
            0,         2,           2,         2,             0,     2,         8,     ''
            0,         3,           2,         1.5,           0,     1.5,       8.5,   total.deductionCapped
            2,         2,           5,         5,             2,     2,         10,    ''
            """)
    void bonusAndDeductionAreCappedPerItemAndPerFramework(String bonusCount, String deductionCount, String bonusCap,
            String deductionCap, String bonus, String deduction, String total, String note) {
        VisitAnswers answers = with(with(yes("1.1", "1.2", "2.1"), "9.1",
                ItemAnswer.of(AnswerValue.occurrences(bonusCount))), "9.2",
                ItemAnswer.of(AnswerValue.occurrences(deductionCount)));
        ScoreCard card = engine.score(framework(CriticalScope.NONE, bonusCap, deductionCap), answers);
        assertEquals(0, d(bonus).compareTo(card.bonus()));
        assertEquals(0, d(deduction).compareTo(card.deduction()));
        assertEquals(0, d(total).compareTo(card.total()));
        assertEquals(0, d("10").compareTo(card.base().applicableMax()), "bonus items are not part of the maximum");
        assertEquals(note.isEmpty() ? List.of() : List.of(note.split(";")),
                card.notes().stream().map(n -> n.code()).toList());
        assertTrue(card.percent().compareTo(d("100")) <= 0, "never above 100 %");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # scope, answer 1.2, area 1, area 2, total (with 1 bonus), zeroed area, note
            AREA,    no,         0,      5,      6,                    1.2,         critical.zeroedArea
            TOTAL,   no,         2,      5,      0,                    '',          critical.zeroedTotal
            AREA,    yes,        5,      5,      11,                   '',          total.percentCapped
            TOTAL,   yes,        5,      5,      11,                   '',          total.percentCapped
            NONE,    no,         2,      5,      8,                    '',          ''
            """)
    void criticalFailureZeroesItsAreaOrTheTotal(CriticalScope scope, String answer, String area1, String area2,
            String total, String zeroedBy, String note) {
        VisitAnswers answers = with(yes("1.1", "2.1"), "1.2",
                ItemAnswer.of(answer.equals("yes") ? AnswerValue.yes() : AnswerValue.no()));
        answers = with(answers, "9.1", ItemAnswer.of(AnswerValue.occurrences("1")));
        answers = with(answers, "9.2", ItemAnswer.of(AnswerValue.occurrences("0")));
        ScoreCard card = engine.score(framework(scope, null, null), answers);
        BigDecimalAssert.equal(area1, card.node("1").subtotal().achieved());
        BigDecimalAssert.equal(area2, card.node("2").subtotal().achieved());
        BigDecimalAssert.equal(total, card.total());
        assertEquals(zeroedBy.isEmpty() ? null : zeroedBy, card.node("1").zeroedByCritical());
        assertEquals(note.isEmpty() ? List.of() : List.of(note), card.notes().stream().map(n -> n.code()).toList());
        boolean failed = answer.equals("no") && scope != CriticalScope.NONE;
        assertEquals(failed ? List.of("1.2") : List.of(), card.criticalFailures());
        assertEquals(failed, card.item("1.2").criticalFailure());
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # evidence, answer, status, score, code,                 fullMarks
            0,          yes,    SCORED, 0,     evidence.missing,     fullMarks.citeEvidence
            1,          yes,    SCORED, 2,     yesNo.yesFull,        fullMarks.already
            3,          no,     SCORED, 0,     yesNo.noZero,         fullMarks.answerYes
            """)
    void evidenceRequiredWithoutEvidenceScoresZeroWithThatReason(int evidence, String answer, ItemStatus status,
            String score, String code, String fullMarks) {
        FrameworkDef framework = Fixtures.single(leaf(Fixtures.ITEM, "2", new YesNoRule(false)).withEvidenceRequired());
        ItemAnswer given = ItemAnswer.of(answer.equals("yes") ? AnswerValue.yes() : AnswerValue.no())
                .withEvidence(evidence);
        ItemScore item = Fixtures.scoreSingle(framework, Fixtures.answers(given));
        assertEquals(status, item.status());
        BigDecimalAssert.equal(score, item.score());
        assertEquals(code, item.explanation().code());
        assertEquals(fullMarks, item.fullMarks().code());
    }

    @Test
    void evidenceMissingOnACriticalItemIsAFailure() {
        FrameworkDef framework = Fixtures.single(leaf(Fixtures.ITEM, "2", new YesNoRule(false))
                .withEvidenceRequired().withCritical(CriticalScope.TOTAL));
        ScoreCard card = engine.score(framework, Fixtures.answers(ItemAnswer.of(AnswerValue.yes())));
        assertEquals(List.of(Fixtures.ITEM), card.criticalFailures());
        assertEquals(0, card.total().signum());
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # override, reason,    status,  score, code
            1.5,        Đã sửa,    SCORED,  1.5,   manual.override
            3,          Quá,       INVALID, ,      invalid.manualOutOfRange
            1,          ' ',       INVALID, ,      invalid.manualNoReason
            """)
    void manualOverrideOnAnyRule(String override, String reason, ItemStatus status, String score, String code) {
        FrameworkDef framework = Fixtures.single(new YesNoRule(false), "2");
        ItemScore item = Fixtures.scoreSingle(framework,
                Fixtures.answers(ItemAnswer.of(AnswerValue.no()).withManual(d(override), reason)));
        assertEquals(status, item.status());
        BigDecimalAssert.equal(score, item.score());
        assertEquals(code, item.explanation().code());
    }

    @Test
    void selfScoresAndDifferencesPerItemAndArea() {
        VisitAnswers answers = with(with(yes("2.1"), "1.1", ItemAnswer.of(AnswerValue.no()).withSelfScore(d("2"))),
                "1.2", ItemAnswer.of(AnswerValue.yes()).withSelfScore(d("3")));
        answers = with(answers, "2.1", ItemAnswer.of(AnswerValue.yes()).withSelfScore(d("9")));
        ScoreCard card = engine.score(framework(CriticalScope.NONE, null, null), answers);
        BigDecimalAssert.equal("-2", card.item("1.1").selfDifference());
        BigDecimalAssert.equal("0", card.item("1.2").selfDifference());
        BigDecimalAssert.equal("5", card.node("1").subtotal().selfAchieved());
        BigDecimalAssert.equal("-2", card.node("1").subtotal().selfDifference());
        assertNull(card.item("2.1").selfScore(), "a self score above the maximum is reported, not used");
        assertEquals(List.of("invalid.selfScoreOutOfRange"), Fixtures.codes(card.issues()));
    }
}
