package org.parcheck.scoring.rules;

/** What a threshold's value means: points, or a fraction (0..1) of the item's maximum. */
public enum BandValue {
    POINTS,
    FRACTION_OF_MAX
}
