package org.parcheck.scoring.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.Random;
import org.parcheck.scoring.CompiledFramework;
import org.parcheck.scoring.FrameworkDef;
import org.parcheck.scoring.SampleFrameworks;
import org.parcheck.scoring.ScoreCard;
import org.parcheck.scoring.ScoringEngine;
import org.parcheck.scoring.VisitAnswers;

/**
 * Visits scored per CPU-second of the scoring thread, on the same data as {@link ScoringBenchmark#scoreVisit()}.
 * The machine is shared with other builds, so wall-clock throughput (JMH) depends on the load; the thread's CPU
 * time is what one core would need. Run with the test classpath: {@code java -cp … ScoringCpuTime [rounds]}.
 */
public final class ScoringCpuTime {

    private static final int VISITS = 256;
    private static final long ROUND_NANOS = 2_000_000_000L;

    private ScoringCpuTime() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        ScoringEngine engine = new ScoringEngine();
        FrameworkDef framework = SampleFrameworks.generated();
        CompiledFramework compiled = engine.compile(framework);
        Random random = new Random(42);
        VisitAnswers[] visits = new VisitAnswers[VISITS];
        for (int i = 0; i < VISITS; i++) {
            visits[i] = SampleFrameworks.visit(framework, random, i % 8 == 0);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (int round = 1; round <= rounds; round++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long wallStart = System.nanoTime();
            long count = 0;
            while (System.nanoTime() - wallStart < ROUND_NANOS) {
                for (int i = 0; i < VISITS; i++) {
                    ScoreCard card = engine.score(compiled, visits[i]);
                    sink += card.items().size();
                }
                count += VISITS;
            }
            long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
            long wall = System.nanoTime() - wallStart;
            System.out.printf(Locale.ROOT,
                    "round %d%s: %.0f visits per CPU-second, %.0f per wall second (cpu/wall %.2f)%n", round,
                    round <= rounds / 2 ? " (warm-up)" : "", count * 1e9 / cpu, count * 1e9 / wall,
                    (double) cpu / wall);
        }
        if (sink == 0) {
            throw new IllegalStateException("nothing scored");
        }
    }
}
