package org.parcheck.plan;

import java.util.List;

/**
 * The change logs of finalised visits, for edits of plans, teams and units that reach what a visit's report prints
 * (issue #15 §2). A finalised visit's report keeps the plan, team and unit as they were when it was finalised
 * ({@code visit.frozen_report}, V006), so such an edit does not reach it; its change log gets a line saying what
 * changed and that the report keeps its content. A visit finalised before V006 has no snapshot: its report prints
 * the live rows, and its line says so.
 */
public interface FinalisedVisitLog {

    /** Reason stored with the line when the visit's report keeps its frozen content. */
    String REPORT_KEPT = "#frozen-report-kept";
    /** Reason stored with the line when the visit has no snapshot and its report will print the new value. */
    String REPORT_LIVE = "#frozen-report-live";

    /** A finalised visit: its id, its unit and whether its report is frozen. */
    record FinalisedVisit(long id, long unitId, boolean frozen) {
    }

    /** The finalised visits of a plan. */
    List<FinalisedVisit> ofPlan(long planId);

    /** The finalised visits to a unit. */
    List<FinalisedVisit> ofUnit(long unitId);

    /** Appends one line to a visit's change log (in the caller's transaction). */
    void append(long visitId, String entity, String field, String oldValue, String newValue, String reason,
                String actor);
}
