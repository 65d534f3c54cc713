package org.parcheck.criteria.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.parcheck.common.util.Text;
import org.parcheck.criteria.CriteriaItem;
import org.parcheck.criteria.FrameworkContent;
import org.parcheck.scoring.Band;
import org.parcheck.scoring.FigureConstraint;
import org.parcheck.scoring.FigureDef;
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
import org.parcheck.scoring.rules.ScoringRule;
import org.parcheck.scoring.rules.Threshold;
import org.parcheck.scoring.rules.YesNoRule;

/**
 * The canonical form of a framework, which is what an import returns: text NFC and stripped (blank optional text
 * becomes null), numbers without trailing zeros ({@code 1.50} → {@code 1.5}, {@code 100.0} → {@code 100}),
 * thresholds ascending, and the engine's defaults made explicit (a figure's kind COUNT, a number rule's kind
 * DECIMAL, a threshold value mode POINTS). Export then import gives back {@code normalise(original)}, which
 * equals the original when it was already canonical.
 */
public final class ContentNormaliser {

    private ContentNormaliser() {
    }

    public static WorkbookFramework normalise(WorkbookFramework f) {
        return new WorkbookFramework(required(f.name()), optional(f.description()), f.targets(), f.year(),
                optional(f.legalBasis()), normalise(f.content()));
    }

    public static FrameworkContent normalise(FrameworkContent c) {
        return new FrameworkContent(c.areas().stream().map(ContentNormaliser::item).toList(),
                c.figures().stream().map(ContentNormaliser::figure).toList(),
                c.constraints().stream().map(ContentNormaliser::constraint).toList(),
                c.bands().stream().map(ContentNormaliser::band).toList(),
                number(c.bonusCap()), number(c.deductionCap()), c.pointsMustSum());
    }

    private static CriteriaItem item(CriteriaItem i) {
        return new CriteriaItem(i.kind(), required(i.code()), required(i.title()), optional(i.guidance()),
                number(i.maxPoints()), rule(i.rule()), i.evidenceRequired(), i.critical(), i.method(),
                i.appliesTo(), i.children().stream().map(ContentNormaliser::item).toList());
    }

    private static FigureDef figure(FigureDef f) {
        return new FigureDef(required(f.code()), required(f.name()), optional(f.unit()),
                f.kind() == null ? NumberKind.COUNT : f.kind());
    }

    private static FigureConstraint constraint(FigureConstraint c) {
        return new FigureConstraint(c.type(), c.parts().stream().map(ContentNormaliser::required).toList(),
                required(c.whole()));
    }

    private static Band band(Band b) {
        return new Band(required(b.code()), required(b.labelVi()), optional(b.labelEn()), number(b.minPercent()));
    }

    /** The rule with canonical numbers, text and defaults; null stays null. */
    static ScoringRule rule(ScoringRule rule) {
        if (rule instanceof ChoiceRule r) {
            List<ChoiceOption> options = new ArrayList<>();
            for (ChoiceOption o : r.options()) {
                options.add(new ChoiceOption(required(o.code()), optional(o.label()), number(o.points())));
            }
            return new ChoiceRule(options);
        } else if (rule instanceof NumberBandsRule r) {
            return new NumberBandsRule(optional(r.figure()), r.valueKind() == null ? NumberKind.DECIMAL : r.valueKind(),
                    mode(r.valueMode()), thresholds(r.thresholds()));
        } else if (rule instanceof RatioBandsRule r) {
            return new RatioBandsRule(required(r.numeratorFigure()), required(r.denominatorFigure()),
                    mode(r.valueMode()), thresholds(r.thresholds()));
        } else if (rule instanceof ProportionalRule r) {
            return new ProportionalRule(required(r.numeratorFigure()), required(r.denominatorFigure()));
        } else if (rule instanceof ProportionalToTargetRule r) {
            return new ProportionalToTargetRule(required(r.numeratorFigure()), required(r.denominatorFigure()),
                    number(r.targetPercent()));
        } else if (rule instanceof ManualRule r) {
            return new ManualRule(optional(r.guidance()));
        } else if (rule instanceof BonusRule r) {
            return new BonusRule(number(r.pointsPerOccurrence()));
        } else if (rule instanceof DeductionRule r) {
            return new DeductionRule(number(r.pointsPerOccurrence()));
        } else if (rule instanceof YesNoRule r) {
            return r;
        }
        return rule;
    }

    private static BandValue mode(BandValue mode) {
        return mode == null ? BandValue.POINTS : mode;
    }

    private static List<Threshold> thresholds(List<Threshold> thresholds) {
        List<Threshold> out = new ArrayList<>();
        for (Threshold t : thresholds) {
            out.add(new Threshold(number(t.atLeast()), number(t.value())));
        }
        out.sort(Comparator.comparing(Threshold::atLeast, Comparator.nullsFirst(Comparator.naturalOrder())));
        return out;
    }

    private static BigDecimal number(BigDecimal value) {
        return Numbers.canonical(value);
    }

    private static String required(String text) {
        return text == null ? null : Text.nfc(text.strip());
    }

    private static String optional(String text) {
        return Text.nfcOrNull(text);
    }
}
