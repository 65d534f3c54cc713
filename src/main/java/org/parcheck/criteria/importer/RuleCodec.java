package org.parcheck.criteria.importer;

import static org.parcheck.criteria.importer.ItemColumn.DENOMINATOR;
import static org.parcheck.criteria.importer.ItemColumn.FIGURE;
import static org.parcheck.criteria.importer.ItemColumn.INVERTED;
import static org.parcheck.criteria.importer.ItemColumn.MANUAL_HINT;
import static org.parcheck.criteria.importer.ItemColumn.NUMBER_KIND;
import static org.parcheck.criteria.importer.ItemColumn.NUMERATOR;
import static org.parcheck.criteria.importer.ItemColumn.OPTIONS;
import static org.parcheck.criteria.importer.ItemColumn.PER_OCCURRENCE;
import static org.parcheck.criteria.importer.ItemColumn.TARGET;
import static org.parcheck.criteria.importer.ItemColumn.THRESHOLDS;
import static org.parcheck.criteria.importer.ItemColumn.VALUE_MODE;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * A scoring rule's parameters in the readable columns of the sheet "Tiêu chí", both ways. Each rule type uses a
 * few parameter columns ({@link #columns(RuleType)}); a filled column the type does not use is a warning.
 */
final class RuleCodec {

    /** Every rule-parameter column. */
    static final Set<ItemColumn> PARAMETERS = EnumSet.of(NUMERATOR, DENOMINATOR, FIGURE, NUMBER_KIND, TARGET,
            THRESHOLDS, VALUE_MODE, OPTIONS, PER_OCCURRENCE, INVERTED, MANUAL_HINT);

    private RuleCodec() {
    }

    /** The parameter columns a rule type reads. */
    static Set<ItemColumn> columns(RuleType type) {
        return switch (type) {
            case YES_NO -> EnumSet.of(INVERTED);
            case CHOICE -> EnumSet.of(OPTIONS);
            case NUMBER_BANDS -> EnumSet.of(FIGURE, NUMBER_KIND, VALUE_MODE, THRESHOLDS);
            case RATIO_BANDS -> EnumSet.of(NUMERATOR, DENOMINATOR, VALUE_MODE, THRESHOLDS);
            case PROPORTIONAL -> EnumSet.of(NUMERATOR, DENOMINATOR);
            case PROPORTIONAL_TO_TARGET -> EnumSet.of(NUMERATOR, DENOMINATOR, TARGET);
            case MANUAL -> EnumSet.of(MANUAL_HINT);
            case BONUS, DEDUCTION -> EnumSet.of(PER_OCCURRENCE);
        };
    }

    /** The cells a rule writes: text for words, codes and mini-syntaxes, BigDecimal for numbers. */
    static Map<ItemColumn, Object> encode(ScoringRule rule) {
        Map<ItemColumn, Object> out = new EnumMap<>(ItemColumn.class);
        if (rule instanceof YesNoRule r) {
            out.put(INVERTED, r.inverted() ? Words.YES : Words.NO);
        } else if (rule instanceof ChoiceRule r) {
            out.put(OPTIONS, OptionSyntax.format(r.options()));
        } else if (rule instanceof NumberBandsRule r) {
            put(out, FIGURE, r.figure());
            put(out, NUMBER_KIND, Words.NUMBER_KINDS.word(r.valueKind() == null ? NumberKind.DECIMAL : r.valueKind()));
            put(out, VALUE_MODE, Words.VALUE_MODES.word(r.valueMode() == null ? BandValue.POINTS : r.valueMode()));
            out.put(THRESHOLDS, ThresholdSyntax.format(r.thresholds()));
        } else if (rule instanceof RatioBandsRule r) {
            ratio(out, r.numeratorFigure(), r.denominatorFigure());
            put(out, VALUE_MODE, Words.VALUE_MODES.word(r.valueMode() == null ? BandValue.POINTS : r.valueMode()));
            out.put(THRESHOLDS, ThresholdSyntax.format(r.thresholds()));
        } else if (rule instanceof ProportionalRule r) {
            ratio(out, r.numeratorFigure(), r.denominatorFigure());
        } else if (rule instanceof ProportionalToTargetRule r) {
            ratio(out, r.numeratorFigure(), r.denominatorFigure());
            put(out, TARGET, r.targetPercent());
        } else if (rule instanceof ManualRule r) {
            put(out, MANUAL_HINT, r.guidance());
        } else if (rule instanceof BonusRule r) {
            put(out, PER_OCCURRENCE, r.pointsPerOccurrence());
        } else if (rule instanceof DeductionRule r) {
            put(out, PER_OCCURRENCE, r.pointsPerOccurrence());
        }
        return out;
    }

    private static void ratio(Map<ItemColumn, Object> out, String numerator, String denominator) {
        put(out, NUMERATOR, numerator);
        put(out, DENOMINATOR, denominator);
    }

    private static void put(Map<ItemColumn, Object> out, ItemColumn column, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            out.put(column, value);
        }
    }

    /**
     * The rule of a row, or null when a parameter is missing or wrong (each problem reported at its cell).
     *
     * @param row     the row
     * @param type    the row's rule type
     * @param figures the codes the sheet "Số liệu" defines, or null when that sheet could not be read (then figure
     *                references are not checked, to avoid echoing its problem on every row)
     */
    static ScoringRule decode(TableRow<ItemColumn> row, RuleType type, Set<String> figures) {
        Set<ItemColumn> used = columns(type);
        for (ItemColumn column : PARAMETERS) {
            if (!used.contains(column) && !row.isBlank(column)) {
                row.warning(column, ProblemCode.PARAMETER_IGNORED, Words.RULES.word(type));
            }
        }
        int before = row.problems().errorCount();
        ScoringRule rule = switch (type) {
            case YES_NO -> new YesNoRule(row.yesNo(INVERTED));
            case CHOICE -> new ChoiceRule(options(row));
            case NUMBER_BANDS -> new NumberBandsRule(figure(row, FIGURE, figures, false),
                    row.word(NUMBER_KIND, Words.NUMBER_KINDS, NumberKind.DECIMAL),
                    row.word(VALUE_MODE, Words.VALUE_MODES, BandValue.POINTS), thresholds(row));
            case RATIO_BANDS -> new RatioBandsRule(figure(row, NUMERATOR, figures, true),
                    figure(row, DENOMINATOR, figures, true),
                    row.word(VALUE_MODE, Words.VALUE_MODES, BandValue.POINTS), thresholds(row));
            case PROPORTIONAL -> new ProportionalRule(figure(row, NUMERATOR, figures, true),
                    figure(row, DENOMINATOR, figures, true));
            case PROPORTIONAL_TO_TARGET -> new ProportionalToTargetRule(figure(row, NUMERATOR, figures, true),
                    figure(row, DENOMINATOR, figures, true), required(row, TARGET, row.percent(TARGET)));
            case MANUAL -> new ManualRule(row.text(MANUAL_HINT));
            case BONUS -> new BonusRule(perOccurrence(row));
            case DEDUCTION -> new DeductionRule(perOccurrence(row));
        };
        return row.problems().errorCount() == before ? rule : null;
    }

    private static BigDecimal perOccurrence(TableRow<ItemColumn> row) {
        return row.requiredPoints(PER_OCCURRENCE);
    }

    private static <T> T required(TableRow<ItemColumn> row, ItemColumn column, T value) {
        if (value == null && row.isBlank(column)) {
            row.error(column, ProblemCode.REQUIRED);
        }
        return value;
    }

    private static String figure(TableRow<ItemColumn> row, ItemColumn column, Set<String> figures,
            boolean required) {
        String code = required ? row.requiredText(column) : row.text(column);
        if (code != null && figures != null && !figures.contains(code)) {
            row.error(column, ProblemCode.UNKNOWN_FIGURE, code);
        }
        return code;
    }

    private static List<Threshold> thresholds(TableRow<ItemColumn> row) {
        String text = row.requiredText(THRESHOLDS);
        if (text == null) {
            return List.of();
        }
        Parsed<List<Threshold>> parsed = ThresholdSyntax.parse(text);
        if (!parsed.ok()) {
            row.error(THRESHOLDS, ProblemCode.BAD_THRESHOLDS, parsed.badPart());
            return List.of();
        }
        return parsed.value();
    }

    private static List<ChoiceOption> options(TableRow<ItemColumn> row) {
        String text = row.requiredText(OPTIONS);
        if (text == null) {
            return List.of();
        }
        Parsed<List<ChoiceOption>> parsed = OptionSyntax.parse(text);
        if (!parsed.ok()) {
            row.error(OPTIONS, ProblemCode.BAD_OPTIONS, parsed.badPart());
            return List.of();
        }
        return parsed.value();
    }
}
