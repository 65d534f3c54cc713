package org.parcheck.criteria;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parcheck.common.util.Numbers;
import org.parcheck.scoring.Band;
import org.parcheck.scoring.FigureConstraint;
import org.parcheck.scoring.FigureDef;
import org.parcheck.scoring.FrameworkDef;

/**
 * What a framework version says: the item tree, the raw figures and their constraints, the classification
 * bands and the bonus/deduction caps. Immutable; the editor produces new instances.
 *
 * @param areas         top-level items (areas), in order
 * @param figures       raw figures recorded at a visit
 * @param constraints   constraints between figures (part ≤ whole, sums)
 * @param bands         classification bands (Tốt / Khá / …)
 * @param bonusCap      cap on all bonus points, or null
 * @param deductionCap  cap on all deductions, or null
 * @param pointsMustSum children's points must add up to their parent's maximum
 */
public record FrameworkContent(
        List<CriteriaItem> areas,
        List<FigureDef> figures,
        List<FigureConstraint> constraints,
        List<Band> bands,
        BigDecimal bonusCap,
        BigDecimal deductionCap,
        boolean pointsMustSum) {

    public FrameworkContent {
        areas = List.copyOf(areas);
        figures = List.copyOf(figures);
        constraints = List.copyOf(constraints);
        bands = bands.stream().map(b -> new Band(b.code(), b.labelVi(), b.labelEn(), Numbers.plain(b.minPercent())))
                .toList();
        bonusCap = Numbers.plain(bonusCap);
        deductionCap = Numbers.plain(deductionCap);
    }

    public static FrameworkContent empty() {
        return new FrameworkContent(List.of(), List.of(), List.of(), List.of(), null, null, true);
    }

    /** The engine's view, for scoring and for its definition checks. */
    public FrameworkDef toScoringDef(String code, String name) {
        return new FrameworkDef(code, name, areas.stream().map(CriteriaItem::toNodeDef).toList(), figures,
                constraints, bands, bonusCap, deductionCap);
    }

    /** Every item in tree order (pre-order), areas first. */
    public List<CriteriaItem> allItems() {
        List<CriteriaItem> out = new ArrayList<>();
        for (CriteriaItem area : areas) {
            collect(area, out);
        }
        return out;
    }

    /** Each named figure's name by its code, to show figures as users know them (not by their codes). */
    public Map<String, String> figureNames() {
        Map<String, String> names = new HashMap<>();
        for (FigureDef figure : figures) {
            if (figure.name() != null && !figure.name().isBlank()) {
                names.put(figure.code(), figure.name());
            }
        }
        return names;
    }

    /** The leaves in tree order. */
    public List<CriteriaItem> leaves() {
        return allItems().stream().filter(CriteriaItem::isLeaf).toList();
    }

    private static void collect(CriteriaItem item, List<CriteriaItem> out) {
        out.add(item);
        for (CriteriaItem child : item.children()) {
            collect(child, out);
        }
    }

    public FrameworkContent withFigures(List<FigureDef> newFigures) {
        return new FrameworkContent(areas, newFigures, constraints, bands, bonusCap, deductionCap, pointsMustSum);
    }

    public FrameworkContent withConstraints(List<FigureConstraint> newConstraints) {
        return new FrameworkContent(areas, figures, newConstraints, bands, bonusCap, deductionCap, pointsMustSum);
    }

    public FrameworkContent withBands(List<Band> newBands) {
        return new FrameworkContent(areas, figures, constraints, newBands, bonusCap, deductionCap, pointsMustSum);
    }

    public FrameworkContent withSettings(BigDecimal newBonusCap, BigDecimal newDeductionCap, boolean mustSum) {
        return new FrameworkContent(areas, figures, constraints, bands, newBonusCap, newDeductionCap, mustSum);
    }

    public FrameworkContent withAreas(List<CriteriaItem> newAreas) {
        return new FrameworkContent(newAreas, figures, constraints, bands, bonusCap, deductionCap, pointsMustSum);
    }
}
