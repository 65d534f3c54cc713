package org.parcheck.criteria.importer;

import static org.parcheck.scoring.explain.ExplanationCode.DEF_BAND_RANGE;
import static org.parcheck.scoring.explain.ExplanationCode.DEF_BAND_SAME_MIN;
import static org.parcheck.scoring.explain.ExplanationCode.DEF_DUPLICATE_BAND;
import static org.parcheck.scoring.explain.ExplanationCode.DEF_DUPLICATE_FIGURE;

import java.util.List;
import java.util.Map;
import org.parcheck.criteria.CriteriaItem;
import org.parcheck.scoring.Band;
import org.parcheck.scoring.FigureDef;
import org.parcheck.scoring.explain.ExplanationCode;
import org.parcheck.scoring.rules.DefinitionIssue;
import org.parcheck.scoring.rules.RuleType;

/**
 * Places the scoring engine's definition issues (which name a node, figure or band code) at the row that defines
 * that code and at the column the issue is about.
 *
 * @param items   the items as read
 * @param figures the figures as read
 * @param bands   the bands as read
 * @param rules   each leaf's rule type, to tell an option's points from a threshold's
 */
record DefinitionProblems(Located<CriteriaItem, ItemColumn> items, Located<FigureDef, FigureColumn> figures,
                          Located<Band, BandColumn> bands, Map<String, RuleType> rules) {

    ImportProblem place(DefinitionIssue issue) {
        String subject = issue.subject();
        List<Object> args = List.of(subject, issue.explanation());
        if (issue.explanation().is(DEF_DUPLICATE_FIGURE)) {
            return at(figures.header(), figures.rows().get(subject), FigureColumn.CODE, args);
        }
        if (issue.explanation().is(DEF_DUPLICATE_BAND) || issue.explanation().is(DEF_BAND_RANGE)
                || issue.explanation().is(DEF_BAND_SAME_MIN)) {
            return at(bands.header(), bands.rows().get(subject), BandColumn.MIN_PERCENT, args);
        }
        if (subject == null || subject.isBlank()) {
            return new ImportProblem(items.header().sheet(), 0, null, null, ProblemCode.FRAMEWORK_DEFINITION,
                    List.of(issue.explanation()));
        }
        Integer row = items.rows().get(subject);
        return at(items.header(), row, row == null ? null : itemColumn(issue), args);
    }

    private static <C extends Enum<C> & Column> ImportProblem at(TableHeader<C> header, Integer row, C column,
            List<Object> args) {
        int r = row == null ? 0 : row;
        return new ImportProblem(header.sheet(), r, column == null ? null : header.letter(column),
                column == null ? null : header.header(column), ProblemCode.DEFINITION, args);
    }

    private ItemColumn itemColumn(DefinitionIssue issue) {
        for (ExplanationCode code : ExplanationCode.values()) {
            if (issue.explanation().is(code)) {
                return column(code, rules.get(issue.subject()));
            }
        }
        return null;
    }

    private static ItemColumn column(ExplanationCode code, RuleType rule) {
        return switch (code) {
            case DEF_BLANK_CODE, DEF_DUPLICATE_CODE -> ItemColumn.CODE;
            case DEF_BAD_NESTING -> ItemColumn.KIND;
            case DEF_MAX_NOT_POSITIVE, DEF_MAX_MISMATCH, DEF_MAX_UNREACHABLE -> ItemColumn.MAX_POINTS;
            case DEF_LEAF_WITHOUT_RULE, DEF_INNER_WITH_RULE -> ItemColumn.RULE;
            case DEF_CRITICAL_ADJUSTMENT, DEF_CRITICAL_INNER -> ItemColumn.CRITICAL;
            case DEF_SAME_FIGURE -> ItemColumn.DENOMINATOR;
            case DEF_THRESHOLDS_EMPTY, DEF_THRESHOLDS_ORDER, DEF_THRESHOLD_RANGE, DEF_POINTS_DECREASE,
                    DEF_FRACTION_RANGE -> ItemColumn.THRESHOLDS;
            case DEF_POINTS_RANGE -> rule == RuleType.CHOICE ? ItemColumn.OPTIONS : ItemColumn.THRESHOLDS;
            case DEF_OPTIONS_EMPTY, DEF_DUPLICATE_OPTION -> ItemColumn.OPTIONS;
            case DEF_TARGET_RANGE -> ItemColumn.TARGET;
            case DEF_PER_OCCURRENCE -> ItemColumn.PER_OCCURRENCE;
            default -> null;
        };
    }
}
