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

    /** Updates the plan's header (number/symbol, dates, bodies, title, legal basis, year, place). */
    void update(Plan plan);

    /** Replaces the plan's team by {@code team}, in its order; members keep their UUIDs. */
    void replaceTeam(long planId, List<TeamMember> team);

    /** Replaces the framework version per unit type of a plan. */
    void replaceFrameworks(long planId, Map<UnitType, Long> frameworks);

    /** Updates what the plan decides about a visit: unit, framework version, date and place. */
    void updateVisit(Visit visit);

    /** Deletes a visit; callers check first that nothing was recorded at it ({@link #answerCounts(long)}). */
    void deleteVisit(long visitId);

    /** The number of answers and raw figures recorded per visit of a plan; visits with none are absent. */
    Map<Long, Integer> answerCounts(long planId);

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
