package org.parcheck.criteria.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Workbook;
import org.parcheck.criteria.CriteriaItem;
import org.parcheck.criteria.FrameworkChecks;
import org.parcheck.criteria.FrameworkContent;
import org.parcheck.scoring.Band;
import org.parcheck.scoring.FigureConstraint;
import org.parcheck.scoring.FigureDef;
import org.parcheck.scoring.rules.DefinitionIssue;
import org.parcheck.scoring.rules.RuleType;

/**
 * Reads an open workbook in two passes. First every sheet, cell by cell, reporting every problem found; then,
 * only when that found none, the scoring engine's definition checks on the whole framework (their errors, and
 * points that fall as a threshold rises, reject the file; the other warnings come back with it). Running the
 * engine on a partly read file would report problems that are only echoes of the first ones.
 */
final class FrameworkReader {

    private FrameworkReader() {
    }

    static ImportResult read(Workbook workbook) {
        Problems problems = new Problems();
        SettingsValues settings = SettingsReader.read(workbook, problems);
        Located<FigureDef, FigureColumn> figures = FiguresReader.read(workbook, problems);
        Set<String> figureCodes = figures == null ? null : figures.rows().keySet();
        Located<FigureConstraint, ConstraintColumn> constraints =
                ConstraintsReader.read(workbook, problems, figureCodes);
        Located<Band, BandColumn> bands = BandsReader.read(workbook, problems);
        Located<CriteriaItem, ItemColumn> items = ItemsReader.read(workbook, problems, figureCodes);
        if (problems.hasErrors()) {
            return new ImportResult.Rejected(sorted(problems.errors()), sorted(problems.warnings()));
        }
        FrameworkContent content = new FrameworkContent(items.values(), figures.values(), constraints.values(),
                bands.values(), settings.bonusCap(), settings.deductionCap(), settings.pointsMustSum());
        WorkbookFramework framework = ContentNormaliser.normalise(new WorkbookFramework(settings.name(),
                settings.description(), settings.targets(), settings.year(), settings.legalBasis(), content));
        DefinitionProblems placer = new DefinitionProblems(items, figures, bands, ruleTypes(framework.content()));
        List<ImportProblem> errors = new ArrayList<>();
        List<ImportProblem> warnings = new ArrayList<>(problems.warnings());
        for (DefinitionIssue issue : framework.content().toScoringDef("", framework.name()).validate()) {
            (FrameworkChecks.stopsImport(issue) ? errors : warnings).add(placer.place(issue));
        }
        if (!errors.isEmpty()) {
            return new ImportResult.Rejected(sorted(errors), sorted(warnings));
        }
        return new ImportResult.Imported(framework, sorted(warnings));
    }

    private static Map<String, RuleType> ruleTypes(FrameworkContent content) {
        Map<String, RuleType> out = new HashMap<>();
        for (CriteriaItem item : content.allItems()) {
            if (item.rule() != null) {
                out.put(item.code(), item.rule().type());
            }
        }
        return out;
    }

    /** File problems first, then by sheet in layout order, row, and column. */
    static List<ImportProblem> sorted(List<ImportProblem> problems) {
        return problems.stream().sorted(Comparator
                        .comparingInt((ImportProblem p) -> Layout.order(p.sheet()))
                        .thenComparingInt(ImportProblem::row)
                        .thenComparingInt(p -> p.column() == null ? 0 : p.column().length())
                        .thenComparing(p -> p.column() == null ? "" : p.column()))
                .collect(Collectors.toList());
    }
}
