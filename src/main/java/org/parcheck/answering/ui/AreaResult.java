package org.parcheck.answering.ui;

/** One area in the live score panel: title, "achieved / max", and the fraction for its bar (0–1, or -1 if none). */
public record AreaResult(String code, String title, String points, double fraction) {
}
