package org.parcheck.scoring;

/** A consistency rule between raw figures. */
public enum ConstraintType {
    /** The single part is at most the whole (online ≤ received). */
    PART_OF,
    /** The sum of the parts is at most the whole. */
    SUM_LE,
    /** The sum of the parts equals the whole (resolved + in progress = received). */
    SUM_EQ
}
