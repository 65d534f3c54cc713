package org.parcheck.scoring;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiConsumer;
import org.parcheck.scoring.rules.BandValue;
import org.parcheck.scoring.rules.BonusRule;
import org.parcheck.scoring.rules.ChoiceOption;
import org.parcheck.scoring.rules.ChoiceRule;
import org.parcheck.scoring.rules.DeductionRule;
import org.parcheck.scoring.rules.ManualRule;
import org.parcheck.scoring.rules.NumberBandsRule;
import org.parcheck.scoring.rules.NumberKind;
import org.parcheck.scoring.rules.ProportionalRule;
import org.parcheck.scoring.rules.ProportionalToTargetRule;
import org.parcheck.scoring.rules.RatioBandsRule;
import org.parcheck.scoring.rules.RuleType;
import org.parcheck.scoring.rules.ScoringRule;
import org.parcheck.scoring.rules.Threshold;
import org.parcheck.scoring.rules.YesNoRule;

/**
 * A generated framework of 10 areas × 3 criteria × 5 sub-criteria = 150 leaves cycling through all nine rule
 * types, and random visits for it. Used by the property tests and the benchmark.
 */
public final class SampleFrameworks {

    private static final RuleType[] TYPES = RuleType.values();

    private SampleFrameworks() {
    }

    /** The 150-leaf framework. */
    public static FrameworkDef generated() {
        List<FigureDef> figures = new ArrayList<>();
        List<FigureConstraint> constraints = new ArrayList<>();
        List<NodeDef> areas = new ArrayList<>();
        int index = 0;
        for (int a = 1; a <= 10; a++) {
            List<NodeDef> criteria = new ArrayList<>();
            for (int c = 1; c <= 3; c++) {
                List<NodeDef> leaves = new ArrayList<>();
                for (int s = 1; s <= 5; s++) {
                    String code = a + "." + c + "." + s;
                    leaves.add(leaf(code, index++, figures, constraints));
                }
                criteria.add(NodeDef.inner(NodeKind.CRITERION, a + "." + c, "Tiêu chí " + a + "." + c,
                        regularMax(leaves), leaves));
            }
            areas.add(NodeDef.inner(NodeKind.AREA, String.valueOf(a), "Lĩnh vực " + a, regularMax(criteria),
                    criteria));
        }
        return new FrameworkDef("GEN-150", "Generated", areas, figures, constraints, Fixtures.BANDS,
                new BigDecimal("3"), new BigDecimal("3"));
    }

    private static BigDecimal regularMax(List<NodeDef> nodes) {
        BigDecimal sum = BigDecimal.ZERO;
        for (NodeDef node : nodes) {
            if (!node.isLeaf() || !node.rule().type().isAdjustment()) {
                sum = sum.add(node.maxPoints());
            }
        }
        return sum.signum() == 0 ? BigDecimal.ONE : sum;
    }

    private static NodeDef leaf(String code, int index, List<FigureDef> figures, List<FigureConstraint> constraints) {
        RuleType type = TYPES[index % TYPES.length];
        String numerator = "n" + index;
        String denominator = "d" + index;
        ScoringRule rule = switch (type) {
            case YES_NO -> new YesNoRule(index % 2 == 1);
            case CHOICE -> new ChoiceRule(List.of(ChoiceOption.of("A", "Tốt", "2"), ChoiceOption.of("B", "Khá", "1.2"),
                    ChoiceOption.of("C", "Trung bình", "0.4"), ChoiceOption.of("D", "Kém", "0")));
            case NUMBER_BANDS -> new NumberBandsRule(null, NumberKind.COUNT, BandValue.POINTS,
                    List.of(Threshold.of("1", "0.5"), Threshold.of("3", "1"), Threshold.of("5", "2")));
            case RATIO_BANDS -> new RatioBandsRule(numerator, denominator, BandValue.FRACTION_OF_MAX,
                    List.of(Threshold.of("80", "0.5"), Threshold.of("95", "1")));
            case PROPORTIONAL -> new ProportionalRule(numerator, denominator);
            case PROPORTIONAL_TO_TARGET -> new ProportionalToTargetRule(numerator, denominator, new BigDecimal("80"));
            case MANUAL -> new ManualRule("");
            case BONUS -> new BonusRule(new BigDecimal("0.5"));
            case DEDUCTION -> new DeductionRule(new BigDecimal("0.25"));
        };
        if (!rule.figureCodes().isEmpty()) {
            figures.add(new FigureDef(numerator, "Tử số " + index, "hồ sơ", NumberKind.COUNT));
            figures.add(new FigureDef(denominator, "Mẫu số " + index, "hồ sơ", NumberKind.COUNT));
            constraints.add(FigureConstraint.partOf(numerator, denominator));
        }
        BigDecimal max = type.isAdjustment() || type == RuleType.RATIO_BANDS ? BigDecimal.ONE : new BigDecimal("2");
        NodeDef node = NodeDef.leaf(NodeKind.SUB_CRITERION, code, "Tiêu chí thành phần " + code, max, rule);
        if (index % 11 == 0 && !type.isAdjustment()) {
            node = node.withEvidenceRequired();
        }
        return node;
    }

    /**
     * A random visit: every item answered with a valid value, evidence usually cited; with {@code bad} set,
     * some values are out of range, unknown or not applicable too.
     */
    public static VisitAnswers visit(FrameworkDef framework, Random random, boolean bad) {
        Map<String, ItemAnswer> items = new HashMap<>();
        Map<String, BigDecimal> figures = new HashMap<>();
        for (NodeDef area : framework.areas()) {
            for (NodeDef criterion : area.children()) {
                for (NodeDef leaf : criterion.children()) {
                    ItemAnswer answer = answer(leaf, random, figures, bad);
                    if (answer != null) {
                        items.put(leaf.code(), answer);
                    }
                }
            }
        }
        return new VisitAnswers(items, figures);
    }

    /**
     * The visit laid out for the framework the way the answering feature builds it: leaf by leaf in framework
     * order. The answers are the visit's own objects, so that a benchmark of either form reads the same objects in
     * memory (fresh copies moved the figure by about 10%, depending on where the collector had put them).
     */
    public static FrameworkAnswers laidOut(CompiledFramework compiled, VisitAnswers visit) {
        FrameworkAnswers.Builder builder = compiled.answers();
        for (NodeDef area : compiled.definition().areas()) {
            for (NodeDef criterion : area.children()) {
                for (NodeDef leaf : criterion.children()) {
                    ItemAnswer answer = visit.items().get(leaf.code());
                    if (answer != null) {
                        builder.item(leaf.code(), answer);
                    }
                }
            }
        }
        return builder.figures(visit.figures()).build();
    }

    /**
     * The 2,560 visits of the result guards ({@code DisplayedResultsTest}, {@code ExactResultsTest}): seeds 1–10 ×
     * 256 visits of the {@link #generated()} framework, every eighth with bad input, each with its label
     * "seed/index".
     */
    static void forEachGuardVisit(FrameworkDef framework, BiConsumer<String, VisitAnswers> action) {
        for (int seed = 1; seed <= 10; seed++) {
            Random random = new Random(seed);
            for (int i = 0; i < 256; i++) {
                action.accept(seed + "/" + i, visit(framework, random, i % 8 == 0));
            }
        }
    }

    /** The first {@code bytes} bytes of the SHA-256 of a text (UTF-8), in hex. */
    static String sha256(String text, int bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ItemAnswer answer(NodeDef leaf, Random random, Map<String, BigDecimal> figures, boolean bad) {
        if (bad && random.nextInt(20) == 0) {
            return random.nextBoolean() ? null : ItemAnswer.notApplicableAnswer();
        }
        ScoringRule rule = leaf.rule();
        AnswerValue value = switch (rule.type()) {
            case YES_NO -> random.nextBoolean() ? AnswerValue.yes() : AnswerValue.no();
            case CHOICE -> AnswerValue.choice(String.valueOf((char) ('A' + random.nextInt(bad ? 5 : 4))));
            case NUMBER_BANDS, BONUS, DEDUCTION -> AnswerValue.occurrences(
                    String.valueOf(random.nextInt(8) - (bad ? 1 : 0)));
            default -> null;
        };
        if (!rule.figureCodes().isEmpty()) {
            int denominator = random.nextInt(3000) + (bad ? 0 : 1);
            int numerator = random.nextInt(denominator + 1) + (bad && random.nextInt(10) == 0 ? 5 : 0);
            figures.put(rule.figureCodes().get(0), BigDecimal.valueOf(numerator));
            figures.put(rule.figureCodes().get(1), BigDecimal.valueOf(denominator));
        }
        ItemAnswer answer = ItemAnswer.of(value).withEvidence(random.nextInt(10) == 0 ? 0 : 1)
                .withSelfScore(leaf.maxPoints());
        if (rule.type() == RuleType.MANUAL) {
            BigDecimal manual = BigDecimal.valueOf(random.nextInt(bad ? 6 : 5), 1).multiply(BigDecimal.valueOf(5));
            answer = answer.withManual(manual, "Lý do");
        }
        return answer;
    }
}
