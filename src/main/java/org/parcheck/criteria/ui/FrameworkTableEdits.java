package org.parcheck.criteria.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.parcheck.common.i18n.Messages;
import org.parcheck.common.util.Numbers;
import org.parcheck.criteria.FrameworkContent;
import org.parcheck.scoring.Band;
import org.parcheck.scoring.ConstraintType;
import org.parcheck.scoring.FigureConstraint;
import org.parcheck.scoring.FigureDef;
import org.parcheck.scoring.rules.NumberKind;

/**
 * The framework editor's tables and settings (the "Số liệu", "Xếp loại" and "Cài đặt" tabs): figures, constraints,
 * bands, caps. Each edit becomes one change of the content (undoable, saved, checked); a value that cannot be read
 * is reported through {@code error} and changes nothing.
 */
public final class FrameworkTableEdits {

    private final Messages messages;
    private final Supplier<FrameworkContent> content;
    private final Consumer<FrameworkContent> change;
    private final Consumer<String> error;

    FrameworkTableEdits(Messages messages, Supplier<FrameworkContent> content, Consumer<FrameworkContent> change,
                        Consumer<String> error) {
        this.messages = messages;
        this.content = content;
        this.change = change;
        this.error = error;
    }

    /** Replaces the figure at {@code index}; a blank code or name is refused. */
    public void updateFigure(int index, FigureDef figure) {
        if (figure.code() == null || figure.code().isBlank() || figure.name() == null || figure.name().isBlank()) {
            error.accept(messages.get("criteria.editor.error.figureRequired"));
            return;
        }
        List<FigureDef> list = new ArrayList<>(content.get().figures());
        list.set(index, new FigureDef(figure.code().strip(), figure.name().strip(),
                figure.unit() == null || figure.unit().isBlank() ? null : figure.unit().strip(), figure.kind()));
        change.accept(content.get().withFigures(list));
    }

    public void addFigure() {
        List<FigureDef> list = new ArrayList<>(content.get().figures());
        List<String> codes = list.stream().map(FigureDef::code).toList();
        int n = list.size() + 1;
        while (codes.contains("figure" + n)) {
            n++;
        }
        list.add(new FigureDef("figure" + n, messages.get("criteria.editor.newFigure"), null, NumberKind.COUNT));
        change.accept(content.get().withFigures(list));
    }

    public void removeFigure(int index) {
        List<FigureDef> list = new ArrayList<>(content.get().figures());
        if (index >= 0 && index < list.size()) {
            list.remove(index);
            change.accept(content.get().withFigures(list));
        }
    }

    /** Adds a constraint written as parts ("resolved; inProgress") and a whole ("received"). */
    public void addConstraint(ConstraintType type, String parts, String whole) {
        List<String> partList = Arrays.stream(parts == null ? new String[0] : parts.split("[;,+]"))
                .map(String::strip).filter(p -> !p.isEmpty()).toList();
        if (type == null || partList.isEmpty() || whole == null || whole.isBlank()) {
            error.accept(messages.get("criteria.editor.error.constraintIncomplete"));
            return;
        }
        List<FigureConstraint> list = new ArrayList<>(content.get().constraints());
        list.add(new FigureConstraint(type, partList, whole.strip()));
        change.accept(content.get().withConstraints(list));
    }

    public void removeConstraint(int index) {
        List<FigureConstraint> list = new ArrayList<>(content.get().constraints());
        if (index >= 0 && index < list.size()) {
            list.remove(index);
            change.accept(content.get().withConstraints(list));
        }
    }

    public void updateBand(int index, Band band) {
        List<Band> list = new ArrayList<>(content.get().bands());
        list.set(index, band);
        change.accept(content.get().withBands(list));
    }

    public void addBand() {
        List<Band> list = new ArrayList<>(content.get().bands());
        list.add(new Band("BAND" + (list.size() + 1), messages.get("criteria.editor.newBand"), "", BigDecimal.ZERO));
        change.accept(content.get().withBands(list));
    }

    public void removeBand(int index) {
        List<Band> list = new ArrayList<>(content.get().bands());
        if (index >= 0 && index < list.size()) {
            list.remove(index);
            change.accept(content.get().withBands(list));
        }
    }

    /** Sets the caps (blank = no cap) and whether children's points must add up to the parent's. */
    public void applySettings(String bonusCap, String deductionCap, boolean pointsMustSum) {
        BigDecimal bonus;
        BigDecimal deduction;
        try {
            bonus = Numbers.parse(bonusCap);
            deduction = Numbers.parse(deductionCap);
        } catch (NumberFormatException e) {
            error.accept(messages.get("criteria.editor.error.notANumber"));
            return;
        }
        error.accept("");
        change.accept(content.get().withSettings(bonus, deduction, pointsMustSum));
    }

    /** A number typed in a table cell, or null after reporting that it is not one. */
    public BigDecimal parseNumberOrReport(String text) {
        try {
            BigDecimal value = Numbers.parse(text);
            if (value == null) {
                error.accept(messages.get("criteria.editor.error.numberMissing"));
            }
            return value;
        } catch (NumberFormatException e) {
            error.accept(messages.get("criteria.editor.error.notANumber"));
            return null;
        }
    }

    public String constraintTypeLabel(ConstraintType type) {
        return type == null ? "" : messages.get("criteria.constraint." + type.name());
    }

    public String constraintLabel(FigureConstraint c) {
        return String.join(" + ", c.parts()) + " " + messages.get("criteria.constraint." + c.type().name()) + " "
                + c.whole();
    }
}
