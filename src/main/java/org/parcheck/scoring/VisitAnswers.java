package org.parcheck.scoring;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * A visit's answers: per leaf code an {@link ItemAnswer}, and the raw figures by code. An absent figure is
 * unknown (never zero).
 *
 * @param items   answers by leaf code
 * @param figures raw figure values by figure code
 */
public record VisitAnswers(Map<String, ItemAnswer> items, Map<String, BigDecimal> figures) {

    public VisitAnswers {
        items = Map.copyOf(items);
        figures = Map.copyOf(figures);
    }

    /** No answers, no figures. */
    public static VisitAnswers empty() {
        return new VisitAnswers(Map.of(), Map.of());
    }

    /** A copy with the answer for {@code code} replaced. */
    public VisitAnswers withItem(String code, ItemAnswer answer) {
        Map<String, ItemAnswer> copy = new HashMap<>(items);
        copy.put(code, answer);
        return new VisitAnswers(copy, figures);
    }

    /** A copy with a figure set. */
    public VisitAnswers withFigure(String code, BigDecimal value) {
        Map<String, BigDecimal> copy = new HashMap<>(figures);
        copy.put(code, value);
        return new VisitAnswers(items, copy);
    }

    /** A copy with a figure made unknown. */
    public VisitAnswers withoutFigure(String code) {
        Map<String, BigDecimal> copy = new HashMap<>(figures);
        copy.remove(code);
        return new VisitAnswers(items, copy);
    }
}
