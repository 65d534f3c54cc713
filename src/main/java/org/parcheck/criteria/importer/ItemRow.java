package org.parcheck.criteria.importer;

import java.math.BigDecimal;
import java.util.Set;
import org.parcheck.common.domain.UnitType;
import org.parcheck.criteria.AssessmentMethod;
import org.parcheck.scoring.CriticalScope;
import org.parcheck.scoring.NodeKind;
import org.parcheck.scoring.rules.ScoringRule;

/**
 * One row of the sheet "Tiêu chí" as read, before the tree is built.
 *
 * @param source     the row, to report tree problems at its cells
 * @param code       the node's code
 * @param parentText the "Mã cha" cell, or null
 * @param kind       the kind written, or null (then it follows from the depth)
 * @param title      title
 * @param maxPoints  maximum points
 * @param rule       the rule, or null when the row names none
 * @param evidence   evidence required
 * @param critical   critical scope
 * @param method     assessment method
 * @param appliesTo  unit types, empty for all
 * @param guidance   guidance, or null
 */
record ItemRow(TableRow<ItemColumn> source, String code, String parentText, NodeKind kind, String title,
               BigDecimal maxPoints, ScoringRule rule, boolean evidence, CriticalScope critical,
               AssessmentMethod method, Set<UnitType> appliesTo, String guidance) {

    int row() {
        return source.row();
    }
}
