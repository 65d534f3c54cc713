package org.parcheck.answering;

import org.parcheck.common.domain.UnitType;
import org.parcheck.criteria.StoredFramework;
import org.parcheck.plan.Visit;
import org.parcheck.scoring.CompiledFramework;

/**
 * An open visit: the visit, its unit's printed name, its framework version (compiled once for live scoring).
 *
 * @param visit     the visit as stored when opened
 * @param unitName  e.g. "xã Cô Ngân, huyện Hạ Lang"
 * @param unitType  the unit's type
 * @param framework the framework version the visit is scored against
 * @param compiled  the same, prepared for the scoring engine
 */
public record VisitSession(Visit visit, String unitName, UnitType unitType, StoredFramework framework,
                           CompiledFramework compiled) {

    public long visitId() {
        return visit.id();
    }
}
