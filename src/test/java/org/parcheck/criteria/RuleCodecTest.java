package org.parcheck.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parcheck.scoring.rules.RuleType;
import org.parcheck.scoring.rules.ScoringRule;

class RuleCodecTest {

    @Test
    void everyRuleTypeSurvivesJson() {
        Set<RuleType> seen = EnumSet.noneOf(RuleType.class);
        for (CriteriaItem leaf : SampleFrameworks.allRuleTypes().leaves()) {
            ScoringRule rule = leaf.rule();
            String json = RuleCodec.toJson(rule);
            assertEquals(rule, RuleCodec.fromJson(rule.type(), json), json);
            seen.add(rule.type());
        }
        assertThat(seen).as("the sample must cover every rule type").isEqualTo(EnumSet.allOf(RuleType.class));
    }

    @Test
    void jsonHoldsOnlyTheParameters() {
        String json = RuleCodec.toJson(SampleFrameworks.allRuleTypes().leaves().get(0).rule());
        assertThat(json).contains("\"numeratorFigure\":\"onTime\"").contains("\"atLeast\":98")
                .doesNotContain("figureCodes").doesNotContain("type");
    }

    @Test
    void brokenParametersAreRefusedWithTheType() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RuleCodec.fromJson(RuleType.CHOICE, "{not json"));
        assertThat(e.getMessage()).contains("CHOICE");
    }
}
