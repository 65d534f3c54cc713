package org.parcheck.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.app.AppServices;
import org.parcheck.report.YearSeriesModel.RankedVisit;
import org.parcheck.scoring.ScoringEngine;

/**
 * The scores of the demo's and {@link OfficeData}'s visits, scored through the whole application (answers read from
 * H2, handed to the engine by {@code AnswerCodec}, the stored framework turned into the engine's definition) are those
 * recorded for {@link ScoringEngine#RULES_VERSION} (D28): a change outside the engine that alters a score, which
 * {@code ScoringRulesVersionTest} cannot see, fails here until the version is bumped and the new hash added.
 */
class ScoredVisitsGoldenTest {

    /** Rules version → SHA-256 of the scored visits' lines below. */
    private static final Map<Integer, String> GOLDEN = Map.of(
            1, "e1b8d4ccd72e523f4411d83ebaa600129c3aa4ca885892a310cad0e3794288a0");

    @TempDir
    Path files;

    @Test
    void theApplicationScoresTheDemoVisitsAsThisRulesVersionDid() throws Exception {
        try (AppServices laptop = AppServices.open(Files.createDirectories(files.resolve("laptop")))) {
            OfficeData.addSecondYear(laptop);
            Map<String, String> lines = new TreeMap<>();
            for (RankedVisit v : laptop.yearSeries().build(Set.of()).ranking()) {
                lines.put(v.unit() + " " + v.year(), v.total() + " " + v.max() + " " + v.percent() + " "
                        + v.provisional() + " " + v.classification());
            }
            assertThat(lines).hasSize(5);
            String text = lines.toString();
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
            assertThat(hash).as("the demo visits score differently: bump ScoringEngine.RULES_VERSION (scores kept on "
                    + "the server, D28) and add this hash for it; scored: %s", text)
                    .isEqualTo(GOLDEN.get(ScoringEngine.RULES_VERSION));
        }
    }
}
