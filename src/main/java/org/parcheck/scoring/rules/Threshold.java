package org.parcheck.scoring.rules;

import java.math.BigDecimal;
import java.util.List;

/**
 * One band of a threshold rule: a value at or above {@code atLeast} earns {@code value} (points or a fraction of
 * the maximum, see {@link BandValue}). For ratio rules {@code atLeast} is a percent (95 means 95%).
 *
 * @param atLeast lower bound, inclusive
 * @param value   points, or fraction of max
 */
public record Threshold(BigDecimal atLeast, BigDecimal value) {

    /** Shorthand for tests and demo data: {@code Threshold.of("95", "1")}. */
    public static Threshold of(String atLeast, String value) {
        return new Threshold(new BigDecimal(atLeast), new BigDecimal(value));
    }

    /**
     * Index of the highest threshold that {@code comparison} says is reached, or -1 when none is. Thresholds must be
     * ascending (as validated).
     */
    public static int highestReached(List<Threshold> thresholds, Reached comparison) {
        for (int i = thresholds.size() - 1; i >= 0; i--) {
            if (comparison.reached(thresholds.get(i).atLeast())) {
                return i;
            }
        }
        return -1;
    }

    /** Whether a value reaches a given lower bound. */
    @FunctionalInterface
    public interface Reached {
        /** True when the measured value is at or above {@code atLeast}. */
        boolean reached(BigDecimal atLeast);
    }
}
