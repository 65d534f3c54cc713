package org.parcheck.criteria.importer;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Workbook;
import org.parcheck.common.domain.UnitType;

/** Reads the sheet "Thông tin". */
final class SettingsReader {

    private SettingsReader() {
    }

    /** The settings, or null when the sheet cannot be read (problems reported). */
    static SettingsValues read(Workbook workbook, Problems problems) {
        Table<SettingColumn> table = TableReader.read(workbook, Layout.SETTINGS, SettingColumn.class, problems);
        if (table == null) {
            return null;
        }
        Map<Setting, TableRow<SettingColumn>> rows = new EnumMap<>(Setting.class);
        for (TableRow<SettingColumn> row : table.rows()) {
            String label = row.requiredText(SettingColumn.SETTING);
            if (label == null) {
                continue;
            }
            Setting setting = Setting.LABELS.parse(label);
            if (setting == null) {
                row.error(SettingColumn.SETTING, ProblemCode.UNKNOWN_SETTING, label);
            } else if (rows.containsKey(setting)) {
                row.error(SettingColumn.SETTING, ProblemCode.DUPLICATE_SETTING, label, rows.get(setting).row());
            } else {
                rows.put(setting, row);
            }
        }
        String name = null;
        TableRow<SettingColumn> nameRow = rows.get(Setting.NAME);
        if (nameRow == null) {
            problems.error(new ImportProblem(table.sheet(), 0, null, null, ProblemCode.MISSING_SETTING,
                    List.of(Setting.NAME.label())));
        } else {
            name = limited(nameRow, Setting.NAME, nameRow.requiredText(SettingColumn.VALUE));
        }
        TableRow<SettingColumn> mustSum = rows.get(Setting.POINTS_MUST_SUM);
        boolean pointsMustSum = mustSum == null || mustSum.isBlank(SettingColumn.VALUE)
                || mustSum.yesNo(SettingColumn.VALUE);
        return new SettingsValues(name, text(rows, Setting.DESCRIPTION), targets(rows.get(Setting.TARGETS)),
                year(rows.get(Setting.YEAR)), text(rows, Setting.LEGAL_BASIS), cap(rows.get(Setting.BONUS_CAP)),
                cap(rows.get(Setting.DEDUCTION_CAP)), pointsMustSum);
    }

    private static String text(Map<Setting, TableRow<SettingColumn>> rows, Setting setting) {
        TableRow<SettingColumn> row = rows.get(setting);
        return row == null ? null : limited(row, setting, row.text(SettingColumn.VALUE));
    }

    /** A value longer than the setting's column is a problem at its cell (and not taken). */
    private static String limited(TableRow<SettingColumn> row, Setting setting, String text) {
        if (text != null && setting.maxLength() > 0 && text.length() > setting.maxLength()) {
            row.error(SettingColumn.VALUE, ProblemCode.TEXT_TOO_LONG, text.length(), setting.maxLength());
            return null;
        }
        return text;
    }

    private static Integer year(TableRow<SettingColumn> row) {
        return row == null ? null : row.wholeNumber(SettingColumn.VALUE);
    }

    private static BigDecimal cap(TableRow<SettingColumn> row) {
        return row == null ? null : row.points(SettingColumn.VALUE);
    }

    private static Set<UnitType> targets(TableRow<SettingColumn> row) {
        return row == null ? Set.of() : unitTypes(row, SettingColumn.VALUE);
    }

    /** Unit types listed in a cell ("huyện; xã"); each unknown word is reported. */
    static <C extends Enum<C> & Column> Set<UnitType> unitTypes(TableRow<C> row, C column) {
        Set<UnitType> out = EnumSet.noneOf(UnitType.class);
        for (String word : row.list(column)) {
            UnitType type = Words.UNIT_TYPES.parse(word);
            if (type == null) {
                row.error(column, ProblemCode.UNKNOWN_WORD, word, Words.UNIT_TYPES.accepted());
            } else {
                out.add(type);
            }
        }
        return out;
    }
}
