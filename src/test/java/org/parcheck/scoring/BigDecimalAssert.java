package org.parcheck.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;

/** Numeric equality of BigDecimals, ignoring scale; a null expectation means "no value". */
final class BigDecimalAssert {

    private BigDecimalAssert() {
    }

    static void equal(String expected, BigDecimal actual) {
        if (expected == null) {
            assertNull(actual);
            return;
        }
        assertNotNull(actual, () -> "expected " + expected);
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> "expected " + expected + " but was "
                + actual);
    }
}
