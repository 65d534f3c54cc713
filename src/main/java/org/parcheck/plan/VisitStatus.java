package org.parcheck.plan;

/** Life of a visit: planned, being filled in, finalised (read-only until reopened with a reason). */
public enum VisitStatus {
    PLANNED, IN_PROGRESS, FINALISED;

    public String labelKey() {
        return "plan.visitStatus." + name();
    }
}
