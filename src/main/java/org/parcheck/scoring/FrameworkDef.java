package org.parcheck.scoring;

import java.math.BigDecimal;
import java.util.List;
import org.parcheck.scoring.rules.DefinitionIssue;

/**
 * A scoring framework (bộ chỉ số) as the engine sees it: the node tree, raw figures and their constraints,
 * classification bands and the framework-wide bonus and deduction caps.
 *
 * @param code         framework code
 * @param name         display name
 * @param areas        top-level nodes (kind AREA)
 * @param figures      raw figures that rules may read
 * @param constraints  consistency constraints between figures
 * @param bands        classification bands, in any order
 * @param bonusCap     maximum total bonus, or null for no cap
 * @param deductionCap maximum total deduction, or null for no cap
 */
public record FrameworkDef(String code, String name, List<NodeDef> areas, List<FigureDef> figures,
        List<FigureConstraint> constraints, List<Band> bands, BigDecimal bonusCap, BigDecimal deductionCap) {

    public FrameworkDef {
        areas = List.copyOf(areas);
        figures = List.copyOf(figures);
        constraints = List.copyOf(constraints);
        bands = List.copyOf(bands);
    }

    /** All definition problems (errors and warnings), in tree order; empty when the framework is sound. */
    public List<DefinitionIssue> validate() {
        return FrameworkValidator.validate(this);
    }
}
