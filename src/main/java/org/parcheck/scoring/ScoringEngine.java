package org.parcheck.scoring;

import static org.parcheck.scoring.explain.ExplanationCode.INVALID_UNKNOWN_ITEM;

import java.util.ArrayList;
import java.util.List;
import org.parcheck.scoring.explain.Explanation;

/**
 * Turns a framework and a visit's answers into a {@link ScoreCard}. Stateless and thread-safe; pure Java.
 * Bad answers and figures never throw: they become validation issues and INVALID items.
 */
public final class ScoringEngine {

    /**
     * The version of the scoring rules as this code applies them. Bump it with any change that changes a score, a
     * percentage, a pending count or a classification for some visit, here or in how answers and frameworks are handed
     * to the engine ({@code AnswerCodec}, {@code toScoringDef}): scores kept on the province server are valid only for
     * the version that worked them out (D28). {@code ScoringRulesVersionTest} fails when the engine's golden cards
     * ({@code exact-2560.txt}) change without it, {@code ScoredVisitsGoldenTest} when the demo visits' scores do.
     */
    public static final int RULES_VERSION = 1;

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
        return score(FrameworkAnswers.of(framework, answers));
    }

    /** Scores a visit whose answers are laid out for their framework (D19); the fastest way to score. */
    public ScoreCard score(FrameworkAnswers answers) {
        CompiledFramework framework = answers.framework();
        List<ValidationIssue> issues = new ArrayList<>();
        FigureValues values = FigureValues.check(answers, issues);
        ItemScorer scorer = new ItemScorer(framework.figures, values, issues);
        Leaf[] leaves = framework.leaves;
        ItemScore[] items = new ItemScore[leaves.length];
        for (int i = 0; i < leaves.length; i++) {
            String outOfScope = answers.outOfScope(i);
            items[i] = outOfScope != null ? ItemScorer.notApplicableFor(leaves[i], outOfScope)
                    : scorer.score(leaves[i], answers.item(i));
        }
        for (String code : answers.unknownItems()) {
            issues.add(new ValidationIssue(code, null, Explanation.of(INVALID_UNKNOWN_ITEM, code)));
        }
        return CardAssembler.assemble(framework, items, issues);
    }
}
