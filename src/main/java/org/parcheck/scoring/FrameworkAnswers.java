package org.parcheck.scoring;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A visit's answers laid out at a {@link CompiledFramework}'s positions: one slot per leaf and per raw figure, in
 * framework order. It carries exactly what a {@link VisitAnswers} carries (codes the framework does not know are
 * kept, to be reported as validation issues), but scoring it walks two arrays instead of two hash maps (D19).
 * Callers that read a visit item by item, such as the answering feature, build it directly with
 * {@link CompiledFramework#answers()}. Immutable and thread-safe.
 */
public final class FrameworkAnswers {

    private final CompiledFramework framework;
    private final ItemAnswer[] items;
    private final BigDecimal[] figures;
    /** Per leaf: the unit type it does not apply to at this visit, or null (most often all null). */
    private final String[] outOfScope;
    private final Map<String, ItemAnswer> unknownItems;
    private final Map<String, BigDecimal> unknownFigures;

    private FrameworkAnswers(Builder builder) {
        this.framework = builder.framework;
        this.items = builder.items.clone();
        this.figures = builder.figures.clone();
        this.outOfScope = builder.outOfScope == null ? null : builder.outOfScope.clone();
        this.unknownItems = builder.unknownItems.isEmpty() ? Map.of() : new TreeMap<>(builder.unknownItems);
        this.unknownFigures = builder.unknownFigures.isEmpty() ? Map.of() : new TreeMap<>(builder.unknownFigures);
    }

    /** The same answers as {@code answers}, laid out for {@code framework}. */
    public static FrameworkAnswers of(CompiledFramework framework, VisitAnswers answers) {
        Builder builder = framework.answers();
        for (Map.Entry<String, ItemAnswer> entry : answers.items().entrySet()) {
            builder.item(entry.getKey(), entry.getValue());
        }
        for (Map.Entry<String, BigDecimal> entry : answers.figures().entrySet()) {
            builder.figure(entry.getKey(), entry.getValue());
        }
        return builder.build();
    }

    /** The framework these answers are laid out for. */
    public CompiledFramework framework() {
        return framework;
    }

    /** The answer for the leaf at this position, or null. */
    ItemAnswer item(int leaf) {
        return items[leaf];
    }

    /**
     * The type of the visited unit when the leaf at this position does not apply to it (the framework's "Áp dụng
     * cho"), or null when it applies.
     */
    String outOfScope(int leaf) {
        return outOfScope == null ? null : outOfScope[leaf];
    }

    /** The figure at this position, or null when unknown. */
    BigDecimal figure(int index) {
        return figures[index];
    }

    /** Item codes the framework does not have, sorted. */
    List<String> unknownItems() {
        return unknownItems.isEmpty() ? List.of() : List.copyOf(unknownItems.keySet());
    }

    /** Figure codes the framework does not have, sorted. */
    List<String> unknownFigures() {
        return unknownFigures.isEmpty() ? List.of() : List.copyOf(unknownFigures.keySet());
    }

    /** The same answers keyed by code, as a {@link VisitAnswers}. */
    public VisitAnswers toVisitAnswers() {
        Map<String, ItemAnswer> byCode = new HashMap<>(unknownItems);
        for (int i = 0; i < items.length; i++) {
            if (items[i] != null) {
                byCode.put(framework.leaves[i].code(), items[i]);
            }
        }
        Map<String, BigDecimal> figuresByCode = new HashMap<>(unknownFigures);
        for (int i = 0; i < figures.length; i++) {
            if (figures[i] != null) {
                figuresByCode.put(framework.figures[i].code(), figures[i]);
            }
        }
        return new VisitAnswers(byCode, figuresByCode);
    }

    /**
     * Collects a visit's answers by code. As with a map, a second answer or figure for the same code replaces the
     * first; nulls are refused. Unknown codes are kept and reported when the visit is scored. Not thread-safe.
     */
    public static final class Builder {

        private final CompiledFramework framework;
        private final ItemAnswer[] items;
        private final BigDecimal[] figures;
        private String[] outOfScope;
        /** Codes the framework does not have (rare): made when the first one comes. */
        private Map<String, ItemAnswer> unknownItems = Map.of();
        private Map<String, BigDecimal> unknownFigures = Map.of();

        Builder(CompiledFramework framework) {
            this.framework = framework;
            this.items = new ItemAnswer[framework.leaves.length];
            this.figures = new BigDecimal[framework.figures.length];
        }

        /** Sets the answer for the leaf with this code. */
        public Builder item(String code, ItemAnswer answer) {
            Objects.requireNonNull(answer, "answer");
            Integer index = framework.leafIndex.get(Objects.requireNonNull(code, "code"));
            if (index == null) {
                if (unknownItems.isEmpty()) {
                    unknownItems = new TreeMap<>();
                }
                unknownItems.put(code, answer);
            } else {
                items[index] = answer;
            }
            return this;
        }

        /**
         * Marks the leaf with this code as not applicable to the visited unit by the framework's own rule (its
         * "Áp dụng cho" names other unit types): whatever is answered, it is NOT_APPLICABLE, explained as "không
         * áp dụng cho {@code unitType}", and counts in no maximum. An unknown code is ignored.
         *
         * @param unitType the visited unit's type as it should be printed ("xã")
         */
        public Builder notApplicableFor(String code, String unitType) {
            Objects.requireNonNull(unitType, "unitType");
            Integer index = framework.leafIndex.get(Objects.requireNonNull(code, "code"));
            if (index != null) {
                if (outOfScope == null) {
                    outOfScope = new String[items.length];
                }
                outOfScope[index] = unitType;
            }
            return this;
        }

        /** Sets the raw figure with this code (leave it out when unknown: unknown is never zero). */
        public Builder figure(String code, BigDecimal value) {
            Objects.requireNonNull(value, "value");
            Integer index = framework.figureIndex.get(Objects.requireNonNull(code, "code"));
            if (index == null) {
                if (unknownFigures.isEmpty()) {
                    unknownFigures = new TreeMap<>();
                }
                unknownFigures.put(code, value);
            } else {
                figures[index] = value;
            }
            return this;
        }

        /** Sets every figure of the map. */
        public Builder figures(Map<String, BigDecimal> values) {
            values.forEach(this::figure);
            return this;
        }

        /** The answers collected so far (the builder can go on). */
        public FrameworkAnswers build() {
            return new FrameworkAnswers(this);
        }
    }
}
