package org.parcheck.plan;

/** Roles in an inspection team. */
public enum TeamRole {
    LEAD, DEPUTY_LEAD, MEMBER, SECRETARY;

    public String labelKey() {
        return "plan.teamRole." + name();
    }
}
