package org.parcheck.scoring.rules;

/** Severity of a framework definition issue: errors block scoring, warnings are advice. */
public enum Severity {
    ERROR,
    WARNING
}
