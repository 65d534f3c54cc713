package org.parcheck.criteria.importer;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems and warnings of one import, in the order they are found. */
final class Problems {

    private final List<ImportProblem> errors = new ArrayList<>();
    private final List<ImportProblem> warnings = new ArrayList<>();

    void error(ImportProblem problem) {
        errors.add(problem);
    }

    void warning(ImportProblem problem) {
        warnings.add(problem);
    }

    /** Number of errors so far; compare before and after reading a row to know whether the row was clean. */
    int errorCount() {
        return errors.size();
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    List<ImportProblem> errors() {
        return List.copyOf(errors);
    }

    List<ImportProblem> warnings() {
        return List.copyOf(warnings);
    }
}
