package org.parcheck.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Properties of the engine over generated frameworks and visits. */
class ScoringPropertiesTest {

    private static final FrameworkDef GENERATED = SampleFrameworks.generated();
    private static final CompiledFramework COMPILED = CompiledFramework.compile(GENERATED);
    private static final CompiledFramework SEED = CompiledFramework.compile(SeedCase.framework());
    private final ScoringEngine engine = new ScoringEngine();

    @Property(tries = 300)
    void anItemNeverScoresBelowZeroOrAboveItsMaximum(@ForAll long seed, @ForAll boolean bad) {
        ScoreCard card = engine.score(COMPILED, SampleFrameworks.visit(GENERATED, new Random(seed), bad));
        for (ItemScore item : card.items()) {
            if (item.status() == ItemStatus.SCORED) {
                assertTrue(item.score().signum() >= 0, item::toString);
                assertTrue(item.score().compareTo(item.maxPoints()) <= 0, item::toString);
            } else {
                assertEquals(null, item.score(), item::toString);
            }
        }
        assertTrue(card.bonus().signum() >= 0 && card.bonus().compareTo(GENERATED.bonusCap()) <= 0);
        assertTrue(card.deduction().signum() >= 0 && card.deduction().compareTo(GENERATED.deductionCap()) <= 0);
        assertTrue(card.base().achieved().compareTo(card.base().scoredMax()) <= 0);
    }

    @Property(tries = 300)
    void moreOnTimeDossiersNeverLowerTheScore(@ForAll @IntRange(min = 1, max = 5000) int resolved,
            @ForAll @IntRange(min = 0, max = 5000) int onTime, @ForAll @IntRange(min = 1, max = 500) int more,
            @ForAll @IntRange(min = 0, max = 100) int inProgress) {
        int before = Math.min(onTime, resolved);
        int after = Math.min(before + more, resolved);
        ScoreCard lower = engine.score(SEED, seedWith(resolved, before, inProgress));
        ScoreCard higher = engine.score(SEED, seedWith(resolved, after, inProgress));
        BigDecimal lowerScore = lower.item(SeedCase.ON_TIME).score();
        BigDecimal higherScore = higher.item(SeedCase.ON_TIME).score();
        assertTrue(higherScore.compareTo(lowerScore) >= 0, () -> lowerScore + " > " + higherScore);
        assertTrue(higher.total().compareTo(lower.total()) >= 0);
    }

    private static VisitAnswers seedWith(int resolved, int onTime, int inProgress) {
        int received = resolved + inProgress;
        return SeedCase.answers()
                .withFigure("received", BigDecimal.valueOf(received))
                .withFigure("online", BigDecimal.valueOf(received / 3))
                .withFigure("postal", BigDecimal.ZERO)
                .withFigure("resolved", BigDecimal.valueOf(resolved))
                .withFigure("inProgress", BigDecimal.valueOf(inProgress))
                .withFigure("onTime", BigDecimal.valueOf(onTime));
    }

    @Property(tries = 200)
    void markingAnItemNotApplicableNeverChangesOtherItems(@ForAll long seed,
            @ForAll @IntRange(min = 0, max = 149) int index, @ForAll boolean bad) {
        VisitAnswers answers = SampleFrameworks.visit(GENERATED, new Random(seed), bad);
        ScoreCard before = engine.score(COMPILED, answers);
        String code = before.items().get(index).code();
        ItemAnswer existing = answers.items().getOrDefault(code, ItemAnswer.empty());
        ScoreCard after = engine.score(COMPILED, answers.withItem(code, existing.withNotApplicable(true)));
        assertEquals(ItemStatus.NOT_APPLICABLE, after.item(code).status());
        for (int i = 0; i < before.items().size(); i++) {
            if (i != index) {
                ItemScore was = before.items().get(i);
                ItemScore is = after.items().get(i);
                assertEquals(was.status(), is.status(), was.code());
                assertEquals(was.score(), is.score(), was.code());
            }
        }
    }
}
