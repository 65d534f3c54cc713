package org.parcheck.scoring;

/** Outcome of one item. Only SCORED items have a score; the others are never counted as zero. */
public enum ItemStatus {
    /** Scored (possibly 0 for a reason given in the explanation). */
    SCORED,
    /** Marked not applicable: removed from the applicable maximum. */
    NOT_APPLICABLE,
    /** No answer yet. */
    MISSING,
    /** Cannot be computed: an unknown figure or a zero denominator. */
    NOT_ASSESSABLE,
    /** Bad input (see the card's validation issues). */
    INVALID
}
