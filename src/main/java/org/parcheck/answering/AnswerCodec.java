package org.parcheck.answering;

import java.math.BigDecimal;
import org.parcheck.common.domain.UnitType;
import org.parcheck.common.util.Numbers;
import org.parcheck.criteria.CriteriaItem;
import org.parcheck.criteria.FrameworkContent;
import org.parcheck.scoring.AnswerValue;
import org.parcheck.scoring.CompiledFramework;
import org.parcheck.scoring.FrameworkAnswers;
import org.parcheck.scoring.ItemAnswer;
import org.parcheck.scoring.rules.NumberBandsRule;
import org.parcheck.scoring.rules.RuleType;
import org.parcheck.scoring.rules.ScoringRule;

/** Stored answers ↔ the scoring engine's answers. The stored value is text whose meaning depends on the rule. */
public final class AnswerCodec {

    private AnswerCodec() {
    }

    /** Whether an item of this rule takes a typed answer (rules that read raw figures take none). */
    public static boolean takesValue(ScoringRule rule) {
        if (rule == null) {
            return false;
        }
        return switch (rule.type()) {
            case YES_NO, CHOICE, BONUS, DEDUCTION -> true;
            case NUMBER_BANDS -> ((NumberBandsRule) rule).figure() == null;
            default -> false;
        };
    }

    /** The engine's value for a stored answer text, or null when there is none. */
    public static AnswerValue decode(ScoringRule rule, String text) {
        if (text == null || text.isBlank() || rule == null) {
            return null;
        }
        RuleType type = rule.type();
        switch (type) {
            case YES_NO:
                return Answer.YES.equals(text) ? AnswerValue.yes() : Answer.NO.equals(text) ? AnswerValue.no() : null;
            case CHOICE:
                return AnswerValue.choice(text);
            case NUMBER_BANDS:
                return new AnswerValue.NumberValue(Numbers.stored(text));
            case BONUS:
            case DEDUCTION:
                return new AnswerValue.OccurrencesValue(Numbers.stored(text));
            default:
                return null;
        }
    }

    /** The stored text of an engine value. */
    public static String encode(AnswerValue value) {
        if (value == null) {
            return null;
        }
        if (value instanceof AnswerValue.YesNoValue yn) {
            return yn.yes() ? Answer.YES : Answer.NO;
        }
        if (value instanceof AnswerValue.ChoiceValue choice) {
            return choice.code();
        }
        if (value instanceof AnswerValue.NumberValue number) {
            return plainText(number.value());
        }
        return plainText(((AnswerValue.OccurrencesValue) value).count());
    }

    private static void markOutOfScope(FrameworkAnswers.Builder builder, CriteriaItem item, UnitType unitType,
            boolean above) {
        boolean out = above || !item.appliesTo().isEmpty() && !item.appliesTo().contains(unitType);
        if (item.children().isEmpty()) {
            if (out) {
                builder.notApplicableFor(item.code(), typeWord(unitType));
            }
            return;
        }
        for (CriteriaItem child : item.children()) {
            markOutOfScope(builder, child, unitType, out);
        }
    }

    /** The type as printed in "không áp dụng cho …": "xã", "phường", "sở, ban, ngành". */
    static String typeWord(UnitType type) {
        return switch (type) {
            case DEPARTMENT -> "sở, ban, ngành";
            case OFFICE -> "phòng chuyên môn";
            case OTHER -> "loại đơn vị này";
            default -> type.officialPrefix();
        };
    }

    private static String plainText(BigDecimal value) {
        return Numbers.plain(value).toPlainString();
    }

    /**
     * The engine's view of everything recorded at a visit, laid out for the compiled framework as it is read, leaf
     * by leaf (D19).
     */
    public static FrameworkAnswers toFrameworkAnswers(AnswerSheet sheet, FrameworkContent content,
            CompiledFramework compiled) {
        return toFrameworkAnswers(sheet, content, compiled, null);
    }

    /**
     * As {@link #toFrameworkAnswers(AnswerSheet, FrameworkContent, CompiledFramework)}, for a visit to a unit of
     * type {@code unitType}: an item whose "Áp dụng cho" (or an ancestor's) names other types is not applicable by
     * the framework's rule. A null type applies every item.
     */
    public static FrameworkAnswers toFrameworkAnswers(AnswerSheet sheet, FrameworkContent content,
            CompiledFramework compiled, UnitType unitType) {
        FrameworkAnswers.Builder builder = compiled.answers();
        if (unitType != null) {
            for (CriteriaItem area : content.areas()) {
                markOutOfScope(builder, area, unitType, false);
            }
        }
        for (CriteriaItem leaf : content.leaves()) {
            Answer a = sheet.answers().get(leaf.code());
            int evidence = (int) sheet.evidenceCount(leaf.code());
            if (a == null && evidence == 0) {
                continue;
            }
            Answer answer = a == null ? Answer.empty(leaf.code()) : a;
            AnswerValue value;
            try {
                value = decode(leaf.rule(), answer.value());
            } catch (NumberFormatException e) {
                value = null;
            }
            builder.item(leaf.code(), new ItemAnswer(value, answer.notApplicable(), evidence, answer.selfScore(),
                    answer.manualScore(), answer.manualReason()));
        }
        return builder.figures(sheet.figures()).build();
    }
}
