package org.parcheck.answering.ui;

/**
 * The forms of the visit's second tab (the report part): a refusal or a failed save is shown in red next to the
 * form it is about (#16 §3), not at the top of the tab.
 */
public enum FindingsForm {
    TEAM, ATTENDEES, FINDINGS, RECOMMENDATIONS, EVIDENCE, CLOSING
}
