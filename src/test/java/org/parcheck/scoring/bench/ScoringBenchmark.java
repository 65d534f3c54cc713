package org.parcheck.scoring.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.parcheck.scoring.CompiledFramework;
import org.parcheck.scoring.FrameworkAnswers;
import org.parcheck.scoring.FrameworkDef;
import org.parcheck.scoring.RankEntry;
import org.parcheck.scoring.RankedCard;
import org.parcheck.scoring.Ranking;
import org.parcheck.scoring.SampleFrameworks;
import org.parcheck.scoring.ScoreCard;
import org.parcheck.scoring.ScoringEngine;
import org.parcheck.scoring.VisitAnswers;

/**
 * Throughput of the scoring engine on the generated 150-leaf framework (all rule types), single thread, and the
 * time to rank 500 score cards. Run: {@code ./mvnw -B -Pbench verify -Dbench.include=ScoringBenchmark}.
 */
@State(Scope.Thread)
public class ScoringBenchmark {

    private static final int VISITS = 256;

    private final ScoringEngine engine = new ScoringEngine();
    private CompiledFramework compiled;
    private VisitAnswers[] visits;
    private FrameworkAnswers[] laidOut;
    private List<RankEntry> cards;
    private int next;

    @Setup
    public void setUp() {
        FrameworkDef framework = SampleFrameworks.generated();
        compiled = engine.compile(framework);
        Random random = new Random(42);
        visits = new VisitAnswers[VISITS];
        for (int i = 0; i < VISITS; i++) {
            visits[i] = SampleFrameworks.visit(framework, random, i % 8 == 0);
        }
        // as the answering feature builds them: leaf by leaf, in framework order (AnswerCodec)
        laidOut = new FrameworkAnswers[VISITS];
        for (int i = 0; i < VISITS; i++) {
            laidOut[i] = SampleFrameworks.laidOut(compiled, visits[i]);
        }
        cards = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            ScoreCard card = engine.score(compiled, visits[i % VISITS]);
            // every other card shares its visit with another one, so ties are common
            cards.add(new RankEntry("Xã " + (char) ('A' + random.nextInt(26)) + " " + i, card));
        }
        if (compiled.leafCount() != 150) {
            throw new IllegalStateException("expected 150 leaves, got " + compiled.leafCount());
        }
        if (cards.get(0).card().total().compareTo(BigDecimal.ZERO) < 0) {
            throw new IllegalStateException("negative total");
        }
    }

    /**
     * Visits scored per second (one visit = 150 items, figures, constraints, subtotals, classification), with the
     * answers laid out for the framework as the app builds them (D19).
     */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public ScoreCard scoreVisit() {
        next = (next + 1) & (VISITS - 1);
        return engine.score(laidOut[next]);
    }

    /** The same visits given as maps by code ({@link VisitAnswers}): laying them out is part of the time. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public ScoreCard scoreVisitFromMaps() {
        next = (next + 1) & (VISITS - 1);
        return engine.score(compiled, visits[next]);
    }

    /** Time to rank 500 score cards. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public List<RankedCard> rank500Cards() {
        return Ranking.rank(cards);
    }
}
