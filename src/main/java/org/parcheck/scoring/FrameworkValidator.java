package org.parcheck.scoring;

import static org.parcheck.scoring.explain.ExplanationCode.DEF_BAD_NESTING;
import static org.parcheck.scoring.explain.ExplanationCode.DEF_BAND_RANGE;
import static org.parcheck.scoring.explain.ExplanationCode.DEF_BAND_SAME_MIN;
import static org.parcheck.scoring.explain.ExplanationCode.DEF_BLANK_CODE;
import static org.parcheck.scoring.explain.ExplanationCode.DEF_CONSTRAINT_ARITY;
import static org.parcheck.scoring.explain.ExplanationCode.DEF_CRITICAL_ADJUSTMENT;
import static org.parcheck.scoring.explain.ExplanationCode.DEF_CRITICAL_INNER;
import static org.parcheck.scoring.explain.ExplanationCode.DEF_DUPLICATE_BAND;
import static org.parcheck.scoring.explain.ExplanationCode.DEF_DUPLICATE_CODE;
import static org.parcheck.scoring.explain.ExplanationCode.DEF_DUPLICATE_FIGURE;
import static org.parcheck.scoring.explain.ExplanationCode.DEF_INNER_WITH_RULE;
import static org.parcheck.scoring.explain.ExplanationCode.DEF_LEAF_WITHOUT_RULE;
import static org.parcheck.scoring.explain.ExplanationCode.DEF_MAX_MISMATCH;
import static org.parcheck.scoring.explain.ExplanationCode.DEF_MAX_NOT_POSITIVE;
import static org.parcheck.scoring.explain.ExplanationCode.DEF_NEGATIVE_CAP;
import static org.parcheck.scoring.explain.ExplanationCode.DEF_NO_AREAS;
import static org.parcheck.scoring.explain.ExplanationCode.DEF_UNKNOWN_FIGURE;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parcheck.scoring.rules.DefinitionIssue;

/** Checks a {@link FrameworkDef} for definition errors and warnings. */
final class FrameworkValidator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final FrameworkDef framework;
    private final List<DefinitionIssue> out = new ArrayList<>();
    private final Set<String> figureCodes = new HashSet<>();
    private final Set<String> nodeCodes = new HashSet<>();

    private FrameworkValidator(FrameworkDef framework) {
        this.framework = framework;
    }

    static List<DefinitionIssue> validate(FrameworkDef framework) {
        FrameworkValidator validator = new FrameworkValidator(framework);
        validator.run();
        return List.copyOf(validator.out);
    }

    private void run() {
        figures();
        constraints();
        bands();
        cap(framework.bonusCap());
        cap(framework.deductionCap());
        if (framework.areas().isEmpty()) {
            out.add(DefinitionIssue.error("", DEF_NO_AREAS));
        }
        for (NodeDef area : framework.areas()) {
            node(area, null);
        }
    }

    private void figures() {
        for (FigureDef figure : framework.figures()) {
            if (figure.code() == null || figure.code().isBlank()) {
                out.add(DefinitionIssue.error("", DEF_BLANK_CODE));
            } else if (!figureCodes.add(figure.code())) {
                out.add(DefinitionIssue.error(figure.code(), DEF_DUPLICATE_FIGURE, figure.code()));
            }
        }
    }

    private void constraints() {
        for (FigureConstraint constraint : framework.constraints()) {
            int parts = constraint.parts().size();
            boolean arityOk = constraint.type() == ConstraintType.PART_OF ? parts == 1 : parts >= 1;
            if (!arityOk) {
                out.add(DefinitionIssue.error(String.valueOf(constraint.whole()), DEF_CONSTRAINT_ARITY,
                        String.valueOf(constraint.type()), parts));
            }
            for (String part : constraint.parts()) {
                knownFigure(part);
            }
            knownFigure(constraint.whole());
        }
    }

    private void knownFigure(String code) {
        if (!figureCodes.contains(code)) {
            out.add(DefinitionIssue.error(String.valueOf(code), DEF_UNKNOWN_FIGURE, String.valueOf(code)));
        }
    }

    private void bands() {
        Set<String> codes = new HashSet<>();
        List<BigDecimal> minima = new ArrayList<>();
        for (Band band : framework.bands()) {
            if (band.code() == null || band.code().isBlank()) {
                out.add(DefinitionIssue.error("", DEF_BLANK_CODE));
            } else if (!codes.add(band.code())) {
                out.add(DefinitionIssue.error(band.code(), DEF_DUPLICATE_BAND, band.code()));
            }
            BigDecimal min = band.minPercent();
            if (min == null || min.signum() < 0 || min.compareTo(HUNDRED) > 0) {
                out.add(DefinitionIssue.error(String.valueOf(band.code()), DEF_BAND_RANGE,
                        String.valueOf(band.code()), String.valueOf(min)));
                continue;
            }
            for (BigDecimal other : minima) {
                if (other.compareTo(min) == 0) {
                    out.add(DefinitionIssue.error(String.valueOf(band.code()), DEF_BAND_SAME_MIN,
                            String.valueOf(band.code()), min));
                }
            }
            minima.add(min);
        }
    }

    private void cap(BigDecimal cap) {
        if (cap != null && cap.signum() < 0) {
            out.add(DefinitionIssue.error("", DEF_NEGATIVE_CAP, cap));
        }
    }

    private void node(NodeDef node, NodeDef parent) {
        String code = node.code() == null ? "" : node.code();
        if (code.isBlank()) {
            out.add(DefinitionIssue.error("", DEF_BLANK_CODE));
        } else if (!nodeCodes.add(code)) {
            out.add(DefinitionIssue.error(code, DEF_DUPLICATE_CODE, code));
        }
        if (!nestingOk(node.kind(), parent == null ? null : parent.kind())) {
            out.add(DefinitionIssue.error(code, DEF_BAD_NESTING, String.valueOf(node.kind()),
                    parent == null ? "-" : parent.kind().name()));
        }
        if (node.maxPoints() == null || node.maxPoints().signum() <= 0) {
            out.add(DefinitionIssue.error(code, DEF_MAX_NOT_POSITIVE, String.valueOf(node.maxPoints())));
        }
        if (node.isLeaf()) {
            leaf(node, code);
        } else {
            inner(node, code);
        }
    }

    private static boolean nestingOk(NodeKind kind, NodeKind parent) {
        if (kind == null) {
            return false;
        }
        if (parent == null) {
            return kind == NodeKind.AREA;
        }
        return (parent == NodeKind.AREA && kind == NodeKind.CRITERION)
                || (parent == NodeKind.CRITERION && kind == NodeKind.SUB_CRITERION);
    }

    private void leaf(NodeDef node, String code) {
        if (node.rule() == null) {
            out.add(DefinitionIssue.error(code, DEF_LEAF_WITHOUT_RULE));
            return;
        }
        out.addAll(node.rule().validate(code, node.maxPoints(), figureCodes));
        if (node.rule().type().isAdjustment() && node.critical() != CriticalScope.NONE) {
            out.add(DefinitionIssue.error(code, DEF_CRITICAL_ADJUSTMENT));
        }
    }

    private void inner(NodeDef node, String code) {
        if (node.rule() != null) {
            out.add(DefinitionIssue.error(code, DEF_INNER_WITH_RULE));
        }
        if (node.critical() != CriticalScope.NONE) {
            out.add(DefinitionIssue.warning(code, DEF_CRITICAL_INNER));
        }
        BigDecimal sum = BigDecimal.ZERO;
        boolean sumKnown = true;
        for (NodeDef child : node.children()) {
            node(child, node);
            boolean adjustment = child.isLeaf() && child.rule() != null && child.rule().type().isAdjustment();
            if (!adjustment) {
                if (child.maxPoints() == null) {
                    sumKnown = false;
                } else {
                    sum = sum.add(child.maxPoints());
                }
            }
        }
        if (sumKnown && node.maxPoints() != null && sum.compareTo(node.maxPoints()) != 0) {
            out.add(DefinitionIssue.warning(code, DEF_MAX_MISMATCH, node.maxPoints(), sum));
        }
    }
}
