package org.parcheck.plan;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parcheck.common.domain.UnitType;

/** Stores plans, their teams and their visits. */
public interface PlanRepository {

    /** Inserts a plan with its team in one transaction and returns the plan with its id. */
    Plan insert(Plan plan, List<TeamMember> team);

    Optional<Plan> find(long id);

    List<PlanOverview> overviews();

    List<TeamMember> team(long planId);

    Visit insertVisit(Visit visit);

    /** Sets which framework version the plan uses for units of {@code unitType}. */
    void setFramework(long planId, UnitType unitType, long frameworkVersionId);

    /** The framework version per unit type of a plan. */
    Map<UnitType, Long> frameworks(long planId);

    List<Visit> visits(long planId);

    int count();
}
