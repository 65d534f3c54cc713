package org.parcheck.criteria.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.parcheck.common.util.Numbers;
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
 * The rule editor's fields as text, as a user types them, and their conversion to and from a rule. Thresholds are
 * written {@code "98:1; 95:0,5; 90:0,25"} (at least → value), choice options one per line
 * {@code "A | Đầy đủ | 2"}.
 */
public record RuleForm(RuleType type, String numerator, String denominator, String figure, String thresholds,
                       BandValue valueMode, NumberKind valueKind, String target, String options,
                       String perOccurrence, boolean inverted, String guidance) {

    /** A conversion that failed: which field and why (a message key). */
    public static final class FormException extends Exception {
        private static final long serialVersionUID = 1L;
        private final String field;
        private final String messageKey;

        FormException(String field, String messageKey) {
            super(field + ": " + messageKey);
            this.field = field;
            this.messageKey = messageKey;
        }

        public String field() {
            return field;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    public static RuleForm empty(RuleType type) {
        return new RuleForm(type, "", "", "", "", BandValue.FRACTION_OF_MAX, NumberKind.COUNT, "", "", "", false, "");
    }

    public static RuleForm of(ScoringRule rule) {
        if (rule == null) {
            return null;
        }
        RuleForm f = empty(rule.type());
        if (rule instanceof YesNoRule r) {
            return f.with(r.inverted());
        }
        if (rule instanceof ChoiceRule r) {
            return new RuleForm(f.type, "", "", "", "", f.valueMode, f.valueKind, "",
                    r.options().stream().map(o -> o.code() + " | " + o.label() + " | " + Numbers.format(o.points()))
                            .collect(Collectors.joining("\n")), "", false, "");
        }
        if (rule instanceof NumberBandsRule r) {
            return new RuleForm(f.type, "", "", nz(r.figure()), thresholds(r.thresholds()), r.valueMode(),
                    r.valueKind(), "", "", "", false, "");
        }
        if (rule instanceof RatioBandsRule r) {
            return new RuleForm(f.type, r.numeratorFigure(), r.denominatorFigure(), "", thresholds(r.thresholds()),
                    r.valueMode(), f.valueKind, "", "", "", false, "");
        }
        if (rule instanceof ProportionalRule r) {
            return new RuleForm(f.type, r.numeratorFigure(), r.denominatorFigure(), "", "", f.valueMode,
                    f.valueKind, "", "", "", false, "");
        }
        if (rule instanceof ProportionalToTargetRule r) {
            return new RuleForm(f.type, r.numeratorFigure(), r.denominatorFigure(), "", "", f.valueMode,
                    f.valueKind, Numbers.format(r.targetPercent()), "", "", false, "");
        }
        if (rule instanceof ManualRule r) {
            return new RuleForm(f.type, "", "", "", "", f.valueMode, f.valueKind, "", "", "", false,
                    nz(r.guidance()));
        }
        if (rule instanceof BonusRule r) {
            return f.withPerOccurrence(Numbers.format(r.pointsPerOccurrence()));
        }
        return f.withPerOccurrence(Numbers.format(((DeductionRule) rule).pointsPerOccurrence()));
    }

    private RuleForm with(boolean invert) {
        return new RuleForm(type, numerator, denominator, figure, thresholds, valueMode, valueKind, target, options,
                perOccurrence, invert, guidance);
    }

    private RuleForm withPerOccurrence(String text) {
        return new RuleForm(type, numerator, denominator, figure, thresholds, valueMode, valueKind, target, options,
                text, inverted, guidance);
    }

    /** The rule these fields describe; the definition checks then judge whether it makes sense. */
    public ScoringRule toRule() throws FormException {
        return switch (type) {
            case YES_NO -> new YesNoRule(inverted);
            case CHOICE -> new ChoiceRule(parseOptions(options));
            case NUMBER_BANDS -> new NumberBandsRule(blankToNull(figure), valueKind, valueMode,
                    parseThresholds(thresholds));
            case RATIO_BANDS -> new RatioBandsRule(blankToNull(numerator), blankToNull(denominator), valueMode,
                    parseThresholds(thresholds));
            case PROPORTIONAL -> new ProportionalRule(blankToNull(numerator), blankToNull(denominator));
            case PROPORTIONAL_TO_TARGET -> new ProportionalToTargetRule(blankToNull(numerator),
                    blankToNull(denominator), number("target", target));
            case MANUAL -> new ManualRule(blankToNull(guidance));
            case BONUS -> new BonusRule(number("perOccurrence", perOccurrence));
            case DEDUCTION -> new DeductionRule(number("perOccurrence", perOccurrence));
        };
    }

    static String thresholds(List<Threshold> list) {
        return list.stream().sorted(Comparator.comparing(Threshold::atLeast).reversed())
                .map(t -> Numbers.format(t.atLeast()) + ":" + Numbers.format(t.value()))
                .collect(Collectors.joining("; "));
    }

    static List<Threshold> parseThresholds(String text) throws FormException {
        List<Threshold> out = new ArrayList<>();
        for (String part : text.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            String[] pair = part.split(":");
            if (pair.length != 2) {
                throw new FormException("thresholds", "criteria.editor.error.thresholdSyntax");
            }
            out.add(new Threshold(number("thresholds", pair[0]), number("thresholds", pair[1])));
        }
        out.sort(Comparator.comparing(Threshold::atLeast));
        return out;
    }

    static List<ChoiceOption> parseOptions(String text) throws FormException {
        List<ChoiceOption> out = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\\|");
            if (parts.length != 3) {
                throw new FormException("options", "criteria.editor.error.optionSyntax");
            }
            out.add(new ChoiceOption(parts[0].strip(), parts[1].strip(), number("options", parts[2])));
        }
        return out;
    }

    private static BigDecimal number(String field, String text) throws FormException {
        try {
            BigDecimal value = Numbers.parse(text);
            if (value == null) {
                throw new FormException(field, "criteria.editor.error.numberMissing");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new FormException(field, "criteria.editor.error.notANumber");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }
}
