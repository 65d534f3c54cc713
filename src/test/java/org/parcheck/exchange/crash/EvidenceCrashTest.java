package org.parcheck.exchange.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One trial of issue #15's crash in every build; {@link EvidenceCrashBench} runs many. */
class EvidenceCrashTest {

    private static final int SIZE = 16 * 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void anImportKilledMidCopyThenImportedAgainEndsWithTheWholeFile() throws Exception {
        Path pkg = EvidenceCrashTrials.preparePackage(dir, SIZE, 15);
        EvidenceCrashTrials.Result result = EvidenceCrashTrials.run(dir, pkg, SIZE, 1);
        assertThat(result.problems()).isEmpty();
        assertThat(result.whole()).isEqualTo(1);
        assertThat(result.midCopy()).as("the kill landed while the file was copied").isEqualTo(1);
        assertThat(result.shortLeft()).as("no short file under the evidence's real name").isZero();
    }
}
