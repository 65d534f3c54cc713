package org.parcheck.plan.importer;

import java.time.LocalDate;
import org.parcheck.common.domain.UnitType;
import org.parcheck.plan.AdminUnit;

/**
 * A valid row of a unit list and what importing it does. {@code existing} is the stored unit with the same code,
 * name and validity, if any. Parent and successor point either to a stored unit or to another row of the file.
 */
public record ImportedUnit(int row, String code, String name, UnitType type, LocalDate validFrom, LocalDate validTo,
                           Ref parent, Ref successor, AdminUnit existing, Action action) {

    /** What the import does with a row. */
    public enum Action { NEW, UPDATE, UNCHANGED }

    /** A reference to a stored unit (by id) or to a row of the file being imported. */
    public record Ref(Long unitId, Integer row) {

        public static Ref stored(long id) {
            return new Ref(id, null);
        }

        public static Ref toRow(int row) {
            return new Ref(null, row);
        }
    }
}
