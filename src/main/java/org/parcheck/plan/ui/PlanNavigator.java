package org.parcheck.plan.ui;

/** Where the plan screens lead: the editor of a plan (0 for a new one), a visit, or back to the plan list. */
public interface PlanNavigator {

    /** The id the editor gets for a plan not yet stored. */
    long NEW_PLAN = 0;

    void openEditor(long planId);

    void backToList();

    /** Opens the visit screen (checklist) of a visit. */
    void openVisit(long visitId);
}
