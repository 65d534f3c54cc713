package org.parcheck.plan;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Plans, units and visits for the screens. */
public final class PlanService {

    private final PlanRepository plans;
    private final UnitRepository units;

    public PlanService(PlanRepository plans, UnitRepository units) {
        this.plans = plans;
        this.units = units;
    }

    public List<PlanOverview> overviews() {
        return plans.overviews();
    }

    public List<AdminUnit> units() {
        return units.findAll();
    }

    /** The plan's visits with each unit's name as stored (never rewritten by later reorganisations). */
    public List<VisitOverview> visits(long planId) {
        Map<Long, AdminUnit> byId = units.findAll().stream()
                .collect(Collectors.toMap(AdminUnit::id, Function.identity()));
        return plans.visits(planId).stream()
                .map(v -> {
                    AdminUnit unit = byId.get(v.unitId());
                    return new VisitOverview(v, unit, UnitNames.displayName(unit, byId));
                })
                .toList();
    }
}
