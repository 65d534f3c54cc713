package org.parcheck.plan;

import java.util.List;
import java.util.Map;
import org.parcheck.common.domain.UnitType;

/**
 * A plan as edited on the plan screen: its header, its team, the framework version per unit type and its
 * visits (id null for new ones). Saved as a whole in one transaction.
 */
public record PlanDraft(Plan plan, List<TeamMember> team, Map<UnitType, Long> frameworks, List<Visit> visits) {

    public PlanDraft {
        team = List.copyOf(team);
        frameworks = Map.copyOf(frameworks);
        visits = List.copyOf(visits);
    }
}
