package org.parcheck.criteria.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Workbook;
import org.parcheck.criteria.AssessmentMethod;
import org.parcheck.criteria.CriteriaItem;
import org.parcheck.scoring.CriticalScope;
import org.parcheck.scoring.rules.RuleType;
import org.parcheck.scoring.rules.ScoringRule;

/** Reads the sheet "Tiêu chí" row by row, then builds the tree ({@link ItemTree}). */
final class ItemsReader {

    private ItemsReader() {
    }

    /**
     * The areas (with their subtrees), or null when the sheet cannot be read.
     *
     * @param figures the defined figure codes, or null when unknown (then references are not checked)
     */
    static Located<CriteriaItem, ItemColumn> read(Workbook workbook, Problems problems, Set<String> figures) {
        Table<ItemColumn> table = TableReader.read(workbook, Layout.ITEMS, ItemColumn.class, problems);
        if (table == null) {
            return null;
        }
        int before = problems.errorCount();
        List<ItemRow> rows = new ArrayList<>();
        Map<String, Integer> firstRow = new HashMap<>();
        for (TableRow<ItemColumn> row : table.rows()) {
            ItemRow item = item(row, figures);
            if (item.code() == null) {
                continue;
            }
            Integer first = firstRow.putIfAbsent(item.code(), row.row());
            if (first != null) {
                row.error(ItemColumn.CODE, ProblemCode.DUPLICATE_CODE, item.code(), first);
            } else {
                rows.add(item);
            }
        }
        ItemTree tree = new ItemTree(rows);
        List<CriteriaItem> areas = problems.errorCount() == before ? tree.areas() : List.of();
        return new Located<>(areas, firstRow, table.header());
    }

    private static ItemRow item(TableRow<ItemColumn> row, Set<String> figures) {
        String code = row.requiredText(ItemColumn.CODE);
        String parent = row.text(ItemColumn.PARENT);
        var kind = row.word(ItemColumn.KIND, Words.KINDS, null);
        String title = row.requiredText(ItemColumn.TITLE);
        var max = row.requiredPoints(ItemColumn.MAX_POINTS);
        RuleType type = row.word(ItemColumn.RULE, Words.RULES, null);
        ScoringRule rule = type == null ? null : RuleCodec.decode(row, type, figures);
        boolean evidence = row.yesNo(ItemColumn.EVIDENCE);
        CriticalScope critical = row.word(ItemColumn.CRITICAL, Words.CRITICAL, CriticalScope.NONE);
        AssessmentMethod method = row.word(ItemColumn.METHOD, Words.METHODS, AssessmentMethod.APPRAISAL);
        var appliesTo = SettingsReader.unitTypes(row, ItemColumn.APPLIES_TO);
        String guidance = row.text(ItemColumn.GUIDANCE);
        return new ItemRow(row, code, parent, kind, title, max, rule, evidence, critical, method, appliesTo,
                guidance);
    }
}
