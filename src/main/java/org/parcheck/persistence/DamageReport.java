package org.parcheck.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the check after opening found: the visits whose content is not what was last committed, the tables that are
 * damaged or cannot be read (by name), and the read errors. Empty lists: the database is as it was last saved.
 *
 * @param sealed     whether the database had content seals to compare with (false for a database from before
 *                   schema version 9: only the full read was checked)
 * @param visits     the damaged visits, with their unit and date as far as they can still be read
 * @param tables     the damaged tables (upper-case names)
 * @param readErrors per table that could not be read whole, H2's message
 */
public record DamageReport(boolean sealed, List<DamagedVisit> visits, List<String> tables,
                           Map<String, String> readErrors) {

    /** A visit touched by the damage; {@code unit} and {@code date} are null if they cannot be read. */
    public record DamagedVisit(long id, String unit, LocalDate date) {
    }

    /** Whether anything is damaged. */
    public boolean damaged() {
        return !visits.isEmpty() || !tables.isEmpty();
    }
}
