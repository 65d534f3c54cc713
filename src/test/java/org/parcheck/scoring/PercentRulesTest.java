package org.parcheck.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parcheck.scoring.Fixtures.area;
import static org.parcheck.scoring.Fixtures.d;
import static org.parcheck.scoring.Fixtures.leaf;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parcheck.scoring.explain.ExplanationCode;
import org.parcheck.scoring.explain.ExplanationFormatter;
import org.parcheck.scoring.rules.BonusRule;
import org.parcheck.scoring.rules.DeductionRule;
import org.parcheck.scoring.rules.ManualRule;

/**
 * #16 §7: the percentage is the total (base + bonus − deductions, each within its cap) over the maximum of the
 * scored items, kept within [0, 100]; classification uses the percentage as shown (two decimals); an item the
 * framework rules out for the visited unit's type ("Áp dụng cho") is not applicable and counts in no maximum.
 */
class PercentRulesTest {

    private final ScoringEngine engine = new ScoringEngine();

    /** Area 1: 1.1 (max 60) and 1.2 (max 39), manual; bonus 9.1 (1 per occurrence), deduction 9.2. */
    private static FrameworkDef framework(String bonusCap, String deductionCap) {
        NodeDef area1 = area("1", leaf("1.1", "60", new ManualRule("")), leaf("1.2", "39", new ManualRule("")));
        NodeDef adjustments = area("9", leaf("9.1", "10", new BonusRule(d("1"))),
                leaf("9.2", "200", new DeductionRule(d("1"))));
        return Fixtures.framework(List.of(area1, adjustments), bonusCap, deductionCap);
    }

    private static VisitAnswers answers(String s11, String s12, String bonus, String deduction) {
        return VisitAnswers.empty()
                .withItem("1.1", ItemAnswer.manual(d(s11), "lý do"))
                .withItem("1.2", ItemAnswer.manual(d(s12), "lý do"))
                .withItem("9.1", ItemAnswer.of(AnswerValue.occurrences(bonus)))
                .withItem("9.2", ItemAnswer.of(AnswerValue.occurrences(deduction)));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # 1.1, 1.2,   bonus, deduction, total,  percent (of 99), band
            # as the department of the issue: a total of 105 over 99 would be 106.06 %; it is 100 %
            60,    39,    6,     0,         105,    100,             TOT
            60,    33,    6,     0,         99,     100,             TOT
            50,    30,    2,     0,         82,     82.82828282828282828282828282828283, KHA
            # deductions larger than the points: the total is negative, the percentage 0
            1,     0,     0,     5,         -4,     0,               YEU
            """)
    void thePercentageIsTheTotalOverTheScoredMaximumWithinZeroAndHundred(String s11, String s12, String bonus,
            String deduction, String total, String percent, String band) {
        ScoreCard card = engine.score(framework(null, null), answers(s11, s12, bonus, deduction));
        assertEquals(0, d(total).compareTo(card.total()), "the total is not capped: " + card.total());
        assertEquals(0, d("99").compareTo(card.base().scoredMax()));
        assertEquals(0, d(percent).compareTo(card.percent()), () -> "percent " + card.percent());
        assertEquals(band, card.classification().code());
        boolean capped = d(total).compareTo(d("99")) > 0 || d(total).signum() < 0;
        assertEquals(capped, card.notes().stream().anyMatch(n -> n.is(ExplanationCode.TOTAL_PERCENT_CAPPED)),
                "the card says when the cap applied");
    }

    @Test
    void theCapIsExplained() {
        ScoreCard card = engine.score(framework(null, null), answers("60", "39", "6", "0"));
        String text = card.notes().stream().filter(n -> n.is(ExplanationCode.TOTAL_PERCENT_CAPPED))
                .map(new ExplanationFormatter(ExplanationFormatter.VIETNAMESE)::format).findFirst().orElseThrow();
        assertEquals("Tỷ lệ = tổng điểm ÷ điểm tối đa của các nội dung đã chấm = 105 ÷ 99; tỷ lệ không vượt quá 100%"
                + " và không dưới 0% → tính 100%.", text);
    }

    @Test
    void capsApplyBeforeThePercentage() {
        // bonus 8 capped at 2 by the framework: (60 + 30 + 2) / 99
        ScoreCard card = engine.score(framework("2", null), answers("60", "30", "8", "0"));
        assertEquals(0, d("92").compareTo(card.total()));
        assertEquals(0, new BigDecimal("92").multiply(d("100")).divide(d("99"), java.math.MathContext.DECIMAL128)
                .compareTo(card.percent()));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # achieved of 100 000 (1.1 of 60 000, 1.2 of 40 000), shown, band
            79996, 80.00, KHA
            79994, 79.99, TRUNG_BINH
            89995, 90.00, TOT
            """)
    void classificationUsesThePercentageAsShown(String achieved, String shown, String band) {
        NodeDef area1 = area("1", leaf("1.1", "60000", new ManualRule("")), leaf("1.2", "40000", new ManualRule("")));
        FrameworkDef framework = Fixtures.framework(List.of(area1), null, null);
        BigDecimal a = d(achieved);
        VisitAnswers visit = VisitAnswers.empty()
                .withItem("1.1", ItemAnswer.manual(d("60000").min(a), "lý do"))
                .withItem("1.2", ItemAnswer.manual(a.subtract(d("60000").min(a)), "lý do"));
        ScoreCard card = engine.score(framework, visit);
        assertEquals(d(shown), card.shownPercent());
        assertEquals(band, card.classification().code());
        assertEquals(shown.replace('.', ',') + "%",
                new ExplanationFormatter(ExplanationFormatter.VIETNAMESE).percent(card.percent()));
    }

    @Test
    void anItemForOtherUnitTypesIsNotApplicableByRuleAndCountsInNoMaximum() {
        FrameworkDef definition = framework(null, null);
        CompiledFramework compiled = engine.compile(definition);
        // 1.2 applies to departments only; this is a visit to a commune that did not answer it
        FrameworkAnswers laidOut = compiled.answers()
                .item("1.1", ItemAnswer.manual(d("45"), "lý do"))
                .notApplicableFor("1.2", "xã")
                .build();
        ScoreCard card = engine.score(laidOut);
        ItemScore item = card.item("1.2");
        assertEquals(ItemStatus.NOT_APPLICABLE, item.status());
        assertTrue(item.notApplicableByRule());
        assertTrue(item.explanation().is(ExplanationCode.ITEM_NOT_APPLICABLE_FOR_UNIT_TYPE));
        assertNull(item.score());
        assertFalse(card.missing().contains("1.2"), "never a blocker");
        assertEquals(0, d("60").compareTo(card.base().applicableMax()));
        assertEquals(0, d("60").compareTo(card.base().scoredMax()));
        assertEquals(0, d("60").compareTo(card.node("1").subtotal().applicableMax()));
        assertEquals(0, d("75").compareTo(card.percent()));
        assertTrue(card.complete(), "the visit is final, not provisional");
        assertTrue(new ExplanationFormatter(ExplanationFormatter.VIETNAMESE).format(item.explanation())
                .startsWith("Không áp dụng cho xã"));
        assertTrue(new ExplanationFormatter(Locale.ENGLISH).format(item.explanation()).contains("(xã)"));

        // an answer given before does not bring it back: the framework's rule wins
        ScoreCard answered = engine.score(compiled.answers()
                .item("1.1", ItemAnswer.manual(d("45"), "lý do"))
                .item("1.2", ItemAnswer.manual(d("39"), "lý do"))
                .notApplicableFor("1.2", "xã").build());
        assertEquals(0, d("45").compareTo(answered.total()));
        assertTrue(answered.item("1.2").notApplicableByRule());

        // an item marked N/A by the inspector is not "by rule"
        ScoreCard marked = engine.score(compiled.answers()
                .item("1.1", ItemAnswer.manual(d("45"), "lý do"))
                .item("1.2", ItemAnswer.notApplicableAnswer()).build());
        assertFalse(marked.item("1.2").notApplicableByRule());
    }
}
