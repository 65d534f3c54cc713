package org.parcheck.criteria.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.parcheck.scoring.rules.Threshold;

/**
 * Thresholds in one cell: {@code "95:1; 80:0,5; 0:0"}, i.e. "at least : value" pairs separated by ";" (or line
 * breaks), in any order, decimal comma or dot, an optional "%" or "≥" on the left. Read in ascending order (as
 * the engine wants them), written from the highest down.
 */
final class ThresholdSyntax {

    private ThresholdSyntax() {
    }

    /** The text for a cell, highest threshold first. */
    static String format(List<Threshold> thresholds) {
        List<Threshold> sorted = new ArrayList<>(thresholds);
        sorted.sort(Comparator.comparing(Threshold::atLeast).reversed());
        List<String> parts = new ArrayList<>();
        for (Threshold t : sorted) {
            parts.add(Numbers.format(t.atLeast()) + ":" + Numbers.format(t.value()));
        }
        return String.join("; ", parts);
    }

    /**
     * The thresholds in ascending order, or a failure naming the first part that is not "number:number".
     */
    static Parsed<List<Threshold>> parse(String text) {
        List<Threshold> out = new ArrayList<>();
        for (String raw : text.split("[;\\n]")) {
            String part = raw.strip();
            if (part.isEmpty()) {
                continue;
            }
            int colon = part.indexOf(':');
            if (colon < 0 || part.indexOf(':', colon + 1) >= 0) {
                return Parsed.failure(part);
            }
            BigDecimal atLeast = Numbers.parse(stripMarks(part.substring(0, colon)));
            BigDecimal value = Numbers.parse(part.substring(colon + 1).strip());
            if (atLeast == null || value == null) {
                return Parsed.failure(part);
            }
            out.add(new Threshold(atLeast, value));
        }
        if (out.isEmpty()) {
            return Parsed.failure(text);
        }
        out.sort(Comparator.comparing(Threshold::atLeast));
        return Parsed.success(List.copyOf(out));
    }

    private static String stripMarks(String text) {
        String s = text.strip();
        if (s.startsWith(">=")) {
            s = s.substring(2);
        } else if (s.startsWith("≥")) {
            s = s.substring(1);
        }
        s = s.strip();
        if (s.endsWith("%")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.strip();
    }
}
