package org.parcheck.criteria;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.parcheck.scoring.rules.BonusRule;
import org.parcheck.scoring.rules.ChoiceRule;
import org.parcheck.scoring.rules.DeductionRule;
import org.parcheck.scoring.rules.ManualRule;
import org.parcheck.scoring.rules.NumberBandsRule;
import org.parcheck.scoring.rules.ProportionalRule;
import org.parcheck.scoring.rules.ProportionalToTargetRule;
import org.parcheck.scoring.rules.RatioBandsRule;
import org.parcheck.scoring.rules.RuleType;
import org.parcheck.scoring.rules.ScoringRule;
import org.parcheck.scoring.rules.YesNoRule;

/**
 * Scoring rules as structured data: the rule type plus its parameters as JSON (the record components), the form
 * in which rules are stored in the database and carried in visit packages.
 */
public final class RuleCodec {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private RuleCodec() {
    }

    /**
     * Builds the reader of every rule type without reading anything (Jackson's first mapper and its deserializers
     * are a cold process's cost: a cold report command runs this on its background thread, #18 §2). Returns the
     * number of rule types.
     */
    public static int warmUp() {
        RuleType[] types = RuleType.values();
        for (RuleType type : types) {
            MAPPER.readerFor(ruleClass(type));
        }
        return types.length;
    }

    /** The parameters of {@code rule} as a JSON object. */
    public static String toJson(ScoringRule rule) {
        try {
            return MAPPER.writeValueAsString(rule);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Rule cannot be written: " + rule, e);
        }
    }

    /** The rule of {@code type} with the parameters in {@code json}. */
    public static ScoringRule fromJson(RuleType type, String json) {
        try {
            return MAPPER.readValue(json == null || json.isBlank() ? "{}" : json, ruleClass(type));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Rule parameters of type " + type + " cannot be read: " + json, e);
        }
    }

    static Class<? extends ScoringRule> ruleClass(RuleType type) {
        return switch (type) {
            case YES_NO -> YesNoRule.class;
            case CHOICE -> ChoiceRule.class;
            case NUMBER_BANDS -> NumberBandsRule.class;
            case RATIO_BANDS -> RatioBandsRule.class;
            case PROPORTIONAL -> ProportionalRule.class;
            case PROPORTIONAL_TO_TARGET -> ProportionalToTargetRule.class;
            case MANUAL -> ManualRule.class;
            case BONUS -> BonusRule.class;
            case DEDUCTION -> DeductionRule.class;
        };
    }
}
