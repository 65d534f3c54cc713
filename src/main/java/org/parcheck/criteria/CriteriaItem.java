package org.parcheck.criteria;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.parcheck.common.domain.UnitType;
import org.parcheck.common.util.Numbers;
import org.parcheck.scoring.CriticalScope;
import org.parcheck.scoring.NodeDef;
import org.parcheck.scoring.NodeKind;
import org.parcheck.scoring.rules.ScoringRule;

/**
 * A node of a criteria framework as the reform office edits it: area, criterion or sub-criterion, with the
 * guidance and applicability that the scoring engine does not need.
 *
 * @param kind             area / criterion / sub-criterion
 * @param code             unique code within the version ("3.2.1")
 * @param title            title (Vietnamese, NFC)
 * @param guidance         how to assess it and which evidence to look at; may be null
 * @param maxPoints        maximum points (for bonus/deduction items, the item's cap)
 * @param rule             the scoring rule of a leaf; null for inner nodes
 * @param evidenceRequired a leaf scores 0 without evidence cited
 * @param critical         what failing the leaf zeroes
 * @param method           appraisal or survey
 * @param appliesTo        unit types the item applies to; empty means all the framework's targets
 * @param children         sub-nodes in display order
 */
public record CriteriaItem(
        NodeKind kind,
        String code,
        String title,
        String guidance,
        BigDecimal maxPoints,
        ScoringRule rule,
        boolean evidenceRequired,
        CriticalScope critical,
        AssessmentMethod method,
        Set<UnitType> appliesTo,
        List<CriteriaItem> children) {

    public CriteriaItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        maxPoints = Numbers.plain(Objects.requireNonNull(maxPoints, "maxPoints"));
        critical = critical == null ? CriticalScope.NONE : critical;
        method = method == null ? AssessmentMethod.APPRAISAL : method;
        appliesTo = appliesTo == null ? Set.of() : Set.copyOf(appliesTo);
        children = children == null ? List.of() : List.copyOf(children);
    }

    /** A leaf with a rule, appraised, applying to every target. */
    public static CriteriaItem leaf(NodeKind kind, String code, String title, BigDecimal maxPoints,
                                    ScoringRule rule) {
        return new CriteriaItem(kind, code, title, null, maxPoints, rule, false, CriticalScope.NONE,
                AssessmentMethod.APPRAISAL, Set.of(), List.of());
    }

    /** An inner node (area or criterion). */
    public static CriteriaItem inner(NodeKind kind, String code, String title, BigDecimal maxPoints,
                                     List<CriteriaItem> children) {
        return new CriteriaItem(kind, code, title, null, maxPoints, null, false, CriticalScope.NONE,
                AssessmentMethod.APPRAISAL, Set.of(), children);
    }

    public boolean isLeaf() {
        return children.isEmpty();
    }

    public CriteriaItem withGuidance(String text) {
        return new CriteriaItem(kind, code, title, text, maxPoints, rule, evidenceRequired, critical, method,
                appliesTo, children);
    }

    public CriteriaItem withEvidenceRequired(boolean required) {
        return new CriteriaItem(kind, code, title, guidance, maxPoints, rule, required, critical, method,
                appliesTo, children);
    }

    public CriteriaItem withCritical(CriticalScope scope) {
        return new CriteriaItem(kind, code, title, guidance, maxPoints, rule, evidenceRequired, scope, method,
                appliesTo, children);
    }

    public CriteriaItem withMaxPoints(BigDecimal points) {
        return new CriteriaItem(kind, code, title, guidance, points, rule, evidenceRequired, critical, method,
                appliesTo, children);
    }

    public CriteriaItem withTitle(String text) {
        return new CriteriaItem(kind, code, text, guidance, maxPoints, rule, evidenceRequired, critical, method,
                appliesTo, children);
    }

    public CriteriaItem withRule(ScoringRule newRule) {
        return new CriteriaItem(kind, code, title, guidance, maxPoints, newRule, evidenceRequired, critical, method,
                appliesTo, children);
    }

    public CriteriaItem withChildren(List<CriteriaItem> newChildren) {
        return new CriteriaItem(kind, code, title, guidance, maxPoints, rule, evidenceRequired, critical, method,
                appliesTo, newChildren);
    }

    /** The engine's view of this node and its subtree. */
    public NodeDef toNodeDef() {
        return new NodeDef(kind, code, title, maxPoints, rule, evidenceRequired, critical,
                children.stream().map(CriteriaItem::toNodeDef).toList());
    }
}
