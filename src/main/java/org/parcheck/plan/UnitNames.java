package org.parcheck.plan;

import java.util.Map;
import org.parcheck.common.domain.UnitType;

/** Names of units as they are printed: "xã Cô Ngân, huyện Hạ Lang". */
public final class UnitNames {

    private UnitNames() {
    }

    /**
     * The unit's official name followed by its parent's, unless the parent is a province (whose name the
     * inspecting body already carries). Names are those stored for the unit, so retired units keep theirs.
     */
    public static String displayName(AdminUnit unit, Map<Long, AdminUnit> byId) {
        AdminUnit parent = unit.parentId() == null ? null : byId.get(unit.parentId());
        if (parent == null || parent.type() == UnitType.PROVINCE) {
            return unit.officialName();
        }
        return unit.officialName() + ", " + parent.officialName();
    }
}
