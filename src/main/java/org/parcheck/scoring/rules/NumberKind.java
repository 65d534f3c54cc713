package org.parcheck.scoring.rules;

/** Kind of a number (a raw figure or a typed answer): what values are valid. */
public enum NumberKind {
    /** A whole count, never negative (dossiers, documents). */
    COUNT,
    /** Any decimal number. */
    DECIMAL,
    /** A percent number in [0, 100]. */
    PERCENT
}
