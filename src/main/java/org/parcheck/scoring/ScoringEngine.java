package org.parcheck.scoring;

import static org.parcheck.scoring.explain.ExplanationCode.INVALID_UNKNOWN_ITEM;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.parcheck.scoring.explain.Explanation;

/**
 * Turns a framework and a visit's answers into a {@link ScoreCard}. Stateless and thread-safe; pure Java.
 * Bad answers and figures never throw: they become validation issues and INVALID items.
 */
public final class ScoringEngine {

    /** Checks and compiles a framework once, to score many visits. */
    public CompiledFramework compile(FrameworkDef framework) {
        return CompiledFramework.compile(framework);
    }

    /**
     * Scores a visit against a framework (compiling it each time; prefer {@link #score(CompiledFramework,
     * VisitAnswers)} for many visits).
     *
     * @throws InvalidFrameworkException when the framework has definition errors
     */
    public ScoreCard score(FrameworkDef framework, VisitAnswers answers) {
        return score(compile(framework), answers);
    }

    /** Scores a visit against a compiled framework. */
    public ScoreCard score(CompiledFramework framework, VisitAnswers answers) {
        List<ValidationIssue> issues = new ArrayList<>();
        FigureValues values = FigureValues.check(framework, answers.figures(), issues);
        ItemScorer scorer = new ItemScorer(framework.figures, values, issues);
        Map<String, ItemAnswer> given = answers.items();
        Leaf[] leaves = framework.leaves;
        ItemScore[] items = new ItemScore[leaves.length];
        int matched = 0;
        for (int i = 0; i < leaves.length; i++) {
            ItemAnswer answer = given.get(leaves[i].code());
            if (answer != null) {
                matched++;
            }
            items[i] = scorer.score(leaves[i], answer);
        }
        if (matched < given.size()) {
            List<String> unknown = new ArrayList<>();
            for (String code : given.keySet()) {
                if (!framework.leafIndex.containsKey(code)) {
                    unknown.add(code);
                }
            }
            Collections.sort(unknown);
            for (String code : unknown) {
                issues.add(new ValidationIssue(code, null, Explanation.of(INVALID_UNKNOWN_ITEM, code)));
            }
        }
        return CardAssembler.assemble(framework, items, issues);
    }
}
