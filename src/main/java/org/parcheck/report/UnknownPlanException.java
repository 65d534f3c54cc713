package org.parcheck.report;

/** Raised when a summary is asked for a plan that does not exist. */
public final class UnknownPlanException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;
    private final long planId;

    public UnknownPlanException(long planId) {
        super("No plan " + planId);
        this.planId = planId;
    }

    public long planId() {
        return planId;
    }
}
