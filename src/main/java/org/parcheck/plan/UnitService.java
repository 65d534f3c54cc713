package org.parcheck.plan;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.parcheck.plan.importer.ImportedUnit;
import org.parcheck.plan.importer.ImportedUnit.Action;
import org.parcheck.plan.importer.ImportedUnit.Ref;
import org.parcheck.plan.importer.SheetRow;
import org.parcheck.plan.importer.UnitImportPlanner;
import org.parcheck.plan.importer.UnitImportPreview;
import org.parcheck.plan.importer.UnitSheetReader;

/**
 * Units for the screens: add and edit one unit under {@link UnitRules}, and import a list of units from a
 * spreadsheet or CSV file in one transaction (all rows or none). A reorganisation is recorded by retiring units
 * (valid-to) and adding their successors, never by renaming: names belong to the unit record.
 */
public final class UnitService {

    private final UnitRepository units;
    private final Transactor transactor;
    private final FinalisedVisitLog finalisedLog;
    private final Supplier<String> actor;

    /**
     * @param finalisedLog where a change of a unit's printed name is logged for its finalised visits (#15 §2)
     * @param actor        who is editing, for those log lines
     */
    public UnitService(UnitRepository units, Transactor transactor, FinalisedVisitLog finalisedLog,
                       Supplier<String> actor) {
        this.units = units;
        this.transactor = transactor;
        this.finalisedLog = finalisedLog;
        this.actor = actor;
    }

    /** Units only, for screens and tests without visits: nothing to log. */
    public UnitService(UnitRepository units, Transactor transactor) {
        this(units, transactor, null, () -> "?");
    }

    public List<AdminUnit> units() {
        return units.findAll();
    }

    /** Inserts (id null) or updates the unit; refuses one that breaks a rule. Returns the stored unit. */
    public AdminUnit save(AdminUnit unit) {
        return transactor.inTransaction(() -> {
            List<Problem> problems = UnitRules.check(unit, units.findAll()).stream().filter(p -> !p.warning())
                    .toList();
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            if (unit.id() == null) {
                return units.insert(unit);
            }
            Map<Long, String> before = printedNames();
            units.update(unit);
            logRenames(before);
            return unit;
        });
    }

    /** The rows of a unit list file. */
    public List<SheetRow> read(Path file) throws UnitSheetReader.UnreadableFileException {
        return UnitSheetReader.read(file);
    }

    /** What importing {@code rows} would do, with every problem; saves nothing. */
    public UnitImportPreview preview(List<SheetRow> rows) {
        return UnitImportPlanner.plan(rows, units.findAll());
    }

    /**
     * Imports {@code rows} in one transaction, checked again against the units stored at that moment. With any
     * problem nothing is saved and the returned preview lists the problems.
     */
    public UnitImportPreview importRows(List<SheetRow> rows) {
        return transactor.inTransaction(() -> {
            UnitImportPreview preview = UnitImportPlanner.plan(rows, units.findAll());
            if (!preview.valid()) {
                return preview;
            }
            Map<Long, String> before = printedNames();
            Map<Integer, Long> ids = new HashMap<>();
            for (ImportedUnit u : preview.units()) {
                if (u.action() == Action.NEW) {
                    ids.put(u.row(), units.insert(new AdminUnit(null, UUID.randomUUID(), u.type(), u.code(), u.name(),
                            id(u.parent(), ids), u.validFrom(), u.validTo(), null, null)).id());
                } else {
                    ids.put(u.row(), u.existing().id());
                }
            }
            for (ImportedUnit u : preview.units()) {
                Long successor = id(u.successor(), ids);
                if (u.action() == Action.UNCHANGED || u.action() == Action.NEW && successor == null) {
                    continue;
                }
                AdminUnit base = units.find(ids.get(u.row())).orElseThrow();
                units.update(new AdminUnit(base.id(), base.uuid(), u.type(), base.code(), base.name(),
                        id(u.parent(), ids), base.validFrom(), base.validTo(), successor, base.note()));
            }
            logRenames(before);
            return preview;
        });
    }

    // --- #15 frozen report: a unit's printed name changed, named in its finalised visits' change logs ---

    /** Each unit's name as a report prints it ({@link UnitNames#displayName}), by id. */
    private Map<Long, String> printedNames() {
        List<AdminUnit> all = units.findAll();
        Map<Long, AdminUnit> byId = new HashMap<>();
        all.forEach(u -> byId.put(u.id(), u));
        Map<Long, String> names = new HashMap<>();
        all.forEach(u -> names.put(u.id(), UnitNames.displayName(u, byId)));
        return names;
    }

    /**
     * One line in the change log of each finalised visit to a unit whose printed name changed (its own name, or its
     * parent's): the report keeps the name it was finalised with, or (finalised before ParCheck froze it) prints
     * the new one.
     */
    private void logRenames(Map<Long, String> before) {
        if (finalisedLog == null) {
            return;
        }
        Map<Long, String> after = printedNames();
        for (Map.Entry<Long, String> name : before.entrySet()) {
            String now = after.get(name.getKey());
            if (now == null || now.equals(name.getValue())) {
                continue;
            }
            for (FinalisedVisitLog.FinalisedVisit visit : finalisedLog.ofUnit(name.getKey())) {
                finalisedLog.append(visit.id(), "unit", "unitName", name.getValue(), now,
                        visit.frozen() ? FinalisedVisitLog.REPORT_KEPT : FinalisedVisitLog.REPORT_LIVE, actor.get());
            }
        }
    }

    private static Long id(Ref ref, Map<Integer, Long> ids) {
        if (ref == null) {
            return null;
        }
        return ref.unitId() != null ? ref.unitId() : ids.get(ref.row());
    }
}
