package org.parcheck.scoring.explain;

/**
 * Every explanation code the scoring engine can produce. The argument list of each code is documented here and
 * matches the {@code {n}} placeholders of {@code scoring.explanation.<key>} in the explanation bundles.
 * Numbers are BigDecimal; a "fraction" is a ratio in [0, 1], a "percent" a number in [0, 100].
 */
public enum ExplanationCode {
    // item outcomes
    /** (max). */
    ITEM_NOT_APPLICABLE("item.notApplicable"),
    /** (unitType, max): the framework says the item applies to other types of unit ("Áp dụng cho"). */
    ITEM_NOT_APPLICABLE_FOR_UNIT_TYPE("item.notApplicableForUnitType"),
    /** (max). */
    ITEM_MISSING("item.missing"),
    /** (figureCode, figureName). */
    ITEM_UNKNOWN_FIGURE("item.unknownFigure"),
    /** (figureCode, figureName). */
    ITEM_ZERO_DENOMINATOR("item.zeroDenominator"),
    /** (figureCode, figureName, cause Explanation). */
    ITEM_INVALID_FIGURE("item.invalidFigure"),
    /** (max). */
    EVIDENCE_MISSING("evidence.missing"),
    /** (score, max, reason). */
    MANUAL_SCORED("manual.scored"),
    /** (score, max, reason). */
    MANUAL_OVERRIDE("manual.override"),
    /** (points, max). */
    YES_NO_YES_FULL("yesNo.yesFull"),
    /** (points, max). */
    YES_NO_YES_ZERO("yesNo.yesZero"),
    /** (points, max). */
    YES_NO_NO_FULL("yesNo.noFull"),
    /** (points, max). */
    YES_NO_NO_ZERO("yesNo.noZero"),
    /** (optionLabel, optionCode, points, max). */
    CHOICE_SELECTED("choice.selected"),
    /** (value, threshold, points, max): the value reaches the top threshold. */
    NUMBER_AT_OR_ABOVE("number.atOrAboveThreshold"),
    /** (value, threshold, points, max): the value is below this (next higher) threshold. */
    NUMBER_BELOW("number.belowThreshold"),
    /** (numerator, denominator, fraction, thresholdPercent, points, max): the ratio reaches the top threshold. */
    RATIO_AT_OR_ABOVE("ratio.atOrAboveThreshold"),
    /** (numerator, denominator, fraction, thresholdPercent, points, max): below this (next higher) threshold. */
    RATIO_BELOW("ratio.belowThreshold"),
    /** (numerator, denominator, fraction, points, max). */
    PROPORTIONAL_SCORE("proportional.score"),
    /** (numerator, denominator, fraction, targetPercent, points, max). */
    TARGET_REACHED("target.reached"),
    /** (numerator, denominator, fraction, targetPercent, points, max). */
    TARGET_BELOW("target.below"),
    /** (occurrences, pointsPerOccurrence, points, max). */
    BONUS_SCORE("bonus.score"),
    /** (occurrences, pointsPerOccurrence, uncappedPoints, max). */
    BONUS_ITEM_CAPPED("bonus.itemCapped"),
    /** (occurrences, pointsPerOccurrence, points, max). */
    DEDUCTION_SCORE("deduction.score"),
    /** (occurrences, pointsPerOccurrence, uncappedPoints, max). */
    DEDUCTION_ITEM_CAPPED("deduction.itemCapped"),

    // card-level notes
    /** (uncappedBonus, cap). */
    TOTAL_BONUS_CAPPED("total.bonusCapped"),
    /** (uncappedDeduction, cap). */
    TOTAL_DEDUCTION_CAPPED("total.deductionCapped"),
    /** (total, scoredMax, percentCountedAs): total ÷ scored maximum is outside [0, 100] %, so 100 % or 0 % counts. */
    TOTAL_PERCENT_CAPPED("total.percentCapped"),
    /** (itemCode, areaCode). */
    CRITICAL_ZEROED_AREA("critical.zeroedArea"),
    /** (itemCode). */
    CRITICAL_ZEROED_TOTAL("critical.zeroedTotal"),

    // what would earn full marks
    /** (max). */
    FULL_ALREADY("fullMarks.already"),
    /** (max). */
    FULL_ANSWER_YES("fullMarks.answerYes"),
    /** (max). */
    FULL_ANSWER_NO("fullMarks.answerNo"),
    /** (optionLabel, optionCode, points). */
    FULL_CHOOSE("fullMarks.choose"),
    /** (threshold, max). */
    FULL_NUMBER_AT_LEAST("fullMarks.numberAtLeast"),
    /** (neededNumerator, denominator, thresholdPercent, max): the least whole count that earns full marks. */
    FULL_RATIO_COUNT("fullMarks.ratioCount"),
    /** (thresholdPercent, max). */
    FULL_RATIO_PERCENT("fullMarks.ratioPercent"),
    /** (max). */
    FULL_MANUAL("fullMarks.manual"),
    /** (occurrencesNeeded, max). */
    FULL_BONUS("fullMarks.bonus"),
    /** (). */
    FULL_NO_DEDUCTION("fullMarks.noDeduction"),
    /** (max). */
    FULL_CITE_EVIDENCE("fullMarks.citeEvidence"),
    /** (bestPoints, max). */
    FULL_UNREACHABLE("fullMarks.unreachable"),

    // validation of answers and figures (bad input)
    /** (subjectCode, value). */
    INVALID_NEGATIVE("invalid.negative"),
    /** (subjectCode, value). */
    INVALID_NOT_INTEGER("invalid.notInteger"),
    /** (subjectCode, value). */
    INVALID_PERCENT_RANGE("invalid.percentOutOfRange"),
    /** (partCode, partValue, wholeCode, wholeValue). */
    INVALID_PART_EXCEEDS("invalid.partExceedsWhole"),
    /** (partCodes, sum, wholeCode, wholeValue). */
    INVALID_SUM_EXCEEDS("invalid.sumExceedsWhole"),
    /** (partCodes, sum, wholeCode, wholeValue). */
    INVALID_SUM_NOT_EQUAL("invalid.sumNotEqualWhole"),
    /** (numeratorCode, numerator, denominatorCode, denominator). */
    INVALID_RATIO_OVER_100("invalid.ratioOver100"),
    /** (score, max). */
    INVALID_MANUAL_RANGE("invalid.manualOutOfRange"),
    /** (score). */
    INVALID_MANUAL_NO_REASON("invalid.manualNoReason"),
    /** (choiceCode). */
    INVALID_UNKNOWN_CHOICE("invalid.unknownChoice"),
    /** (ruleType). */
    INVALID_WRONG_TYPE("invalid.wrongAnswerType"),
    /** (itemCode). */
    INVALID_UNKNOWN_ITEM("invalid.unknownItem"),
    /** (figureCode). */
    INVALID_UNKNOWN_FIGURE("invalid.unknownFigure"),
    /** (selfScore, max). */
    INVALID_SELF_SCORE("invalid.selfScoreOutOfRange"),

    // framework definition errors (shown live by the framework editor)
    /** (). */
    DEF_NO_AREAS("definition.noAreas"),
    /** (). */
    DEF_BLANK_CODE("definition.blankCode"),
    /** (code). */
    DEF_DUPLICATE_CODE("definition.duplicateCode"),
    /** (kind, parentKind); parentKind is "-" for a top-level node. */
    DEF_BAD_NESTING("definition.badNesting"),
    /** (max). */
    DEF_MAX_NOT_POSITIVE("definition.maxNotPositive"),
    /** (declaredMax, sumOfChildren). */
    DEF_MAX_MISMATCH("definition.maxMismatch"),
    /** (). */
    DEF_LEAF_WITHOUT_RULE("definition.leafWithoutRule"),
    /** (). */
    DEF_INNER_WITH_RULE("definition.innerWithRule"),
    /** (). */
    DEF_CRITICAL_ADJUSTMENT("definition.criticalAdjustment"),
    /** (). */
    DEF_CRITICAL_INNER("definition.criticalOnInner"),
    /** (figureCode). */
    DEF_UNKNOWN_FIGURE("definition.unknownFigure"),
    /** (figureCode). */
    DEF_DUPLICATE_FIGURE("definition.duplicateFigure"),
    /** (constraintType, partCount). */
    DEF_CONSTRAINT_ARITY("definition.constraintArity"),
    /** (). */
    DEF_THRESHOLDS_EMPTY("definition.thresholdsEmpty"),
    /** (previousThreshold, nextThreshold). */
    DEF_THRESHOLDS_ORDER("definition.thresholdsNotAscending"),
    /** (threshold). */
    DEF_THRESHOLD_RANGE("definition.thresholdOutOfRange"),
    /** (previousValue, nextValue): a higher threshold gives less. */
    DEF_POINTS_DECREASE("definition.pointsDecrease"),
    /** (points, max). */
    DEF_POINTS_RANGE("definition.pointsOutOfRange"),
    /** (fraction). */
    DEF_FRACTION_RANGE("definition.fractionOutOfRange"),
    /** (bestPoints, max). */
    DEF_MAX_UNREACHABLE("definition.maxUnreachable"),
    /** (). */
    DEF_OPTIONS_EMPTY("definition.optionsEmpty"),
    /** (optionCode). */
    DEF_DUPLICATE_OPTION("definition.duplicateOption"),
    /** (targetPercent). */
    DEF_TARGET_RANGE("definition.targetOutOfRange"),
    /** (pointsPerOccurrence). */
    DEF_PER_OCCURRENCE("definition.perOccurrenceNotPositive"),
    /** (figureCode): numerator and denominator are the same figure. */
    DEF_SAME_FIGURE("definition.sameFigure"),
    /** (bandCode). */
    DEF_DUPLICATE_BAND("definition.duplicateBand"),
    /** (bandCode, minPercent). */
    DEF_BAND_RANGE("definition.bandOutOfRange"),
    /** (bandCode, minPercent). */
    DEF_BAND_SAME_MIN("definition.bandSameMinimum"),
    /** (cap). */
    DEF_NEGATIVE_CAP("definition.negativeCap");

    private final String key;

    ExplanationCode(String key) {
        this.key = key;
    }

    /** The code as it appears in {@link Explanation#code()} (bundle key without the prefix). */
    public String key() {
        return key;
    }
}
