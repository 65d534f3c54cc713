package org.parcheck.scoring;

import java.math.BigDecimal;

/** The value typed for a leaf: yes/no, a choice code, a number or a count of occurrences. */
public sealed interface AnswerValue
        permits AnswerValue.YesNoValue, AnswerValue.ChoiceValue, AnswerValue.NumberValue,
        AnswerValue.OccurrencesValue {

    /** A yes/no answer. */
    record YesNoValue(boolean yes) implements AnswerValue {
    }

    /** The code of the chosen option. */
    record ChoiceValue(String code) implements AnswerValue {
    }

    /** A number for a NUMBER_BANDS item. */
    record NumberValue(BigDecimal value) implements AnswerValue {
    }

    /** How many times a bonus or deduction applies; must be a whole number ≥ 0. */
    record OccurrencesValue(BigDecimal count) implements AnswerValue {
    }

    /** "Yes". */
    static AnswerValue yes() {
        return new YesNoValue(true);
    }

    /** "No". */
    static AnswerValue no() {
        return new YesNoValue(false);
    }

    /** The option with this code. */
    static AnswerValue choice(String code) {
        return new ChoiceValue(code);
    }

    /** A number, e.g. {@code number("12.5")}. */
    static AnswerValue number(String value) {
        return new NumberValue(new BigDecimal(value));
    }

    /** A number of occurrences, e.g. {@code occurrences("2")}. */
    static AnswerValue occurrences(String count) {
        return new OccurrencesValue(new BigDecimal(count));
    }
}
