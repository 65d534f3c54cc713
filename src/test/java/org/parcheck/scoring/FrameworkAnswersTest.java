package org.parcheck.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Answers laid out for a compiled framework (D19) score exactly as the same answers given by code. */
class FrameworkAnswersTest {

    private final ScoringEngine engine = new ScoringEngine();
    private final FrameworkDef framework = SampleFrameworks.generated();
    private final CompiledFramework compiled = engine.compile(framework);

    @Test
    void laidOutAnswersScoreLikeAnswersByCode() {
        Random random = new Random(7);
        for (int i = 0; i < 64; i++) {
            VisitAnswers visit = SampleFrameworks.visit(framework, random, i % 4 == 0);
            FrameworkAnswers laidOut = SampleFrameworks.laidOut(compiled, visit);
            assertEquals(engine.score(compiled, visit), engine.score(laidOut), "visit " + i);
            assertEquals(visit, laidOut.toVisitAnswers());
        }
    }

    @Test
    void unknownCodesAreKeptAndReportedInOrderAsWithMaps() {
        VisitAnswers visit = SampleFrameworks.visit(framework, new Random(3), false)
                .withItem("9.9.9", ItemAnswer.of(AnswerValue.yes()))
                .withItem("0.zz", ItemAnswer.empty())
                .withFigure("zz_figure", new BigDecimal("4"))
                .withFigure("aa_figure", new BigDecimal("5"));
        FrameworkAnswers.Builder builder = compiled.answers();
        visit.items().forEach(builder::item);
        FrameworkAnswers laidOut = builder.figures(visit.figures()).build();

        ScoreCard card = engine.score(laidOut);
        assertEquals(engine.score(compiled, visit), card);
        assertEquals(List.of("aa_figure", "zz_figure"), card.issues().stream()
                .filter(issue -> issue.itemCode() == null && issue.figureCode().endsWith("_figure"))
                .map(ValidationIssue::figureCode).toList());
        assertEquals(List.of("0.zz", "9.9.9"), card.issues().stream()
                .filter(issue -> issue.itemCode() != null && !compiled.leafIndex.containsKey(issue.itemCode()))
                .map(ValidationIssue::itemCode).toList());
        assertEquals(visit, laidOut.toVisitAnswers());
    }

    @Test
    void aLaterAnswerForTheSameCodeReplacesTheEarlierOneAndBuiltAnswersDoNotChange() {
        FrameworkAnswers.Builder builder = compiled.answers()
                .item("1.2.5", ItemAnswer.of(AnswerValue.yes()));
        FrameworkAnswers first = builder.build();
        builder.item("1.2.5", ItemAnswer.of(AnswerValue.no())).figure("n3", BigDecimal.ONE);
        FrameworkAnswers second = builder.build();

        assertEquals(Map.of("1.2.5", ItemAnswer.of(AnswerValue.yes())), first.toVisitAnswers().items());
        assertEquals(Map.of(), first.toVisitAnswers().figures());
        assertEquals(Map.of("n3", BigDecimal.ONE), second.toVisitAnswers().figures());
        assertEquals(Map.of("1.2.5", ItemAnswer.of(AnswerValue.no())), second.toVisitAnswers().items());
        assertNotEquals(engine.score(first).item("1.2.5").score(), engine.score(second).item("1.2.5").score());
    }

    @Test
    void nullsAreRefusedAsByTheMapsOfVisitAnswers() {
        FrameworkAnswers.Builder builder = compiled.answers();
        assertThrows(NullPointerException.class, () -> builder.item("1.2.5", null));
        assertThrows(NullPointerException.class, () -> builder.item(null, ItemAnswer.empty()));
        assertThrows(NullPointerException.class, () -> builder.figure("n3", null));
        assertEquals(engine.score(compiled, VisitAnswers.empty()), engine.score(builder.build()));
    }
}
