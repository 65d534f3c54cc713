package org.parcheck.common.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.parcheck.scoring.explain.ExplanationFormatter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** One rule for numbers as Vietnamese officials write them (docs/guide/numbers.md). */
class NumbersTest {

    private static final Locale VI = Locale.forLanguageTag("vi");

    @ParameterizedTest(name = "\"{0}\" = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1.200         | 1200
            1.200,5       | 1200.5
            '1 200'       | 1200
            '1\u00a0200'  | 1200
            '1\u202f200'  | 1200
            1200          | 1200
            1,5           | 1.5
            0,70          | 0.7
            1.5           | 1.5
            1.25          | 1.25
            0.500         | 0.5
            1.2345        | 1.2345
            1,200         | 1.2
            1.200.000     | 1200000
            1,200,000     | 1200000
            1,200.5       | 1200.5
            '1 200,5'     | 1200.5
            '12 345 678'  | 12345678
            -2,25         | -2.25
            −3            | -3
            ,5            | 0.5
            7.            | 7
            ' 42 '        | 42
            0             | 0
            """)
    void readsNumbersAsOfficialsWriteThem(String text, String expected) {
        assertThat(Numbers.parse(text)).isEqualByComparingTo(new BigDecimal(expected));
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"1.2.3,4,5", "52o", "1 5", "1  200", "1.20.000", "12.34.56", "1,2,3", "1.2,3,4", "hai",
        "1e3", "5%", "--1", ".", ",", "-", "1.200,5,5", "0.200.000"})
    void refusesMixedGarbage(String text) {
        assertThatThrownBy(() -> Numbers.parse(text)).isInstanceOf(NumberFormatException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\u00a0"})
    void blankIsNoNumber(String text) {
        assertThat(Numbers.parse(text)).isNull();
        assertThat(Numbers.parse(null)).isNull();
    }

    @ParameterizedTest(name = "{0} is shown as {1} / {2}")
    @CsvSource(delimiter = '|', textBlock = """
            1200      | 1.200     | 1,200
            1200.5    | 1.200,5   | 1,200.5
            1.2       | 1,2       | 1.2
            1234567.25| 1.234.567,25 | 1,234,567.25
            12        | 12        | 12
            -1200     | -1.200    | -1,200
            """)
    void showsTheValueAsUnderstood(String value, String vietnamese, String english) {
        assertThat(Numbers.display(new BigDecimal(value), VI)).isEqualTo(vietnamese);
        assertThat(Numbers.display(new BigDecimal(value), Locale.ENGLISH)).isEqualTo(english);
    }

    @ParameterizedTest(name = "{0} points are {1} / {2}")
    @CsvSource(delimiter = '|', textBlock = """
            1         | 1     | 1
            2.00      | 2     | 2
            0.7       | 0,70  | 0.70
            1.5       | 1,50  | 1.50
            0.125     | 0,13  | 0.13
            1.999     | 2     | 2
            -0        | 0     | 0
            -0.001    | 0     | 0
            0.004     | 0     | 0
            -1.5      | -1,50 | -1.50
            105.3912  | 105,39| 105.39
            1200      | 1.200 | 1,200
            """)
    void pointsAreWholeOrTwoDecimalsAndNeverMinusZero(String value, String vietnamese, String english) {
        assertThat(Numbers.points(new BigDecimal(value), VI)).isEqualTo(vietnamese);
        assertThat(Numbers.points(new BigDecimal(value), Locale.ENGLISH)).isEqualTo(english);
    }

    @Test
    void storedValuesAreNeverReadAsGrouped() {
        assertThat(Numbers.stored("1.125")).isEqualByComparingTo("1.125");
        assertThat(Numbers.stored("1200")).isEqualByComparingTo("1200");
        assertThat(Numbers.stored("0,5")).isEqualByComparingTo("0.5");
        assertThat(Numbers.stored(" ")).isNull();
    }

    @Test
    void whatIsShownReadsBackToTheSameValue() {
        for (String value : new String[] {"1200", "1200.5", "0.7", "1234567.125", "3"}) {
            BigDecimal number = new BigDecimal(value);
            assertThat(Numbers.parse(Numbers.display(number, VI))).isEqualByComparingTo(number);
            assertThat(Numbers.parse(Numbers.format(number))).isEqualByComparingTo(number);
        }
    }

    /** The scoring explanations format points on their own (scoring is pure): the same text as here, both languages. */
    @ParameterizedTest
    @ValueSource(strings = {"-1234.005", "-1.5", "-0.004", "0", "0.004", "0.005", "0.7", "1", "1.5", "2.000",
        "75.5", "1200.5", "1234567.891"})
    void theExplanationsShowPointsExactlyAsEverywhereElse(String value) {
        BigDecimal points = new BigDecimal(value);
        for (Locale locale : new Locale[] {Locale.forLanguageTag("vi"), Locale.ENGLISH}) {
            assertThat(new ExplanationFormatter(locale).points(points)).as(value + " " + locale)
                    .isEqualTo(Numbers.points(points, locale));
        }
    }
}
