package org.parcheck.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.parcheck.scoring.Fixtures.d;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parcheck.scoring.explain.ExplanationFormatter;
import org.parcheck.scoring.rules.BandValue;
import org.parcheck.scoring.rules.BonusRule;
import org.parcheck.scoring.rules.ChoiceOption;
import org.parcheck.scoring.rules.ChoiceRule;
import org.parcheck.scoring.rules.NumberBandsRule;
import org.parcheck.scoring.rules.NumberKind;
import org.parcheck.scoring.rules.ProportionalRule;
import org.parcheck.scoring.rules.ScoringRule;
import org.parcheck.scoring.rules.Threshold;
import org.parcheck.scoring.rules.YesNoRule;

/** Bad input becomes a validation issue naming item and figure and an INVALID item: never an exception or 0. */
class BadInputTest {

    private static ScoringRule rule(String name) {
        return switch (name) {
            case "proportional" -> new ProportionalRule("num", "den");
            case "percentBands" -> new NumberBandsRule("pct", NumberKind.PERCENT, BandValue.POINTS,
                    List.of(Threshold.of("50", "1")));
            case "countBands" -> new NumberBandsRule(null, NumberKind.COUNT, BandValue.POINTS,
                    List.of(Threshold.of("1", "1")));
            case "choice" -> new ChoiceRule(List.of(ChoiceOption.of("A", "Đạt", "1")));
            case "bonus" -> new BonusRule(d("0.5"));
            default -> new YesNoRule(false);
        };
    }

    private static ItemAnswer answer(String value) {
        if (value == null) {
            return ItemAnswer.empty();
        }
        String[] parts = value.split(":");
        return switch (parts[0]) {
            case "number" -> ItemAnswer.of(AnswerValue.number(parts[1]));
            case "occurrences" -> ItemAnswer.of(AnswerValue.occurrences(parts[1]));
            case "choice" -> ItemAnswer.of(AnswerValue.choice(parts[1]));
            case "manual" -> ItemAnswer.of(AnswerValue.yes()).withManual(d(parts[1]), parts.length > 2 ? parts[2] : "");
            case "evidence" -> ItemAnswer.of(AnswerValue.yes()).withEvidence(Integer.parseInt(parts[1]));
            default -> ItemAnswer.of(AnswerValue.yes());
        };
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # rule, answer, figures, issue code, issue figure, vi text
            proportional, , num=-3;den=10, invalid.negative, num, 'num: giá trị -3 bị âm, không hợp lệ.'
            proportional, , num=2.5;den=10, invalid.notInteger, num, 'num: giá trị 2,5 phải là số nguyên.'
            proportional, , num=12;den=10, invalid.partExceedsWhole, den, 'num = 12 lớn hơn den = 10.'
            percentBands, , pct=101, invalid.percentOutOfRange, pct, 'pct: tỷ lệ 101% nằm ngoài khoảng 0–100%.'
            countBands, number:-1, '', invalid.negative, , '1.1: giá trị -1 bị âm, không hợp lệ.'
            countBands, number:1.5, '', invalid.notInteger, , '1.1: giá trị 1,5 phải là số nguyên.'
            bonus, occurrences:0.5, '', invalid.notInteger, , '1.1: giá trị 0,5 phải là số nguyên.'
            choice, choice:Z, '', invalid.unknownChoice, , 'Mức "Z" không có trong danh sách phương án.'
            choice, number:1, '', invalid.wrongAnswerType, , 'Kiểu câu trả lời không phù hợp với cách chấm CHOICE.'
            yesNo, manual:5:Tốt, '', invalid.manualOutOfRange, , 'Điểm chấm thủ công 5 nằm ngoài khoảng 0–1.'
            yesNo, manual:1, '', invalid.manualNoReason, , 'Điểm chấm thủ công 1 chưa có lý do.'
            yesNo, evidence:-1, '', invalid.negative, , '1.1: giá trị -1 bị âm, không hợp lệ.'
            """)
    void badInputIsAnIssueAndAnInvalidItem(String rule, String value, String figures, String code, String figure,
            String text) {
        FrameworkDef framework = Fixtures.single(rule(rule), "1");
        String[] pairs = figures.isEmpty() ? new String[0] : figures.split(";");
        ScoreCard card = new ScoringEngine().score(framework, Fixtures.answers(answer(value), pairs));
        ItemScore item = card.item(Fixtures.ITEM);
        assertEquals(ItemStatus.INVALID, item.status());
        assertNull(item.score());
        assertEquals(List.of(Fixtures.ITEM), card.invalidItems());
        ValidationIssue first = card.issues().get(0);
        assertEquals(code, first.explanation().code());
        assertEquals(figure, first.figureCode());
        assertEquals(text, new ExplanationFormatter(ExplanationFormatter.VIETNAMESE).format(first.explanation()));
        if (figure != null) {
            ValidationIssue onItem = card.issues().get(card.issues().size() - 1);
            assertEquals(Fixtures.ITEM, onItem.itemCode());
            assertEquals("item.invalidFigure", item.explanation().code());
            assertEquals(onItem.figureCode(), item.explanation().args().get(0));
        } else {
            assertEquals(Fixtures.ITEM, first.itemCode());
            assertEquals(code, item.explanation().code());
        }
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # num, den, en text
            11,    10,  'Ratio over 100%: num = 11 is larger than den = 10.'
            """)
    void ratioOverOneHundredPercentIsInvalidEvenWithoutAConstraint(String num, String den, String text) {
        FrameworkDef framework = new FrameworkDef("T", "T", Fixtures.single(rule("proportional"), "1").areas(),
                Fixtures.FIGURES, List.of(), Fixtures.BANDS, null, null);
        ScoreCard card = new ScoringEngine().score(framework,
                Fixtures.answers(ItemAnswer.empty(), "num=" + num, "den=" + den));
        assertEquals(ItemStatus.INVALID, card.item(Fixtures.ITEM).status());
        ValidationIssue issue = card.issues().get(0);
        assertEquals(Fixtures.ITEM, issue.itemCode());
        assertEquals("num", issue.figureCode());
        assertEquals(text, new ExplanationFormatter(Locale.ENGLISH).format(issue.explanation()));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # answered code, figure code, issue
            9.9,             '',          invalid.unknownItem
            '',              nope,        invalid.unknownFigure
            """)
    void answersForUnknownItemsOrFiguresAreReported(String item, String figure, String issue) {
        VisitAnswers answers = Fixtures.answers(ItemAnswer.of(AnswerValue.yes()));
        if (!item.isEmpty()) {
            answers = answers.withItem(item, ItemAnswer.of(AnswerValue.yes()));
        }
        if (!figure.isEmpty()) {
            answers = answers.withFigure(figure, d("1"));
        }
        ScoreCard card = new ScoringEngine().score(Fixtures.single(new YesNoRule(false), "1"), answers);
        assertEquals(List.of(issue), Fixtures.codes(card.issues()));
        assertEquals(ItemStatus.SCORED, card.item(Fixtures.ITEM).status());
    }
}
