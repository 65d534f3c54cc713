package org.parcheck.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parcheck.scoring.rules.DefinitionIssue;
import org.parcheck.scoring.rules.ScoringRule;

/**
 * A framework checked and flattened once, to score many visits quickly. Immutable and thread-safe.
 * Obtain one with {@link #compile(FrameworkDef)} (or {@link ScoringEngine#compile(FrameworkDef)}).
 */
public final class CompiledFramework {

    private final FrameworkDef definition;
    private final List<DefinitionIssue> warnings;
    final Leaf[] leaves;
    final Inner[] inners;
    final Map<String, Integer> leafIndex;
    final Map<String, Integer> figureIndex;
    final FigureDef[] figures;
    final int[][] constraintFigures;
    final Band[] bandsDescending;
    final BigDecimal regularMax;

    private CompiledFramework(FrameworkDef definition, List<DefinitionIssue> warnings) {
        this.definition = definition;
        this.warnings = warnings;
        this.figures = definition.figures().toArray(new FigureDef[0]);
        this.figureIndex = new HashMap<>();
        for (int i = 0; i < figures.length; i++) {
            figureIndex.put(figures[i].code(), i);
        }
        List<FigureConstraint> constraints = definition.constraints();
        this.constraintFigures = new int[constraints.size()][];
        for (int c = 0; c < constraintFigures.length; c++) {
            FigureConstraint constraint = constraints.get(c);
            int[] indices = new int[constraint.parts().size() + 1];
            for (int p = 0; p < constraint.parts().size(); p++) {
                indices[p] = figureIndex.get(constraint.parts().get(p));
            }
            indices[indices.length - 1] = figureIndex.get(constraint.whole());
            constraintFigures[c] = indices;
        }
        List<Leaf> leafList = new ArrayList<>();
        List<Inner> innerList = new ArrayList<>();
        for (NodeDef area : definition.areas()) {
            flatten(area, new int[0], -1, leafList, innerList);
        }
        this.leaves = leafList.toArray(new Leaf[0]);
        this.inners = innerList.toArray(new Inner[0]);
        BigDecimal total = BigDecimal.ZERO;
        for (Leaf leaf : leaves) {
            if (!leaf.adjustment()) {
                total = total.add(leaf.max());
            }
        }
        this.regularMax = total;
        this.leafIndex = new HashMap<>();
        for (int i = 0; i < leaves.length; i++) {
            leafIndex.put(leaves[i].code(), i);
        }
        List<Band> bands = new ArrayList<>(definition.bands());
        bands.sort(Comparator.comparing(Band::minPercent).reversed());
        this.bandsDescending = bands.toArray(new Band[0]);
    }

    /**
     * Checks and compiles a framework.
     *
     * @throws InvalidFrameworkException when {@link FrameworkDef#validate()} reports errors
     */
    public static CompiledFramework compile(FrameworkDef definition) {
        List<DefinitionIssue> issues = definition.validate();
        List<DefinitionIssue> errors = new ArrayList<>();
        List<DefinitionIssue> warnings = new ArrayList<>();
        for (DefinitionIssue issue : issues) {
            (issue.isError() ? errors : warnings).add(issue);
        }
        if (!errors.isEmpty()) {
            throw new InvalidFrameworkException(errors);
        }
        return new CompiledFramework(definition, List.copyOf(warnings));
    }

    /** The framework definition. */
    public FrameworkDef definition() {
        return definition;
    }

    /** Non-blocking definition warnings. */
    public List<DefinitionIssue> warnings() {
        return warnings;
    }

    /** A builder for a visit's answers laid out at this framework's positions (D19). */
    public FrameworkAnswers.Builder answers() {
        return new FrameworkAnswers.Builder(this);
    }

    /** Number of leaf items. */
    public int leafCount() {
        return leaves.length;
    }

    private void flatten(NodeDef node, int[] ancestors, int area, List<Leaf> leafList, List<Inner> innerList) {
        if (node.isLeaf()) {
            leafList.add(leaf(node, ancestors, area));
            return;
        }
        int index = innerList.size();
        int areaIndex = area < 0 ? index : area;
        int parent = ancestors.length == 0 ? -1 : ancestors[0];
        innerList.add(null);
        int[] below = new int[ancestors.length + 1];
        below[0] = index;
        System.arraycopy(ancestors, 0, below, 1, ancestors.length);
        int firstLeaf = leafList.size();
        for (NodeDef child : node.children()) {
            flatten(child, below, areaIndex, leafList, innerList);
        }
        BigDecimal regular = BigDecimal.ZERO;
        for (int i = firstLeaf; i < leafList.size(); i++) {
            if (!leafList.get(i).adjustment()) {
                regular = regular.add(leafList.get(i).max());
            }
        }
        innerList.set(index, new Inner(node, parent, areaIndex, regular));
    }

    private Leaf leaf(NodeDef node, int[] ancestors, int area) {
        ScoringRule rule = node.rule();
        List<String> codes = rule.figureCodes();
        int[] figureIndices = new int[codes.size()];
        for (int i = 0; i < figureIndices.length; i++) {
            figureIndices[i] = figureIndex.get(codes.get(i));
        }
        BigDecimal max = node.maxPoints();
        return new Leaf(node, rule, ancestors, area, figureIndices, FullMarks.fullThreshold(rule, max),
                FullMarks.fixedAdvice(rule, max), RuleScorer.fixedOutcomes(rule, max),
                RuleScorer.countOutcomes(rule, max));
    }
}
