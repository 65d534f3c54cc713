package org.parcheck.plan.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parcheck.common.i18n.Messages;
import org.parcheck.common.util.Dates;
import org.parcheck.common.util.Text;
import org.parcheck.plan.AdminUnit;
import org.parcheck.plan.PlanRules;
import org.parcheck.plan.UnitNames;
import org.parcheck.plan.Visit;

/**
 * The visits part of the plan screen: the planned visits in memory, the units to choose from (valid in the plan's
 * year first) and the visit form. Split out of {@link PlanEditorViewModel}; the plan screen saves the visits with
 * the plan.
 */
public final class PlanVisitRows {

    /** A visit as a row of the visits table. */
    public record VisitRow(Visit visit, String unit, String date, String place, int answers) {
    }

    private final Messages messages;
    private final FieldErrors errors;
    private final Supplier<Optional<Integer>> planYear;
    private final ObservableList<VisitRow> visits = FXCollections.observableArrayList();
    private final ObservableList<UnitChoice> unitChoices = FXCollections.observableArrayList();
    private final ObjectProperty<UnitChoice> visitUnit = new SimpleObjectProperty<>();
    private final StringProperty visitDate = new SimpleStringProperty("");
    private final StringProperty visitPlace = new SimpleStringProperty("");
    private Map<Long, AdminUnit> units = Map.of();
    private Map<Long, Integer> answers = Map.of();

    PlanVisitRows(Messages messages, FieldErrors errors, Supplier<Optional<Integer>> planYear) {
        this.messages = messages;
        this.errors = errors;
        this.planYear = planYear;
    }

    /** Shows the plan's visits with the units they refer to and the answers recorded at each. */
    void show(Map<Long, AdminUnit> byId, Map<Long, Integer> answerCounts, List<Visit> planned) {
        units = byId;
        answers = answerCounts;
        visits.setAll(planned.stream().map(this::toRow).toList());
        refreshUnitChoices();
    }

    Map<Long, AdminUnit> units() {
        return units;
    }

    List<Visit> visitList() {
        return visits.stream().map(VisitRow::visit).toList();
    }

    /** Units valid in the plan's year first, then the others, marked. */
    void refreshUnitChoices() {
        int year = planYear.get().orElse(LocalDate.now().getYear());
        UnitChoice current = visitUnit.get();
        List<AdminUnit> ordered = new ArrayList<>(units.values());
        ordered.sort(Comparator.comparing((AdminUnit u) -> !PlanRules.validInYear(u, year))
                .thenComparing(u -> u.code() == null ? "" : u.code()).thenComparing(AdminUnit::name));
        unitChoices.setAll(ordered.stream().map(u -> new UnitChoice(u.id(), unitLabel(u, year))).toList());
        if (current != null) {
            visitUnit.set(unitChoices.stream().filter(c -> c.id().equals(current.id())).findFirst().orElse(null));
        }
    }

    private String unitLabel(AdminUnit unit, int year) {
        String label = Text.capitalizeFirst(UnitNames.displayName(unit, units))
                + (unit.code() == null ? "" : " (" + unit.code() + ")");
        return PlanRules.validInYear(unit, year) ? label : messages.get("plan.editor.notInYear", label, year);
    }

    private VisitRow toRow(Visit visit) {
        AdminUnit unit = units.get(visit.unitId());
        return new VisitRow(visit, unit == null ? "?" : Text.capitalizeFirst(UnitNames.displayName(unit, units)),
                Dates.format(visit.date()), visit.place() == null ? "" : visit.place(),
                visit.id() == null ? 0 : answers.getOrDefault(visit.id(), 0));
    }

    /** Shows the visit at {@code index} in the visit form. */
    public void selectVisit(int index) {
        if (index < 0 || index >= visits.size()) {
            return;
        }
        Visit v = visits.get(index).visit();
        visitUnit.set(unitChoices.stream().filter(c -> c.id() == v.unitId()).findFirst().orElse(null));
        visitDate.set(Dates.format(v.date()));
        visitPlace.set(v.place() == null ? "" : v.place());
    }

    /** Adds the visit form as a new planned visit; returns whether it was added. */
    public boolean addVisit() {
        Optional<LocalDate> date = visitForm();
        if (date == null) {
            return false;
        }
        visits.add(toRow(Visit.planned(0, visitUnit.get().id(), date.orElse(null),
                Text.nfcOrNull(visitPlace.get()))));
        visitUnit.set(null);
        visitDate.set("");
        visitPlace.set("");
        return true;
    }

    /** Replaces unit, date and place of the visit at {@code index}; a visit with answers keeps its unit. */
    public void updateVisit(int index) {
        if (index < 0 || index >= visits.size()) {
            return;
        }
        Optional<LocalDate> date = visitForm();
        if (date == null) {
            return;
        }
        VisitRow row = visits.get(index);
        Visit v = row.visit();
        if (row.answers() > 0 && v.unitId() != visitUnit.get().id()) {
            errors.set(PlanEditorViewModel.VISIT_UNIT, messages.get("plan.editor.error.visitHasAnswers",
                    row.answers()));
            return;
        }
        visits.set(index, toRow(new Visit(v.id(), v.uuid(), v.planId(), visitUnit.get().id(), v.frameworkVersionId(),
                date.orElse(null), v.startTime(), v.endTime(), Text.nfcOrNull(visitPlace.get()), v.reportNumber(),
                v.status())));
    }

    /** Removes the visit at {@code index} unless answers were recorded at it. */
    public void removeVisit(int index) {
        if (index < 0 || index >= visits.size()) {
            return;
        }
        VisitRow row = visits.get(index);
        if (row.answers() > 0) {
            errors.set(PlanRules.VISITS, messages.get("plan.editor.error.visitHasAnswers", row.answers()));
            return;
        }
        visits.remove(index);
        errors.set(PlanRules.VISITS, "");
    }

    /** Whether the visit form holds a unit or text not added as a visit. */
    public boolean hasPendingInput() {
        boolean typed = visitUnit.get() != null || !Text.isBlank(visitDate.get()) || !Text.isBlank(visitPlace.get());
        return typed && visits.stream().noneMatch(r -> visitUnit.get() != null
                && r.visit().unitId() == visitUnit.get().id() && r.date().equals(visitDate.get().strip()));
    }

    /** The visit form's date (empty if none), or null with the problems shown when the form is not valid. */
    private Optional<LocalDate> visitForm() {
        errors.set(PlanEditorViewModel.VISIT_UNIT, visitUnit.get() == null || visitUnit.get().id() == null
                ? messages.get("plan.editor.error.required") : "");
        Optional<LocalDate> date = Dates.parse(visitDate.get());
        Optional<Integer> year = planYear.get();
        String dateError = "";
        if (!Text.isBlank(visitDate.get()) && date.isEmpty()) {
            dateError = messages.get("plan.editor.error.date");
        } else if (date.isPresent() && year.isPresent() && date.get().getYear() != year.get()) {
            dateError = messages.get("plan.editor.error.visitDateYear", year.get());
        }
        errors.set(PlanEditorViewModel.VISIT_DATE, dateError);
        if (!errors.get(PlanEditorViewModel.VISIT_UNIT).isEmpty() || !dateError.isEmpty()) {
            return null;
        }
        return date;
    }

    public ObservableList<VisitRow> visits() {
        return visits;
    }

    public ObservableList<UnitChoice> unitChoices() {
        return unitChoices;
    }

    public ObjectProperty<UnitChoice> visitUnitProperty() {
        return visitUnit;
    }

    public StringProperty visitDateProperty() {
        return visitDate;
    }

    public StringProperty visitPlaceProperty() {
        return visitPlace;
    }
}
