package org.parcheck.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Scores kept on the province server are valid only for the scoring rules that worked them out
 * ({@link ScoringEngine#RULES_VERSION}, D28). {@link ExactResultsTest} holds the engine to the golden cards of 2,560
 * visits ({@code exact-2560.txt}); this test holds that file to the rules version: a change that alters any card makes
 * someone rewrite the file, and then this fails until {@code RULES_VERSION} is bumped and the new file's hash added
 * below. (The file holds whole cards, explanations included, so a change of an explanation alone asks for a bump too:
 * the cost is one ranking scored from the answers, never a wrong score.)
 */
class ScoringRulesVersionTest {

    /** Rules version → SHA-256 of {@code exact-2560.txt} as that version scores it. */
    private static final Map<Integer, String> GOLDEN = Map.of(
            1, "a3db021b6585e31c241f0f610272a9e09a63497e9d64103a95c821abd9298fa3");

    @Test
    void theGoldenCardsAreThoseOfThisRulesVersion() throws IOException, NoSuchAlgorithmException {
        byte[] golden;
        try (InputStream in = ExactResultsTest.class.getResourceAsStream(ExactResultsTest.RESOURCE)) {
            golden = in.readAllBytes();
        }
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(golden));
        assertThat(hash).as("%s changed: the scores changed, so bump ScoringEngine.RULES_VERSION (scores kept on the "
                + "server, D28) and add the new hash for it here", ExactResultsTest.RESOURCE)
                .isEqualTo(GOLDEN.get(ScoringEngine.RULES_VERSION));
    }
}
