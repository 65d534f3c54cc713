package org.parcheck.plan;

import java.util.List;
import java.util.Optional;

/** Stores plans, their teams and their visits. */
public interface PlanRepository {

    /** Inserts a plan with its team in one transaction and returns the plan with its id. */
    Plan insert(Plan plan, List<TeamMember> team);

    Optional<Plan> find(long id);

    List<PlanOverview> overviews();

    List<TeamMember> team(long planId);

    Visit insertVisit(Visit visit);

    List<Visit> visits(long planId);

    int count();
}
