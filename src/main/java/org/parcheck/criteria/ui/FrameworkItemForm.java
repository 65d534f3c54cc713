package org.parcheck.criteria.ui;

import java.math.BigDecimal;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.parcheck.common.i18n.Messages;
import org.parcheck.common.util.Numbers;
import org.parcheck.criteria.CriteriaItem;
import org.parcheck.scoring.CriticalScope;
import org.parcheck.scoring.rules.BandValue;
import org.parcheck.scoring.rules.NumberKind;
import org.parcheck.scoring.rules.RuleType;

/**
 * The framework editor's item form: the selected item's fields as the user types them, filled from an item and read
 * back into one. Reading refuses what cannot be read with the message key to show; the editor then changes nothing.
 */
public final class FrameworkItemForm {

    /** A value in the form that cannot be read; {@code messageKey} says which and how. */
    static final class Unreadable extends Exception {
        private final String messageKey;

        Unreadable(String messageKey) {
            super(messageKey, null, false, false);
            this.messageKey = messageKey;
        }

        String messageKey() {
            return messageKey;
        }
    }

    private final Messages messages;
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty guidance = new SimpleStringProperty("");
    private final StringProperty maxPoints = new SimpleStringProperty("");
    private final BooleanProperty evidenceRequired = new SimpleBooleanProperty();
    private final ObjectProperty<CriticalScope> critical = new SimpleObjectProperty<>(CriticalScope.NONE);
    private final BooleanProperty leaf = new SimpleBooleanProperty();
    private final ObjectProperty<RuleType> ruleType = new SimpleObjectProperty<>();
    private final StringProperty numerator = new SimpleStringProperty("");
    private final StringProperty denominator = new SimpleStringProperty("");
    private final StringProperty figure = new SimpleStringProperty("");
    private final StringProperty thresholds = new SimpleStringProperty("");
    private final ObjectProperty<BandValue> valueMode = new SimpleObjectProperty<>(BandValue.FRACTION_OF_MAX);
    private final ObjectProperty<NumberKind> valueKind = new SimpleObjectProperty<>(NumberKind.COUNT);
    private final StringProperty target = new SimpleStringProperty("");
    private final StringProperty options = new SimpleStringProperty("");
    private final StringProperty perOccurrence = new SimpleStringProperty("");
    private final BooleanProperty inverted = new SimpleBooleanProperty();
    private final StringProperty ruleGuidance = new SimpleStringProperty("");

    FrameworkItemForm(Messages messages) {
        this.messages = messages;
    }

    /** Shows {@code item} in the form. */
    void fill(CriteriaItem item) {
        code.set(item.code());
        title.set(item.title());
        guidance.set(item.guidance() == null ? "" : item.guidance());
        maxPoints.set(Numbers.format(item.maxPoints()));
        evidenceRequired.set(item.evidenceRequired());
        critical.set(item.critical());
        leaf.set(item.isLeaf());
        RuleForm form = item.rule() == null ? null : RuleForm.of(item.rule());
        ruleType.set(form == null ? null : form.type());
        if (form != null) {
            numerator.set(form.numerator());
            denominator.set(form.denominator());
            figure.set(form.figure());
            thresholds.set(form.thresholds());
            valueMode.set(form.valueMode());
            valueKind.set(form.valueKind());
            target.set(form.target());
            options.set(form.options());
            perOccurrence.set(form.perOccurrence());
            inverted.set(form.inverted());
            ruleGuidance.set(form.guidance());
        }
    }

    /** {@code item} with the form's values; its kind, method, scope and children stay. */
    CriteriaItem readInto(CriteriaItem item) throws Unreadable {
        try {
            BigDecimal max = Numbers.parse(maxPoints.get());
            if (max == null) {
                throw new Unreadable("criteria.editor.error.numberMissing");
            }
            return new CriteriaItem(item.kind(), code.get().strip(), title.get().strip(),
                    guidance.get().isBlank() ? null : guidance.get().strip(), max,
                    item.isLeaf() && ruleType.get() != null ? rule().toRule() : null,
                    evidenceRequired.get(), critical.get(), item.method(), item.appliesTo(), item.children());
        } catch (NumberFormatException e) {
            throw new Unreadable("criteria.editor.error.notANumber");
        } catch (RuleForm.FormException e) {
            throw new Unreadable(e.messageKey());
        }
    }

    private RuleForm rule() {
        return new RuleForm(ruleType.get(), numerator.get(), denominator.get(), figure.get(), thresholds.get(),
                valueMode.get(), valueKind.get(), target.get(), options.get(), perOccurrence.get(), inverted.get(),
                ruleGuidance.get());
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty guidanceProperty() {
        return guidance;
    }

    public StringProperty maxPointsProperty() {
        return maxPoints;
    }

    public BooleanProperty evidenceRequiredProperty() {
        return evidenceRequired;
    }

    public ObjectProperty<CriticalScope> criticalProperty() {
        return critical;
    }

    public ReadOnlyBooleanProperty leafProperty() {
        return leaf;
    }

    public ObjectProperty<RuleType> ruleTypeProperty() {
        return ruleType;
    }

    public StringProperty numeratorProperty() {
        return numerator;
    }

    public StringProperty denominatorProperty() {
        return denominator;
    }

    public StringProperty figureProperty() {
        return figure;
    }

    public StringProperty thresholdsProperty() {
        return thresholds;
    }

    public ObjectProperty<BandValue> valueModeProperty() {
        return valueMode;
    }

    public ObjectProperty<NumberKind> valueKindProperty() {
        return valueKind;
    }

    public StringProperty targetProperty() {
        return target;
    }

    public StringProperty optionsProperty() {
        return options;
    }

    public StringProperty perOccurrenceProperty() {
        return perOccurrence;
    }

    public BooleanProperty invertedProperty() {
        return inverted;
    }

    public StringProperty ruleGuidanceProperty() {
        return ruleGuidance;
    }

    public String ruleTypeLabel(RuleType type) {
        return type == null ? "" : messages.get("criteria.ruleType." + type.name());
    }

    public String valueModeLabel(BandValue mode) {
        return mode == null ? "" : messages.get("criteria.valueMode." + mode.name());
    }

    public String valueKindLabel(NumberKind kind) {
        return kind == null ? "" : messages.get("criteria.valueKind." + kind.name());
    }

    public String criticalLabel(CriticalScope scope) {
        return scope == null ? "" : messages.get("criteria.critical." + scope.name());
    }
}
