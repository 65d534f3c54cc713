package org.parcheck.scoring;

import java.util.List;

/**
 * A constraint between raw figures, checked only when all its figures are known. A violation makes every figure
 * in it invalid, and every item that reads one of them INVALID.
 *
 * @param type  the relation
 * @param parts the part figure codes (exactly one for PART_OF)
 * @param whole the whole figure code
 */
public record FigureConstraint(ConstraintType type, List<String> parts, String whole) {

    public FigureConstraint {
        parts = List.copyOf(parts);
    }

    /** {@code part ≤ whole}. */
    public static FigureConstraint partOf(String part, String whole) {
        return new FigureConstraint(ConstraintType.PART_OF, List.of(part), whole);
    }

    /** {@code sum(parts) ≤ whole}. */
    public static FigureConstraint sumAtMost(String whole, String... parts) {
        return new FigureConstraint(ConstraintType.SUM_LE, List.of(parts), whole);
    }

    /** {@code sum(parts) = whole}. */
    public static FigureConstraint sumEquals(String whole, String... parts) {
        return new FigureConstraint(ConstraintType.SUM_EQ, List.of(parts), whole);
    }
}
