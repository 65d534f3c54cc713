package org.parcheck.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parcheck.scoring.Fixtures.d;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parcheck.scoring.explain.Display;
import org.parcheck.scoring.explain.ExplanationFormatter;

/** The seed case figures (docs/domain.md §8) give the published indicators, explained in vi and en. */
class SeedCaseGoldenTest {

    private final ScoringEngine engine = new ScoringEngine();
    private final ScoreCard card = engine.score(SeedCase.framework(), SeedCase.answers());
    private final ExplanationFormatter vi = new ExplanationFormatter(ExplanationFormatter.VIETNAMESE);
    private final ExplanationFormatter en = new ExplanationFormatter(Locale.ENGLISH);

    @ParameterizedTest
    @CsvSource(textBlock = """
            # item, numerator, denominator, percent (2 dp)
            3.2,    924,       1068,        86.52
            3.3,    1068,      1081,        98.80
            3.4,    434,       1081,        40.15
            7.1,    3432,      3601,        95.31
            """)
    void indicatorsMatchTheArticle(String code, String numerator, String denominator, String percent) {
        ItemScore item = card.item(code);
        assertEquals(ItemStatus.SCORED, item.status());
        List<Object> args = item.explanation().args();
        assertEquals(d(numerator), args.get(0));
        assertEquals(d(denominator), args.get(1));
        assertEquals(d(percent), Display.fractionAsPercent((BigDecimal) args.get(2)));
    }

    @Test
    void onTimeRatioIsBelowTheTopBandAndNeeds1015ForFullMarks() {
        ItemScore onTime = card.item(SeedCase.ON_TIME);
        assertEquals(0, d("0.5").compareTo(onTime.score()));
        assertEquals("ratio.belowThreshold", onTime.explanation().code());
        assertEquals(d("-0.5"), onTime.selfDifference());
        String text = vi.format(onTime.explanation());
        assertTrue(text.contains("924 / 1.068"), text);
        assertTrue(text.contains("86,52"), text);
        assertEquals("Tỷ lệ 924 / 1.068 = 86,52% chưa đạt mức 95% → 0,50/1 điểm.", text);
        assertEquals("Ratio 924 / 1,068 = 86.52% is below 95% → 0.50/1 points.", en.format(onTime.explanation()));
        assertEquals("Cần ít nhất 1.015 trên 1.068 (từ 95% trở lên) để được tối đa 1 điểm.",
                vi.format(onTime.fullMarks()));
        assertEquals("Needs at least 1,015 of 1,068 (95% or more) for the full 1 points.",
                en.format(onTime.fullMarks()));
    }

    @Test
    void consistencyCheckResolvedPlusInProgressEqualsReceivedHolds() {
        assertEquals(List.of(), card.issues());
        assertEquals(List.of(), card.invalidItems());
    }

    @Test
    void consistencyCheckFailsWhenAFigureChanges() {
        ScoreCard broken = engine.score(SeedCase.framework(),
                SeedCase.answers().withFigure("inProgress", BigDecimal.valueOf(12)));
        assertEquals(List.of("invalid.sumNotEqualWhole"), Fixtures.codes(broken.issues().subList(0, 1)));
        assertEquals("received", broken.issues().get(0).figureCode());
        assertEquals("resolved + inProgress = 1.080 không bằng received = 1.081.",
                vi.format(broken.issues().get(0).explanation()));
        assertEquals(List.of(SeedCase.ON_TIME, SeedCase.RESOLVED, SeedCase.ONLINE), broken.invalidItems());
        ValidationIssue itemIssue = broken.issues().get(1);
        assertEquals(SeedCase.ON_TIME, itemIssue.itemCode());
        assertEquals("resolved", itemIssue.figureCode());
        assertNull(broken.item(SeedCase.ON_TIME).score());
        assertEquals(ItemStatus.SCORED, broken.item(SeedCase.SIGNED).status());
    }

    @Test
    void proceduresPostedIsNotAssessableWithoutTheTotal() {
        ItemScore posted = card.item(SeedCase.PROCEDURES_POSTED);
        assertEquals(ItemStatus.NOT_ASSESSABLE, posted.status());
        assertNull(posted.score());
        assertEquals(List.of(SeedCase.PROCEDURES_POSTED), card.notAssessable());
        assertEquals("Chưa thể đánh giá: chưa biết số liệu \"TTHC thuộc thẩm quyền\" (procInScope); không tính là 0.",
                vi.format(posted.explanation()));
        assertEquals("procInScope", posted.explanation().args().get(0));
    }

    @Test
    void proceduresPostedScoresOnceTheTotalIsKnown() {
        ScoreCard known = engine.score(SeedCase.framework(),
                SeedCase.answers().withFigure("procInScope", BigDecimal.valueOf(221)));
        assertEquals(0, BigDecimal.ONE.compareTo(known.item(SeedCase.PROCEDURES_POSTED).score()));
        assertTrue(known.complete());
    }

    @Test
    void totalLeavesTheUnknownItemOutInsteadOfCountingItAsZero() {
        // 0.5 + 1068/1081 + 434/1081/0.5 + 1 + 1 over the 5 scored points; 3.1 is pending, not zero
        // points are worked out to 16 significant digits (D18), their sum exactly
        BigDecimal expected = d("0.5").add(d("1068").divide(d("1081"), MathContext.DECIMAL64))
                .add(d("43400").divide(d("54050"), MathContext.DECIMAL64))
                .add(d("2"));
        assertEquals(0, expected.compareTo(card.total()));
        assertEquals(0, d("6").compareTo(card.base().applicableMax()));
        assertEquals(0, d("5").compareTo(card.base().scoredMax()));
        assertEquals(1, card.base().pendingItems());
        assertFalse(card.complete());
        assertEquals(d("85.82"), Display.round2(card.percent()));
        assertEquals("KHA", card.classification().code());
        assertEquals(0, d("2").compareTo(card.base().selfAchieved()));
        assertEquals(0, d("-0.5").compareTo(card.base().selfDifference()));
        NodeScore area = card.node("3");
        assertEquals(0, d("3").compareTo(area.subtotal().scoredMax()));
        assertEquals(1, area.subtotal().pendingItems());
    }

    @Test
    void everyItemHasAnExplanationAndAdvice() {
        for (ItemScore item : card.items()) {
            assertFalse(vi.format(item.explanation()).startsWith(item.explanation().code()), item.code());
            assertFalse(en.format(item.fullMarks()).startsWith(item.fullMarks().code()), item.code());
        }
    }
}
