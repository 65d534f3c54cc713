package org.parcheck.plan;

/** A visit with the unit's display name as it was on the visit date. */
public record VisitOverview(Visit visit, AdminUnit unit, String unitDisplayName) {
}
