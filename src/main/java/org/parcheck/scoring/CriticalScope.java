package org.parcheck.scoring;

/** What failing a critical item (scoring 0) zeroes: nothing, its area, or the whole visit. */
public enum CriticalScope {
    NONE,
    AREA,
    TOTAL
}
