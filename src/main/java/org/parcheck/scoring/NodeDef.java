package org.parcheck.scoring;

import java.math.BigDecimal;
import java.util.List;
import org.parcheck.scoring.rules.ScoringRule;

/**
 * A node of the framework tree. Leaves (no children) carry a {@link ScoringRule}; inner nodes carry none and
 * their maximum should equal the sum of their non-adjustment children.
 *
 * @param kind             area, criterion or sub-criterion
 * @param code             unique code within the framework ("3.2.1")
 * @param title            title shown to users
 * @param maxPoints        maximum points (for bonus/deduction items: the cap of the item)
 * @param rule             scoring rule of a leaf, null for inner nodes
 * @param evidenceRequired whether a leaf scores 0 when no evidence is cited
 * @param critical         what failing this leaf (scoring 0) zeroes
 * @param children         child nodes, in display order
 */
public record NodeDef(NodeKind kind, String code, String title, BigDecimal maxPoints, ScoringRule rule,
        boolean evidenceRequired, CriticalScope critical, List<NodeDef> children) {

    public NodeDef {
        critical = critical == null ? CriticalScope.NONE : critical;
        children = children == null ? List.of() : List.copyOf(children);
    }

    /** A leaf with no evidence requirement and not critical. */
    public static NodeDef leaf(NodeKind kind, String code, String title, BigDecimal maxPoints, ScoringRule rule) {
        return new NodeDef(kind, code, title, maxPoints, rule, false, CriticalScope.NONE, List.of());
    }

    /** An inner node. */
    public static NodeDef inner(NodeKind kind, String code, String title, BigDecimal maxPoints,
            List<NodeDef> children) {
        return new NodeDef(kind, code, title, maxPoints, null, false, CriticalScope.NONE, children);
    }

    /** A copy that requires evidence. */
    public NodeDef withEvidenceRequired() {
        return new NodeDef(kind, code, title, maxPoints, rule, true, critical, children);
    }

    /** A copy with the given critical scope. */
    public NodeDef withCritical(CriticalScope scope) {
        return new NodeDef(kind, code, title, maxPoints, rule, evidenceRequired, scope, children);
    }

    /** Whether this node is a leaf (has no children). */
    public boolean isLeaf() {
        return children.isEmpty();
    }
}
