package org.parcheck.plan.importer;

import java.util.List;

/**
 * What importing a unit list would do, row by row, and every problem found. Nothing is saved unless the list of
 * problems is empty. Rows are in the order they are saved (parents before children).
 */
public record UnitImportPreview(List<ImportedUnit> units, List<ImportProblem> problems) {

    public UnitImportPreview {
        units = List.copyOf(units);
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return problems.isEmpty();
    }

    public long count(ImportedUnit.Action action) {
        return units.stream().filter(u -> u.action() == action).count();
    }
}
