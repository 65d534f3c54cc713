package org.parcheck.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parcheck.scoring.explain.Explanation;
import org.parcheck.scoring.explain.ExplanationCode;

/** The engine's internal shortcuts give exactly what the plain way gives (values and scales). */
class FastPathsTest {

    @Test
    void codeIndexFindsEveryCodeAndNothingElse() {
        String[] codes = new String[300];
        for (int i = 0; i < 150; i++) {
            codes[i] = (i / 15 + 1) + "." + (i / 5 % 3 + 1) + "." + (i % 5 + 1);
            codes[150 + i] = (i % 2 == 0 ? "n" : "d") + i;
        }
        CodeIndex index = new CodeIndex(codes);
        for (int i = 0; i < codes.length; i++) {
            assertEquals(i, index.get(new String(codes[i])), codes[i]);
        }
        assertEquals(-1, index.get("11.1.1"));
        assertEquals(-1, index.get(""));
        assertEquals(1, new CodeIndex(new String[] {"a", "a"}).get("a"));
        assertEquals(-1, new CodeIndex(new String[0]).get("a"));
    }

    @Test
    void leastNumeratorMatchesCeilingOfThresholdTimesDenominator() {
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            BigDecimal threshold = BigDecimal.valueOf(random.nextInt(100_001), random.nextInt(4));
            BigDecimal denominator = BigDecimal.valueOf(1 + random.nextInt(i % 2 == 0 ? 5_000 : Integer.MAX_VALUE));
            assertLeastNumerator(threshold, denominator);
        }
        assertLeastNumerator(new BigDecimal("99.999999999999999999"), BigDecimal.valueOf(Long.MAX_VALUE));
        assertLeastNumerator(new BigDecimal("95"), BigDecimal.valueOf(Long.MAX_VALUE));
        assertLeastNumerator(new BigDecimal("95"), new BigDecimal("1068.00"));
        assertLeastNumerator(new BigDecimal("95"), new BigDecimal("1E+3"));
        assertLeastNumerator(new BigDecimal("1E+1"), new BigDecimal("1068"));
        assertLeastNumerator(new BigDecimal("100"), new BigDecimal("123456789012345678901234567890"));
    }

    private static void assertLeastNumerator(BigDecimal threshold, BigDecimal denominator) {
        BigDecimal expected = threshold.multiply(denominator).movePointLeft(2).setScale(0, RoundingMode.CEILING);
        BigDecimal actual = FullMarks.leastNumerator(threshold, FullMarks.unscaled(threshold), denominator);
        assertEquals(expected, actual, () -> threshold + " × " + denominator);
    }

    @Test
    void aDeferredArgumentReadsAsItsValue() {
        BigDecimal ratio = new BigDecimal("924").divide(new BigDecimal("1068"), java.math.MathContext.DECIMAL128);
        Explanation deferred = Explanation.of(ExplanationCode.PROPORTIONAL_SCORE, 1, (Explanation.Deferred) () ->
                new BigDecimal("924").divide(new BigDecimal("1068"), java.math.MathContext.DECIMAL128));
        Explanation plain = new Explanation(ExplanationCode.PROPORTIONAL_SCORE.key(), List.of(1, ratio));
        assertEquals(plain, deferred);
        assertEquals(deferred, plain);
        assertEquals(plain.hashCode(), deferred.hashCode());
        assertEquals(plain.toString(), deferred.toString());
        assertEquals(ratio, deferred.args().get(1));
        assertEquals(List.of(1, ratio), List.copyOf(deferred.args()));
        assertThrows(UnsupportedOperationException.class, () -> deferred.args().set(0, 2));
        assertThrows(NullPointerException.class, () -> Explanation.of(ExplanationCode.PROPORTIONAL_SCORE, 1, null));
    }
}
