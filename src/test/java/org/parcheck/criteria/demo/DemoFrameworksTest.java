package org.parcheck.criteria.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parcheck.common.domain.UnitType;
import org.parcheck.criteria.AssessmentMethod;
import org.parcheck.criteria.CriteriaItem;
import org.parcheck.criteria.FrameworkContent;
import org.parcheck.criteria.StoredFramework;
import org.parcheck.scoring.Band;
import org.parcheck.scoring.ConstraintType;
import org.parcheck.scoring.CriticalScope;
import org.parcheck.scoring.FigureConstraint;
import org.parcheck.scoring.FigureDef;
import org.parcheck.scoring.NodeKind;
import org.parcheck.scoring.rules.DefinitionIssue;
import org.parcheck.scoring.rules.RuleType;
import org.parcheck.scoring.rules.YesNoRule;

/** Both demo frameworks are valid, complete, labelled as demo data and carry every figure of the seed article. */
class DemoFrameworksTest {

    /** The seed article's figures (docs/domain.md §8.1) and the denominators the frameworks add. */
    private static final List<String> SEED_FIGURES = List.of(
            DemoFigures.RECEIVED, DemoFigures.RECEIVED_ONLINE, DemoFigures.RESOLVED, DemoFigures.RESOLVED_ON_TIME,
            DemoFigures.IN_PROGRESS, DemoFigures.POSTAL, DemoFigures.OUTGOING_DOCS, DemoFigures.SIGNED_DOCS,
            DemoFigures.PROCEDURES_POSTED, DemoFigures.PROCEDURES_IN_SCOPE, DemoFigures.SPENDING_RULES_UNITS,
            DemoFigures.SPENDING_UNITS, DemoFigures.ISO_UNITS, DemoFigures.ISO_SCOPE_UNITS,
            DemoFigures.OFFICIALS_WITH_ACCOUNT, DemoFigures.OFFICIALS, DemoFigures.AUTONOMOUS_UNITS,
            DemoFigures.PUBLIC_SERVICE_UNITS, DemoFigures.POSITIONS_CUT);

    static Stream<StoredFramework> frameworks() {
        return DemoFrameworks.all().stream();
    }

    @ParameterizedTest
    @MethodSource("frameworks")
    void definitionHasNoErrorsAndNoWarnings(StoredFramework framework) {
        List<DefinitionIssue> issues = framework.content().toScoringDef("demo", framework.header().name()).validate();
        assertThat(issues).isEmpty();
        assertThat(framework.content().pointsMustSum()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("frameworks")
    void hasAtLeastFortyRegularLeaves(StoredFramework framework) {
        long regular = framework.content().leaves().stream()
                .filter(leaf -> !leaf.rule().type().isAdjustment())
                .count();
        assertThat(regular).isGreaterThanOrEqualTo(40);
    }

    @ParameterizedTest
    @MethodSource("frameworks")
    void usesEveryRuleTypeIncludingAnInvertedYesNo(StoredFramework framework) {
        Set<RuleType> used = EnumSet.noneOf(RuleType.class);
        boolean inverted = false;
        for (CriteriaItem leaf : framework.content().leaves()) {
            used.add(leaf.rule().type());
            inverted |= leaf.rule() instanceof YesNoRule yesNo && yesNo.inverted();
        }
        assertThat(used).containsExactlyInAnyOrder(RuleType.values());
        assertThat(inverted).as("an inverted yes/no item").isTrue();
    }

    @ParameterizedTest
    @MethodSource("frameworks")
    void hasEvidenceRequiredCriticalAndSurveyItems(StoredFramework framework) {
        List<CriteriaItem> leaves = framework.content().leaves();
        assertThat(leaves).anyMatch(CriteriaItem::evidenceRequired);
        assertThat(leaves).anyMatch(leaf -> leaf.critical() == CriticalScope.AREA);
        assertThat(leaves).anyMatch(leaf -> leaf.method() == AssessmentMethod.SURVEY);
    }

    @ParameterizedTest
    @MethodSource("frameworks")
    void areasAddUpToOneHundredAndInnerMaximaToTheirChildren(StoredFramework framework) {
        FrameworkContent content = framework.content();
        BigDecimal areas = content.areas().stream().map(CriteriaItem::maxPoints)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(areas).isEqualByComparingTo("100");
        for (CriteriaItem item : content.allItems()) {
            if (!item.isLeaf()) {
                BigDecimal children = item.children().stream()
                        .filter(child -> child.rule() == null || !child.rule().type().isAdjustment())
                        .map(CriteriaItem::maxPoints)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                assertThat(children).as(item.code()).isEqualByComparingTo(item.maxPoints());
            }
        }
        BigDecimal leaves = content.leaves().stream().filter(leaf -> !leaf.rule().type().isAdjustment())
                .map(CriteriaItem::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(leaves).isEqualByComparingTo("100");
    }

    @ParameterizedTest
    @MethodSource("frameworks")
    void hasCappedBonusAndDeductionItems(StoredFramework framework) {
        FrameworkContent content = framework.content();
        assertThat(content.bonusCap()).isPositive();
        assertThat(content.deductionCap()).isPositive();
        assertThat(content.leaves()).anyMatch(leaf -> leaf.rule().type() == RuleType.BONUS)
                .anyMatch(leaf -> leaf.rule().type() == RuleType.DEDUCTION);
    }

    @ParameterizedTest
    @MethodSource("frameworks")
    void codesFollowTheTree(StoredFramework framework) {
        List<CriteriaItem> areas = framework.content().areas();
        for (int i = 0; i < areas.size(); i++) {
            assertThat(areas.get(i).code()).isEqualTo(String.valueOf(i + 1));
            assertThat(areas.get(i).kind()).isEqualTo(NodeKind.AREA);
            checkChildren(areas.get(i));
        }
    }

    private static void checkChildren(CriteriaItem parent) {
        for (int i = 0; i < parent.children().size(); i++) {
            CriteriaItem child = parent.children().get(i);
            assertThat(child.code()).isEqualTo(parent.code() + "." + (i + 1));
            assertThat(child.kind()).isEqualTo(parent.kind() == NodeKind.AREA
                    ? NodeKind.CRITERION : NodeKind.SUB_CRITERION);
            checkChildren(child);
        }
    }

    @ParameterizedTest
    @MethodSource("frameworks")
    void hasEverySeedFigureWithVietnameseNameAndUnit(StoredFramework framework) {
        List<FigureDef> figures = framework.content().figures();
        assertThat(figures).extracting(FigureDef::code).containsAll(SEED_FIGURES);
        assertThat(figures).allSatisfy(f -> {
            assertThat(f.name()).isNotBlank();
            assertThat(f.unit()).isNotBlank();
        });
        // Every figure is read by an item or checked by a constraint: none is dangling.
        Set<String> used = new HashSet<>();
        framework.content().leaves().forEach(leaf -> used.addAll(leaf.rule().figureCodes()));
        for (FigureConstraint c : framework.content().constraints()) {
            used.addAll(c.parts());
            used.add(c.whole());
        }
        assertThat(used).containsAll(SEED_FIGURES);
    }

    @ParameterizedTest
    @MethodSource("frameworks")
    void constrainsPartsToTheirWholes(StoredFramework framework) {
        List<FigureConstraint> constraints = framework.content().constraints();
        assertThat(constraints).contains(
                new FigureConstraint(ConstraintType.SUM_LE,
                        List.of(DemoFigures.RESOLVED, DemoFigures.IN_PROGRESS), DemoFigures.RECEIVED),
                FigureConstraint.partOf(DemoFigures.RECEIVED_ONLINE, DemoFigures.RECEIVED),
                FigureConstraint.partOf(DemoFigures.RESOLVED_ON_TIME, DemoFigures.RESOLVED),
                FigureConstraint.partOf(DemoFigures.POSTAL, DemoFigures.RECEIVED),
                FigureConstraint.partOf(DemoFigures.SIGNED_DOCS, DemoFigures.OUTGOING_DOCS),
                FigureConstraint.partOf(DemoFigures.PROCEDURES_POSTED, DemoFigures.PROCEDURES_IN_SCOPE),
                FigureConstraint.partOf(DemoFigures.SPENDING_RULES_UNITS, DemoFigures.SPENDING_UNITS),
                FigureConstraint.partOf(DemoFigures.ISO_UNITS, DemoFigures.ISO_SCOPE_UNITS),
                FigureConstraint.partOf(DemoFigures.OFFICIALS_WITH_ACCOUNT, DemoFigures.OFFICIALS),
                FigureConstraint.partOf(DemoFigures.AUTONOMOUS_UNITS, DemoFigures.PUBLIC_SERVICE_UNITS));
    }

    @ParameterizedTest
    @MethodSource("frameworks")
    void isLabelledAsDemoData(StoredFramework framework) {
        assertThat(framework.header().demo()).isTrue();
        assertThat(framework.header().name()).contains("mẫu");
        String description = framework.header().description().toLowerCase(Locale.ROOT);
        assertThat(description).contains("dữ liệu mẫu").contains("không phải bộ tiêu chí chính thức");
        assertThat(framework.version().legalBasis()).contains("minh họa");
        assertThat(framework.version().year()).isEqualTo(2021);
        assertThat(framework.version().versionNo()).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("frameworks")
    void classifiesTotGoodKhaTrungBinhYeu(StoredFramework framework) {
        assertThat(framework.content().bands()).extracting(Band::labelVi)
                .containsExactly("Tốt", "Khá", "Trung bình", "Yếu");
        assertThat(framework.content().bands()).extracting(Band::minPercent)
                .isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @ParameterizedTest
    @MethodSource("frameworks")
    void vietnameseTextIsNfc(StoredFramework framework) {
        List<String> texts = new ArrayList<>();
        texts.add(framework.header().name());
        texts.add(framework.header().description());
        texts.add(framework.version().legalBasis());
        for (CriteriaItem item : framework.content().allItems()) {
            texts.add(item.title());
            if (item.guidance() != null) {
                texts.add(item.guidance());
            }
        }
        framework.content().figures().forEach(f -> {
            texts.add(f.name());
            texts.add(f.unit());
        });
        assertThat(texts).allSatisfy(text -> assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC))
                .as(text).isTrue());
        assertThat(framework.content().allItems()).extracting(CriteriaItem::title).doesNotHaveDuplicates();
    }

    @Test
    void targetsDistrictsAndCommunes() {
        assertThat(DemoFrameworks.district().header().targets())
                .containsExactlyInAnyOrder(UnitType.DISTRICT, UnitType.TOWN, UnitType.CITY);
        assertThat(DemoFrameworks.commune().header().targets())
                .containsExactlyInAnyOrder(UnitType.COMMUNE, UnitType.WARD, UnitType.TOWNSHIP);
        assertThat(DemoFrameworks.district().content().areas()).hasSize(8);
        assertThat(DemoFrameworks.commune().content().areas()).hasSize(7);
    }

    @Test
    void identitiesAreStableAndDistinct() {
        StoredFramework district = DemoFrameworks.district();
        StoredFramework commune = DemoFrameworks.commune();
        assertThat(DemoFrameworks.district().header().uuid()).isEqualTo(district.header().uuid());
        assertThat(DemoFrameworks.district().version().uuid()).isEqualTo(district.version().uuid());
        assertThat(Set.of(district.header().uuid(), commune.header().uuid(), district.version().uuid(),
                commune.version().uuid())).hasSize(4);
        assertThat(district.header().name()).isNotEqualTo(commune.header().name());
    }
}
