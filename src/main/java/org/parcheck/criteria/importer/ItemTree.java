package org.parcheck.criteria.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parcheck.criteria.CriteriaItem;
import org.parcheck.scoring.NodeKind;

/**
 * Builds the item tree from rows. The parent of a row is the "Mã cha" cell when filled ("-" means none); when
 * blank, it is the code without its last ".part" ("3.2.1" → "3.2"), and a code without a dot (or a row that
 * says "Lĩnh vực" and whose shortened code is not listed) is an area. A parent must be listed above its
 * children. A blank "Cấp" follows from the depth: area, criterion, sub-criterion; deeper is a problem.
 */
final class ItemTree {

    private static final int MAX_DEPTH = 3;

    private final Map<String, ItemRow> byCode = new HashMap<>();
    private final Map<String, Integer> depths = new HashMap<>();
    private final Map<String, List<ItemRow>> children = new HashMap<>();
    private final List<ItemRow> roots = new ArrayList<>();

    /** A resolved parent: none (an area), a code, or a failure already reported. */
    private record Parent(String code, boolean failed) {
        static final Parent NONE = new Parent(null, false);
        static final Parent FAILED = new Parent(null, true);
    }

    /** Places every row (rows with unique codes, in sheet order), reporting tree problems at their cells. */
    ItemTree(List<ItemRow> rows) {
        for (ItemRow row : rows) {
            byCode.put(row.code(), row);
        }
        for (ItemRow row : rows) {
            place(row);
        }
    }

    /** The areas with their subtrees; call only when no problem was reported for the sheet. */
    List<CriteriaItem> areas() {
        List<CriteriaItem> areas = new ArrayList<>();
        for (ItemRow root : roots) {
            areas.add(node(root));
        }
        return areas;
    }

    private void place(ItemRow row) {
        Parent parent = parentOf(row);
        if (parent.failed()) {
            return;
        }
        int depth = parent.code() == null ? 1 : depths.get(parent.code()) + 1;
        if (depth > MAX_DEPTH) {
            row.source().error(ItemColumn.CODE, ProblemCode.TOO_DEEP, row.code());
            return;
        }
        depths.put(row.code(), depth);
        if (parent.code() == null) {
            roots.add(row);
        } else {
            children.computeIfAbsent(parent.code(), k -> new ArrayList<>()).add(row);
        }
    }

    private Parent parentOf(ItemRow row) {
        String given = row.parentText();
        if (Layout.NO_PARENT.equals(given)) {
            return Parent.NONE;
        }
        if (given != null) {
            if (given.equals(row.code())) {
                row.source().error(ItemColumn.PARENT, ProblemCode.OWN_PARENT, row.code());
                return Parent.FAILED;
            }
            return listedAbove(row, given, ItemColumn.PARENT);
        }
        String derived = derived(row.code());
        if (derived == null || (!byCode.containsKey(derived) && row.kind() == NodeKind.AREA)) {
            return Parent.NONE;
        }
        return listedAbove(row, derived, ItemColumn.CODE);
    }

    private Parent listedAbove(ItemRow row, String parent, ItemColumn column) {
        ItemRow parentRow = byCode.get(parent);
        if (parentRow == null) {
            row.source().error(column, ProblemCode.UNKNOWN_PARENT, parent);
            return Parent.FAILED;
        }
        if (parentRow.row() > row.row()) {
            row.source().error(column, ProblemCode.PARENT_BELOW, parent, parentRow.row());
            return Parent.FAILED;
        }
        // a parent that could not be placed has its own problem already
        return depths.containsKey(parent) ? new Parent(parent, false) : Parent.FAILED;
    }

    /** "3.2.1" → "3.2"; null for a code without a dot. */
    static String derived(String code) {
        int dot = code.lastIndexOf('.');
        return dot <= 0 ? null : code.substring(0, dot);
    }

    private CriteriaItem node(ItemRow row) {
        List<CriteriaItem> kids = new ArrayList<>();
        for (ItemRow child : children.getOrDefault(row.code(), List.of())) {
            kids.add(node(child));
        }
        NodeKind kind = row.kind() != null ? row.kind() : NodeKind.values()[depths.get(row.code()) - 1];
        return new CriteriaItem(kind, row.code(), row.title(), row.guidance(), row.maxPoints(), row.rule(),
                row.evidence(), row.critical(), row.method(), row.appliesTo(), kids);
    }
}
