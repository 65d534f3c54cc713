package org.parcheck.scoring.rules;

/** Stable identifier of a scoring rule type; safe to store (by name) in the database and in JSON. */
public enum RuleType {
    YES_NO,
    CHOICE,
    NUMBER_BANDS,
    RATIO_BANDS,
    PROPORTIONAL,
    PROPORTIONAL_TO_TARGET,
    MANUAL,
    BONUS,
    DEDUCTION;

    /** Whether items of this type are bonus or deduction adjustments rather than part of the maximum. */
    public boolean isAdjustment() {
        return this == BONUS || this == DEDUCTION;
    }
}
