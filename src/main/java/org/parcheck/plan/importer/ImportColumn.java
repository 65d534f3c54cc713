package org.parcheck.plan.importer;

/** The columns of a unit list, in file order (A to G). */
public enum ImportColumn {
    CODE, NAME, TYPE, PARENT_CODE, VALID_FROM, VALID_TO, SUCCESSOR_CODE;

    /** The spreadsheet letter of the column, e.g. "C". */
    public String letter() {
        return String.valueOf((char) ('A' + ordinal()));
    }

    public String labelKey() {
        return "plan.unitImport.column." + name();
    }
}
