package org.parcheck.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parcheck.scoring.explain.Explanation;
import org.parcheck.scoring.explain.ExplanationCode;

/** An explanation argument worked out when read is indistinguishable from one given as a value. */
class DeferredArgumentTest {

    @Test
    void aDeferredArgumentReadsAsItsValue() {
        BigDecimal ratio = new BigDecimal("924").divide(new BigDecimal("1068"), MathContext.DECIMAL128);
        Explanation deferred = Explanation.of(ExplanationCode.PROPORTIONAL_SCORE, 1, (Explanation.Deferred) () ->
                new BigDecimal("924").divide(new BigDecimal("1068"), MathContext.DECIMAL128));
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
