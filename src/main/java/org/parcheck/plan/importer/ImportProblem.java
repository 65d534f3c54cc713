package org.parcheck.plan.importer;

import java.util.List;

/** What is wrong in a unit list: the row (1-based, as in the spreadsheet), the column (null for the whole file). */
public record ImportProblem(int row, ImportColumn column, String messageKey, List<Object> args) {

    public ImportProblem {
        args = List.copyOf(args);
    }

    static ImportProblem of(int row, ImportColumn column, String messageKey, Object... args) {
        return new ImportProblem(row, column, messageKey, List.of(args));
    }

    public Object[] argArray() {
        return args.toArray();
    }
}
