package org.parcheck.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Ranking by percentage as shown (two decimals, #16 §7: 79.996 is printed 80,00 % and ties with 80) with shared
 * ranks for ties and a deterministic order.
 */
class RankingTest {

    private static ScoreCard card(String percent) {
        BigDecimal value = percent.equals("-") ? null : new BigDecimal(percent);
        Subtotal empty = new Subtotal(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 0,
                null, null);
        return new ScoreCard("T", List.of(), List.of(), empty, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                value, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # label:percent in input order;           expected label:rank in output order
            A:80;B:90;C:90;D:70,                      B:1;C:1;A:3;D:4
            Xã Vinh Quý:85;Xã Cô Ngân:85;Hạ Lang:90,  Hạ Lang:1;Xã Cô Ngân:2;Xã Vinh Quý:2
            Xã An Lạc:85;Xã Cô Ngân:85;Xã Ân:85,      Xã An Lạc:1;Xã Ân:1;Xã Cô Ngân:1
            A:90.00;B:90;C:89.994,                    A:1;B:1;C:3
            A:80;B:79.996;C:79.994,                   A:1;B:1;C:3
            A:-;B:50;C:-,                             B:1;A:-;C:-
            Đông:70;Dương:70;Duy:70,                  Duy:1;Dương:1;Đông:1
            """)
    void tiesShareARankAndAreOrderedByLabel(String input, String expected) {
        List<RankEntry> entries = new ArrayList<>();
        for (String pair : input.split(";")) {
            String[] parts = pair.split(":");
            entries.add(new RankEntry(parts[0], card(parts[1])));
        }
        List<String> actual = new ArrayList<>();
        for (RankedCard ranked : Ranking.rank(entries)) {
            actual.add(ranked.label() + ":" + (ranked.rank() == null ? "-" : ranked.rank()));
        }
        assertEquals(expected, String.join(";", actual));
    }
}
