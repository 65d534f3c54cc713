package org.parcheck.plan.ui;

/** Where the plan screens lead: the editor of a plan (0 for a new one), a visit, or back to the plan list. */
public interface PlanNavigator {

    /** The id the editor gets for a plan not yet stored. */
    long NEW_PLAN = 0;

    void openEditor(long planId);

    void backToList();

    /** Opens the visit screen (checklist) of a visit. */
    void openVisit(long visitId);

    /** Exports the plan, or only the given visits of it, to a team-exchange package (the window asks for a file). */
    default void exportPackage(long planId, java.util.List<Long> visitIds, String suggestedName) {
    }

    /** Opens the import screen of a team-exchange package; {@code onImported} runs after one was applied. */
    default void importPackage(Runnable onImported) {
    }
}
