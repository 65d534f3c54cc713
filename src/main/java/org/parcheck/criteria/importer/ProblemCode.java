package org.parcheck.criteria.importer;

/**
 * What can be wrong with an imported workbook. The message is {@code criteria.import.<key>} in the message
 * bundles; the arguments each code carries are listed here, in placeholder order.
 */
public enum ProblemCode {
    /** (reason): the file could not be read at all. */
    FILE_UNREADABLE("fileUnreadable"),
    /** (): the file is empty. */
    EMPTY_FILE("emptyFile"),
    /** (sizeMegabytes, limitMegabytes). */
    TOO_LARGE("tooLarge"),
    /** (): not an Excel workbook (CSV, PDF, random bytes…). */
    NOT_XLSX("notXlsx"),
    /** (): an Office Open XML file that is not a workbook (a Word or PowerPoint document). */
    NOT_SPREADSHEET("notSpreadsheet"),
    /** (): an old binary .xls workbook. */
    LEGACY_XLS("legacyXls"),
    /** (): the workbook is protected by a password (encrypted). */
    ENCRYPTED("encrypted"),
    /** (reason): the workbook is damaged or truncated. */
    CORRUPT("corrupt"),
    /** (sheetName): a sheet of the layout is missing. */
    MISSING_SHEET("missingSheet"),
    /** (header): a required column is missing from the header row. */
    MISSING_COLUMN("missingColumn"),
    /** (header): two columns have the same header. */
    DUPLICATE_COLUMN("duplicateColumn"),
    /** (settingLabel): a required setting row is missing. */
    MISSING_SETTING("missingSetting"),
    /** (settingLabel): a setting row that the layout does not know. */
    UNKNOWN_SETTING("unknownSetting"),
    /** (settingLabel, firstRow): a setting given twice. */
    DUPLICATE_SETTING("duplicateSetting"),
    /** (): a required cell is empty. */
    REQUIRED("required"),
    /** (text): text where a number belongs. */
    NOT_A_NUMBER("notANumber"),
    /** (text): a year or count that is not a whole number. */
    NOT_A_WHOLE_NUMBER("notWholeNumber"),
    /** (value): a negative number where points or caps belong. */
    NEGATIVE("negative"),
    /** (text, acceptedWords). */
    UNKNOWN_WORD("unknownWord"),
    /** (formula): a formula cell without a saved (cached) value. */
    FORMULA_WITHOUT_VALUE("formulaWithoutValue"),
    /** (errorText): a cell or formula showing an error such as #DIV/0!. */
    CELL_ERROR("cellError"),
    /** (cellRange): merged cells; the top-left value was used for every cell of the range (a warning). */
    MERGED_CELLS("mergedCells"),
    /**
     * (cellRange, columnsRead): a merged cell in the header row; the columns it covers are still read, the blank
     * ones as the layout's next columns (a warning, #16 §7).
     */
    MERGED_HEADER("mergedHeader"),
    /** (part): thresholds not written as "95:1; 80:0,5; 0:0". */
    BAD_THRESHOLDS("badThresholds"),
    /** (part): options not written as "A=2 (label); B=1; C=0". */
    BAD_OPTIONS("badOptions"),
    /** (figureCode): a figure that the sheet "Số liệu" does not define. */
    UNKNOWN_FIGURE("unknownFigure"),
    /** (code, firstRow). */
    DUPLICATE_CODE("duplicateCode"),
    /** (parentCode). */
    UNKNOWN_PARENT("unknownParent"),
    /** (code): a self-assessment form names an item the visit's framework does not have. */
    UNKNOWN_ITEM("unknownItem"),
    /** (code): a self score on an area or criterion (only sub-criteria are scored). */
    SCORE_ON_GROUP("scoreOnGroup"),
    /** (score, maxPoints): a self score above the item's maximum. */
    ABOVE_MAX("aboveMax"),
    /** (parentCode, parentRow): the parent is listed below its child. */
    PARENT_BELOW("parentBelow"),
    /** (code). */
    OWN_PARENT("ownParent"),
    /** (code): more than three levels (area → criterion → sub-criterion). */
    TOO_DEEP("tooDeep"),
    /** (partCount): a "not more than" constraint needs exactly one part. */
    PART_OF_ONE_PART("partOfOnePart"),
    /** (ruleWord): a rule parameter that the item's rule type does not use (a warning). */
    PARAMETER_IGNORED("parameterIgnored"),
    /** (subjectCode, explanation): a framework definition problem found by the scoring engine. */
    DEFINITION("definition"),
    /** (explanation): a definition problem of the framework as a whole (no areas at all). */
    FRAMEWORK_DEFINITION("frameworkDefinition"),
    /** (rows, limit): a sheet has more rows than any workbook of this kind (an Excel sheet can hold 1,048,576). */
    TOO_MANY_ROWS("tooManyRows"),
    /** (length, limit): a cell's text is longer than the field it goes into can hold. */
    TEXT_TOO_LONG("textTooLong"),
    /** (): the workbook unpacks to far more than its file size (POI's zip-bomb guard): too large, not damaged. */
    EXPANDS_TOO_MUCH("expandsTooMuch");

    /** The bundle key prefix of every code's message. */
    public static final String KEY_PREFIX = "criteria.import.";

    private final String key;

    ProblemCode(String key) {
        this.key = key;
    }

    /** The code's part of the bundle key. */
    public String key() {
        return key;
    }

    /** The full bundle key, {@code criteria.import.<key>}. */
    public String messageKey() {
        return KEY_PREFIX + key;
    }
}
