package org.parcheck.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parcheck.scoring.Fixtures.d;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parcheck.scoring.rules.BandValue;
import org.parcheck.scoring.rules.BonusRule;
import org.parcheck.scoring.rules.ChoiceOption;
import org.parcheck.scoring.rules.ChoiceRule;
import org.parcheck.scoring.rules.DefinitionIssue;
import org.parcheck.scoring.rules.NumberBandsRule;
import org.parcheck.scoring.rules.NumberKind;
import org.parcheck.scoring.rules.ProportionalToTargetRule;
import org.parcheck.scoring.rules.RatioBandsRule;
import org.parcheck.scoring.rules.ScoringRule;
import org.parcheck.scoring.rules.Severity;
import org.parcheck.scoring.rules.Threshold;
import org.parcheck.scoring.rules.YesNoRule;

/** Definition errors the framework editor shows live. */
class DefinitionValidationTest {

    private static List<Threshold> thresholds(String spec) {
        List<Threshold> list = new ArrayList<>();
        for (String pair : spec.split(" ")) {
            String[] parts = pair.split("=");
            list.add(Threshold.of(parts[0], parts[1]));
        }
        return list;
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # rule,   numerator, denominator, thresholds,     max, severity, code
            ratio,    num,       den,         80=0.5 95=1,    1,   ,         ''
            ratio,    nope,      den,         80=0.5 95=1,    1,   ERROR,    definition.unknownFigure
            ratio,    num,       den,         95=1 80=0.5,    1,   ERROR,    definition.thresholdsNotAscending
            ratio,    num,       den,         80=0.5 80=1,    1,   ERROR,    definition.thresholdsNotAscending
            ratio,    num,       den,         80=0.5 120=1,   1,   ERROR,    definition.thresholdOutOfRange
            ratio,    num,       den,         80=0.5 95=2,    1,   ERROR,    definition.pointsOutOfRange
            ratio,    num,       den,         80=1 95=0.5,    1,   WARNING,  definition.pointsDecrease
            ratio,    num,       den,         80=0.25 95=0.5, 1,   WARNING,  definition.maxUnreachable
            ratio,    num,       num,         80=0.5 95=1,    1,   WARNING,  definition.sameFigure
            fraction, num,       den,         80=0.5 95=1.5,  1,   ERROR,    definition.fractionOutOfRange
            target,   num,       den,         0=0,            1,   ERROR,    definition.targetOutOfRange
            number,   ,          ,            5=1 3=0.5,      1,   ERROR,    definition.thresholdsNotAscending
            """)
    void ruleDefinitionIssues(String kind, String numerator, String denominator, String spec, String max,
            Severity severity, String code) {
        ScoringRule rule = switch (kind) {
            case "ratio" -> new RatioBandsRule(numerator, denominator, BandValue.POINTS, thresholds(spec));
            case "fraction" -> new RatioBandsRule(numerator, denominator, BandValue.FRACTION_OF_MAX, thresholds(spec));
            case "target" -> new ProportionalToTargetRule(numerator, denominator, d("0"));
            default -> new NumberBandsRule(null, NumberKind.COUNT, BandValue.POINTS, thresholds(spec));
        };
        List<DefinitionIssue> issues = Fixtures.single(rule, max).validate();
        if (code.isEmpty()) {
            assertEquals(List.of(), issues);
            return;
        }
        assertEquals(code, issues.get(0).explanation().code(), issues::toString);
        assertEquals(severity, issues.get(0).severity());
        assertEquals(Fixtures.ITEM, issues.get(0).subject());
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # options,       max, code
            A=1 B=0.5,       1,   ''
            A=2 B=0.5,       1,   definition.pointsOutOfRange
            A=1 A=0.5,       1,   definition.duplicateOption
            A=-1 B=1,        1,   definition.pointsOutOfRange
            """)
    void choiceOptionsAreChecked(String spec, String max, String code) {
        List<ChoiceOption> options = new ArrayList<>();
        for (String pair : spec.split(" ")) {
            String[] parts = pair.split("=");
            options.add(ChoiceOption.of(parts[0], parts[0], parts[1]));
        }
        List<DefinitionIssue> issues = Fixtures.single(new ChoiceRule(options), max).validate();
        assertEquals(code.isEmpty() ? List.of() : List.of(code), issues.stream().map(i -> i.explanation().code())
                .toList());
    }

    @Test
    void treeAndFrameworkLevelIssues() {
        NodeDef inner = NodeDef.inner(NodeKind.CRITERION, "1.1", "x", d("2"), List.of(
                NodeDef.leaf(NodeKind.SUB_CRITERION, "1.1.1", "x", d("1"), new YesNoRule(false)),
                NodeDef.leaf(NodeKind.SUB_CRITERION, "1.1.1", "x", d("0"), null),
                NodeDef.leaf(NodeKind.AREA, "1.1.3", "x", d("1"), new BonusRule(d("1")))
                        .withCritical(CriticalScope.AREA)));
        NodeDef area = NodeDef.inner(NodeKind.AREA, "1", "x", d("2"), List.of(inner));
        FrameworkDef framework = new FrameworkDef("T", "T", List.of(area), Fixtures.FIGURES,
                List.of(FigureConstraint.partOf("num", "missing")),
                List.of(new Band("A", "A", "A", d("90")), new Band("A", "B", "B", d("90"))), d("-1"), null);
        List<String> codes = framework.validate().stream().map(i -> i.explanation().code()).toList();
        for (String expected : List.of("definition.unknownFigure", "definition.duplicateBand",
                "definition.bandSameMinimum", "definition.negativeCap", "definition.duplicateCode",
                "definition.maxNotPositive", "definition.leafWithoutRule", "definition.badNesting",
                "definition.criticalAdjustment", "definition.maxMismatch")) {
            assertTrue(codes.contains(expected), () -> expected + " not in " + codes);
        }
        InvalidFrameworkException thrown = assertThrows(InvalidFrameworkException.class,
                () -> new ScoringEngine().compile(framework));
        assertTrue(thrown.issues().stream().allMatch(DefinitionIssue::isError));
    }

    @Test
    void theSeedFrameworkIsSound() {
        assertEquals(List.of(), SeedCase.framework().validate());
    }
}
