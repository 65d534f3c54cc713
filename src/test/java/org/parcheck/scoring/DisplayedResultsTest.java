package org.parcheck.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parcheck.scoring.explain.Display;
import org.parcheck.scoring.explain.Explanation;
import org.parcheck.scoring.explain.ExplanationFormatter;

/**
 * What a user sees of 2,560 generated visits (10 seeds × 256 visits of the 150-leaf framework, every eighth with
 * bad input) stays as it was when points were computed to 34 digits: every score, subtotal, percent and
 * difference rounded half-up to two decimals, statuses, classifications, lists and every explanation, advice,
 * issue and note as Vietnamese text. The expected file (one line per visit: total, percent, classification and a
 * hash of the rest) was written by {@link #main(String[])} with the 34-digit engine (DECIMAL128), before D18; written
 * again in December 2026 when explanations began to show points as everywhere else ("0,50/1 điểm", #16 §1): every
 * visit's total, percent and classification were unchanged then, only the text hashes.
 */
class DisplayedResultsTest {

    static final String RESOURCE = "displayed-2560.txt";
    private static final ExplanationFormatter VI = new ExplanationFormatter(ExplanationFormatter.VIETNAMESE);

    @Test
    void displayedResultsOf2560VisitsAreUnchanged() throws IOException {
        List<String> expected;
        try (InputStream in = DisplayedResultsTest.class.getResourceAsStream(RESOURCE)) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        List<String> actual = lines();
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), actual.get(i), "visit line " + i);
        }
    }

    /** Writes the expected file: {@code java -cp <test classpath> DisplayedResultsTest <file>}. */
    public static void main(String[] args) throws IOException {
        Files.write(Path.of(args[0]), lines(), StandardCharsets.UTF_8);
    }

    static List<String> lines() {
        ScoringEngine engine = new ScoringEngine();
        FrameworkDef framework = SampleFrameworks.generated();
        CompiledFramework compiled = engine.compile(framework);
        List<String> lines = new ArrayList<>();
        SampleFrameworks.forEachGuardVisit(framework, (label, visit) -> {
            ScoreCard card = engine.score(compiled, visit);
            lines.add(label + " " + r(card.total()) + " " + r(card.percent()) + " "
                    + (card.classification() == null ? "-" : card.classification().code()) + " "
                    + SampleFrameworks.sha256(render(card), 12));
        });
        return lines;
    }

    /** Everything shown of a card, rounded as displayed. */
    static String render(ScoreCard card) {
        StringBuilder out = new StringBuilder();
        for (ItemScore item : card.items()) {
            out.append(item.code()).append(' ').append(item.status()).append(' ').append(r(item.score()))
                    .append(' ').append(r(item.maxPoints())).append(' ').append(r(item.applicableMax()))
                    .append(' ').append(r(item.selfScore())).append(' ').append(r(item.selfDifference()))
                    .append(' ').append(item.criticalFailure()).append(' ').append(text(item.explanation()))
                    .append(" | ").append(text(item.fullMarks())).append('\n');
        }
        for (NodeScore node : card.nodes()) {
            out.append(node.code()).append(' ').append(node.zeroedByCritical()).append(' ');
            subtotal(out, node.subtotal());
        }
        subtotal(out, card.base());
        out.append(r(card.bonus())).append(' ').append(r(card.deduction())).append(' ').append(r(card.total()))
                .append(' ').append(r(card.percent())).append(' ').append(card.complete()).append('\n');
        out.append(card.criticalFailures()).append(card.missing()).append(card.notAssessable())
                .append(card.invalidItems()).append('\n');
        for (ValidationIssue issue : card.issues()) {
            out.append(issue.itemCode()).append(' ').append(issue.figureCode()).append(' ')
                    .append(text(issue.explanation())).append('\n');
        }
        for (Explanation note : card.notes()) {
            out.append(text(note)).append('\n');
        }
        return out.toString();
    }

    private static void subtotal(StringBuilder out, Subtotal subtotal) {
        out.append(r(subtotal.achieved())).append(' ').append(r(subtotal.maxPoints())).append(' ')
                .append(r(subtotal.applicableMax())).append(' ').append(r(subtotal.scoredMax())).append(' ')
                .append(subtotal.pendingItems()).append(' ').append(r(subtotal.selfAchieved())).append(' ')
                .append(r(subtotal.selfDifference())).append(' ').append(r(subtotal.percent())).append(' ')
                .append(subtotal.complete()).append('\n');
    }

    private static String text(Explanation explanation) {
        return explanation == null ? "-" : VI.format(explanation);
    }

    private static String r(BigDecimal value) {
        BigDecimal rounded = Display.round2(value);
        return rounded == null ? "-" : rounded.toPlainString();
    }
}
