package org.parcheck.answering;

/**
 * A part of the biên bản the team may choose to leave to be written by hand on the paper (with a reason): the
 * report then prints dotted lines for it, and finalising does not ask for it. Stored by name (V005).
 */
public enum HandwrittenPart {
    /** The start and end times. */
    TIMES,
    /** The team members present. */
    TEAM,
    /** The unit's attendees and the one who signs. */
    ATTENDEES,
    /** The unit's opinion. */
    OPINION
}
