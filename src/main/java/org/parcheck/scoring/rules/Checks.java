package org.parcheck.scoring.rules;

import static org.parcheck.scoring.explain.ExplanationCode.DEF_FRACTION_RANGE;
import static org.parcheck.scoring.explain.ExplanationCode.DEF_MAX_UNREACHABLE;
import static org.parcheck.scoring.explain.ExplanationCode.DEF_POINTS_DECREASE;
import static org.parcheck.scoring.explain.ExplanationCode.DEF_POINTS_RANGE;
import static org.parcheck.scoring.explain.ExplanationCode.DEF_SAME_FIGURE;
import static org.parcheck.scoring.explain.ExplanationCode.DEF_THRESHOLDS_EMPTY;
import static org.parcheck.scoring.explain.ExplanationCode.DEF_THRESHOLDS_ORDER;
import static org.parcheck.scoring.explain.ExplanationCode.DEF_THRESHOLD_RANGE;
import static org.parcheck.scoring.explain.ExplanationCode.DEF_UNKNOWN_FIGURE;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** Definition checks shared by several rule types. */
final class Checks {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Checks() {
    }

    static void figure(List<DefinitionIssue> out, String node, String figure, Set<String> figures) {
        if (figure == null || !figures.contains(figure)) {
            out.add(DefinitionIssue.error(node, DEF_UNKNOWN_FIGURE, String.valueOf(figure)));
        }
    }

    static void ratioFigures(List<DefinitionIssue> out, String node, String numerator, String denominator,
            Set<String> figures) {
        figure(out, node, numerator, figures);
        figure(out, node, denominator, figures);
        if (numerator != null && numerator.equals(denominator)) {
            out.add(DefinitionIssue.warning(node, DEF_SAME_FIGURE, numerator));
        }
    }

    static void points(List<DefinitionIssue> out, String node, BigDecimal points, BigDecimal max) {
        if (points == null || points.signum() < 0 || (max != null && points.compareTo(max) > 0)) {
            out.add(DefinitionIssue.error(node, DEF_POINTS_RANGE, String.valueOf(points), String.valueOf(max)));
        }
    }

    /** Points a band value is worth on an item with maximum {@code max}. */
    static BigDecimal pointsOf(BandValue mode, BigDecimal value, BigDecimal max) {
        return mode == BandValue.FRACTION_OF_MAX ? max.multiply(value) : value;
    }

    /**
     * Thresholds must be non-empty, strictly ascending (no overlap), within [low, high] when given, and carry valid
     * values; a decreasing value or a best value below the maximum is a warning.
     */
    static void thresholds(List<DefinitionIssue> out, String node, List<Threshold> thresholds, BandValue mode,
            BigDecimal max, BigDecimal low, BigDecimal high) {
        if (thresholds == null || thresholds.isEmpty()) {
            out.add(DefinitionIssue.error(node, DEF_THRESHOLDS_EMPTY));
            return;
        }
        Threshold previous = null;
        BigDecimal best = BigDecimal.ZERO;
        for (Threshold t : thresholds) {
            if (t == null || t.atLeast() == null || t.value() == null) {
                out.add(DefinitionIssue.error(node, DEF_THRESHOLDS_EMPTY));
                return;
            }
            if (low != null && (t.atLeast().compareTo(low) < 0 || t.atLeast().compareTo(high) > 0)) {
                out.add(DefinitionIssue.error(node, DEF_THRESHOLD_RANGE, t.atLeast()));
            }
            if (mode == BandValue.FRACTION_OF_MAX) {
                if (t.value().signum() < 0 || t.value().compareTo(BigDecimal.ONE) > 0) {
                    out.add(DefinitionIssue.error(node, DEF_FRACTION_RANGE, t.value()));
                }
            } else {
                points(out, node, t.value(), max);
            }
            if (previous != null) {
                if (t.atLeast().compareTo(previous.atLeast()) <= 0) {
                    out.add(DefinitionIssue.error(node, DEF_THRESHOLDS_ORDER, previous.atLeast(), t.atLeast()));
                }
                if (t.value().compareTo(previous.value()) < 0) {
                    out.add(DefinitionIssue.warning(node, DEF_POINTS_DECREASE, previous.value(), t.value()));
                }
            }
            if (max != null) {
                best = best.max(pointsOf(mode, t.value(), max));
            }
            previous = t;
        }
        if (max != null && best.compareTo(max) < 0) {
            out.add(DefinitionIssue.warning(node, DEF_MAX_UNREACHABLE, best, max));
        }
    }
}
