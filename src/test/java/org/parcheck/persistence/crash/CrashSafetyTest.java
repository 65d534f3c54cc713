package org.parcheck.persistence.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A few kill-at-random trials in every build; {@link CrashBench} runs many more. */
class CrashSafetyTest {

    @TempDir
    Path dataDir;

    @Test
    void everyAcknowledgedAnswerSurvivesSigkillAndTheDatabaseOpensCleanly() throws Exception {
        CrashTrials.Result result = CrashTrials.run(dataDir, 3, System.nanoTime());

        assertThat(result.problems()).isEmpty();
        assertThat(result.cleanOpens()).isEqualTo(3);
        assertThat(result.acknowledged()).isGreaterThanOrEqualTo(3);
        assertThat(result.lost()).isZero();
    }
}
