package org.parcheck.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The speed work on the engine (D19, D20) changes nothing of a score card, not even the scale of a number: the
 * complete cards of 2,560 generated visits (10 seeds × 256 visits of the 150-leaf framework, every eighth with bad
 * input), written out in full ({@code toString} of every item, subtotal, explanation argument, issue and note) and
 * hashed, equal the file written by {@link #main(String[])} with the engine as it was before that work. Both ways
 * of giving the answers (by code, and laid out for the framework) are checked.
 */
class ExactResultsTest {

    static final String RESOURCE = "exact-2560.txt";

    @Test
    void cardsGivenAnswersByCodeAreExactlyAsBefore() throws IOException {
        assertLines(lines(false));
    }

    @Test
    void cardsGivenLaidOutAnswersAreExactlyAsBefore() throws IOException {
        assertLines(lines(true));
    }

    private static void assertLines(List<String> actual) throws IOException {
        List<String> expected;
        try (InputStream in = ExactResultsTest.class.getResourceAsStream(RESOURCE)) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), actual.get(i), "visit line " + i);
        }
    }

    /** Writes the expected file: {@code java -cp <test classpath> ExactResultsTest <file>}. */
    public static void main(String[] args) throws IOException {
        Files.write(Path.of(args[0]), lines(false), StandardCharsets.UTF_8);
    }

    static List<String> lines(boolean laidOut) {
        ScoringEngine engine = new ScoringEngine();
        FrameworkDef framework = SampleFrameworks.generated();
        CompiledFramework compiled = engine.compile(framework);
        List<String> lines = new ArrayList<>();
        SampleFrameworks.forEachGuardVisit(framework, (label, visit) -> {
            ScoreCard card = laidOut ? engine.score(SampleFrameworks.laidOut(compiled, visit))
                    : engine.score(compiled, visit);
            lines.add(label + " " + card.total() + " " + card.percent() + " "
                    + SampleFrameworks.sha256(card.toString(), 16));
        });
        return lines;
    }
}
