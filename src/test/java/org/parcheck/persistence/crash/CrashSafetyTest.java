package org.parcheck.persistence.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;

/**
 * A few kill-at-random trials in every build; {@link CrashBench} runs many more. The random seed is printed (and in
 * every failure message); replay a run with {@code -Dparcheck.crash.seed=<seed>}:
 * {@code ./mvnw -o -q verify -Dtest=CrashSafetyTest -Dparcheck.crash.seed=123 -Dcheckstyle.skip}. H2 only: a
 * laptop's file killed mid-write; a server killed mid-sync is {@code SyncFaultTest}'s.
 */
class CrashSafetyTest {

    /** The system property that replays a run. */
    static final String SEED_PROPERTY = "parcheck.crash.seed";

    @TempDir
    Path dataDir;

    @Test
    void everyAcknowledgedAnswerSurvivesSigkillAndTheDatabaseOpensCleanly(TestReporter reporter) throws Exception {
        long seed = seed(System.getProperty(SEED_PROPERTY));
        String replay = "crash trials seed " + seed + " (replay with -D" + SEED_PROPERTY + "=" + seed + ")";
        System.out.println(replay);
        reporter.publishEntry(SEED_PROPERTY, Long.toString(seed));

        CrashTrials.Result result = CrashTrials.run(dataDir, 3, seed);

        assertThat(result.problems()).as(replay).isEmpty();
        assertThat(result.cleanOpens()).as(replay).isEqualTo(3);
        assertThat(result.acknowledged()).as(replay).isGreaterThanOrEqualTo(3);
        assertThat(result.lost()).as(replay).isZero();
    }

    /** The seed given, or a new one from the clock. */
    static long seed(String given) {
        return given == null || given.isBlank() ? System.nanoTime() : Long.parseLong(given.strip());
    }

    @Test
    void aGivenSeedIsUsedAsIs() {
        assertThat(seed("  4242 ")).isEqualTo(4242L);
        assertThat(seed(null)).isNotEqualTo(seed(null));
    }
}
