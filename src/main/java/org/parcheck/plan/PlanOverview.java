package org.parcheck.plan;

/** A plan with the progress of its visits, for the plan list. */
public record PlanOverview(Plan plan, int visits, int notStarted, int inProgress, int finalised) {
}
