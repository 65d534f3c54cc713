package org.parcheck.criteria.importer;

import java.util.List;
import java.util.Objects;

/** The outcome of reading a workbook: the whole framework, or the problems and nothing else. */
public sealed interface ImportResult permits ImportResult.Imported, ImportResult.Rejected {

    /** Advice that does not block the import (merged cells, ignored parameters, definition warnings). */
    List<ImportProblem> warnings();

    /**
     * The whole file was valid.
     *
     * @param framework the settings and content, normalised (NFC text, numbers without trailing zeros)
     * @param warnings  advice, possibly empty
     */
    record Imported(WorkbookFramework framework, List<ImportProblem> warnings) implements ImportResult {
        public Imported {
            Objects.requireNonNull(framework, "framework");
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * The file cannot be imported; nothing of it is returned.
     *
     * @param problems every problem found, never empty, in sheet and row order
     * @param warnings advice found on the way
     */
    record Rejected(List<ImportProblem> problems, List<ImportProblem> warnings) implements ImportResult {
        public Rejected {
            problems = List.copyOf(problems);
            warnings = List.copyOf(warnings);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("a rejected import needs a problem");
            }
        }
    }
}
