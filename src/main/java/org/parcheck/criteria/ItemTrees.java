package org.parcheck.criteria;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.parcheck.scoring.NodeKind;
import org.parcheck.scoring.rules.YesNoRule;

/** Edits of an immutable item tree: each returns a new list of areas. Items are found by code. */
public final class ItemTrees {

    private ItemTrees() {
    }

    public static Optional<CriteriaItem> find(List<CriteriaItem> items, String code) {
        for (CriteriaItem item : items) {
            if (item.code().equals(code)) {
                return Optional.of(item);
            }
            Optional<CriteriaItem> inChild = find(item.children(), code);
            if (inChild.isPresent()) {
                return inChild;
            }
        }
        return Optional.empty();
    }

    /** The tree with the item {@code code} replaced by {@code change.apply(item)}. */
    public static List<CriteriaItem> replace(List<CriteriaItem> items, String code,
                                             UnaryOperator<CriteriaItem> change) {
        List<CriteriaItem> out = new ArrayList<>(items.size());
        for (CriteriaItem item : items) {
            if (item.code().equals(code)) {
                out.add(change.apply(item));
            } else {
                out.add(item.withChildren(replace(item.children(), code, change)));
            }
        }
        return out;
    }

    /** The tree without the item {@code code} (and its sub-items). */
    public static List<CriteriaItem> remove(List<CriteriaItem> items, String code) {
        List<CriteriaItem> out = new ArrayList<>(items.size());
        for (CriteriaItem item : items) {
            if (!item.code().equals(code)) {
                out.add(item.withChildren(remove(item.children(), code)));
            }
        }
        return out;
    }

    /** A new area at the end, coded after the existing areas. */
    public static List<CriteriaItem> addArea(List<CriteriaItem> areas, String title) {
        List<CriteriaItem> out = new ArrayList<>(areas);
        out.add(CriteriaItem.leaf(NodeKind.AREA, String.valueOf(areas.size() + 1), title, BigDecimal.ONE,
                new YesNoRule(false)));
        return out;
    }

    /**
     * A new yes/no item under {@code parentCode}, coded parent.code + "." + n; an area gets a criterion, a
     * criterion a sub-criterion. A leaf that gets a child becomes an inner node (its rule is dropped).
     */
    public static List<CriteriaItem> addChild(List<CriteriaItem> items, String parentCode, String title) {
        return replace(items, parentCode, parent -> {
            NodeKind kind = parent.kind() == NodeKind.AREA ? NodeKind.CRITERION : NodeKind.SUB_CRITERION;
            List<CriteriaItem> children = new ArrayList<>(parent.children());
            String code = nextFreeCode(items, parent.code(), children.size() + 1);
            children.add(CriteriaItem.leaf(kind, code, title, BigDecimal.ONE, new YesNoRule(false)));
            return parent.withRule(null).withChildren(children);
        });
    }

    private static String nextFreeCode(List<CriteriaItem> items, String prefix, int start) {
        int n = start;
        while (find(items, prefix + "." + n).isPresent()) {
            n++;
        }
        return prefix + "." + n;
    }
}
