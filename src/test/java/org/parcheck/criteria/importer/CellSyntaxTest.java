package org.parcheck.criteria.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.parcheck.scoring.rules.ChoiceOption;
import org.parcheck.scoring.rules.Threshold;

/** The small syntaxes inside cells: numbers, thresholds, options, and the loose matching of words. */
class CellSyntaxTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            0,5     | 0.5
            0.5     | 0.5
            2,50    | 2.5
            100     | 100
            ' 1 200 ' | 1200
            1.068,5 | 1068.5
            1.200   | 1200
            -2,25   | -2.25
            ,5      | 0.5
            7.      | 7
            """)
    void numbersAcceptACommaOrADotAndThousandsGroups(String text, String expected) {
        assertThat(Numbers.parse(text)).isEqualTo(new BigDecimal(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1 5", "1,2,3", "hai", "1e3", "", "5%", "--1"})
    void numbersRejectAnythingElse(String text) {
        assertThat(Numbers.parse(text)).isNull();
    }

    @Test
    void numbersAreWrittenWithADecimalComma() {
        assertThat(Numbers.format(new BigDecimal("1.50"))).isEqualTo("1,5");
        assertThat(Numbers.format(new BigDecimal("1E+2"))).isEqualTo("100");
    }

    @Test
    void thresholdsAreReadInAnyOrderAndSortedAscending() {
        Parsed<List<Threshold>> parsed = ThresholdSyntax.parse("95:1; 80:0,5;\n0:0;");

        assertThat(parsed.ok()).isTrue();
        assertThat(parsed.value()).containsExactly(Threshold.of("0", "0"), Threshold.of("80", "0.5"),
                Threshold.of("95", "1"));
        assertThat(ThresholdSyntax.format(parsed.value())).isEqualTo("95:1; 80:0,5; 0:0");
    }

    @Test
    void thresholdsOverAThousandAreWrittenAsInTheBienBan() {
        Parsed<List<Threshold>> parsed = ThresholdSyntax.parse("1.000:1; 500:0,5; 0:0");

        assertThat(parsed.ok()).isTrue();
        assertThat(parsed.value()).containsExactly(Threshold.of("0", "0"), Threshold.of("500", "0.5"),
                Threshold.of("1000", "1"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            95-1; 80:0,5 | 95-1
            95:1:2       | 95:1:2
            95:một       | 95:một
            ;            | ;
            """)
    void badThresholdsNameTheBadPart(String text, String badPart) {
        assertThat(ThresholdSyntax.parse(text).badPart()).isEqualTo(badPart);
    }

    @Test
    void optionsKeepTheirOrderAndLabels() {
        Parsed<List<ChoiceOption>> parsed = OptionSyntax.parse("A=2 (Đầy đủ (có biên bản); đúng hạn); B=1,5; C=0 ()");

        assertThat(parsed.value()).containsExactly(
                new ChoiceOption("A", "Đầy đủ (có biên bản); đúng hạn", new BigDecimal("2")),
                new ChoiceOption("B", null, new BigDecimal("1.5")),
                new ChoiceOption("C", null, BigDecimal.ZERO));
    }

    @ParameterizedTest
    @ValueSource(strings = {"A2", "=2", "A=hai", "A=2 (chưa đóng", "A=2 (nhãn) thừa"})
    void badOptionsAreRejected(String text) {
        assertThat(OptionSyntax.parse(text).ok()).isFalse();
    }

    @Test
    void wordsMatchWithoutCaseDiacriticsOrPunctuation() {
        assertThat(Words.key("Có/Không")).isEqualTo(Words.key("co khong")).isEqualTo("cokhong");
        assertThat(Words.key("Điểm tối đa")).isEqualTo("diemtoida");
        assertThat(Words.RULES.parse("YES_NO")).isEqualTo(Words.RULES.parse("Có/Không"));
        assertThat(Words.UNIT_TYPES.parse("thi xa")).isEqualTo(org.parcheck.common.domain.UnitType.TOWN);
    }
}
