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
        Leaf[] leaves = framework.leaves;
        ItemAnswer[] byLeaf = new ItemAnswer[leaves.length];
        List<String> unknown = null;
        for (Map.Entry<String, ItemAnswer> entry : answers.items().entrySet()) {
            Integer index = framework.leafIndex.get(entry.getKey());
            if (index != null) {
                byLeaf[index] = entry.getValue();
            } else {
                unknown = unknown == null ? new ArrayList<>() : unknown;
                unknown.add(entry.getKey());
            }
        }
        ItemScore[] items = new ItemScore[leaves.length];
        for (int i = 0; i < leaves.length; i++) {
            items[i] = scorer.score(leaves[i], byLeaf[i]);
        }
        if (unknown != null) {
            Collections.sort(unknown);
            for (String code : unknown) {
                issues.add(new ValidationIssue(code, null, Explanation.of(INVALID_UNKNOWN_ITEM, code)));
            }
        }
        return CardAssembler.assemble(framework, items, issues);
    }
}
