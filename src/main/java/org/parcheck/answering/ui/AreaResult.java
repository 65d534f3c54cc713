package org.parcheck.answering.ui;

/**
 * One area in the live score panel: title, "achieved / max", the fraction for its bar (0–1, or -1 if none), and
 * why it is zeroed when a critical item failed ("" otherwise).
 */
public record AreaResult(String code, String title, String points, double fraction, String zeroedNote) {
}
