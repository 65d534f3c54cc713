package org.parcheck.plan.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parcheck.common.domain.UnitType;
import org.parcheck.common.fx.BackgroundExecutor;
import org.parcheck.common.i18n.Messages;
import org.parcheck.common.util.Dates;
import org.parcheck.common.util.Text;
import org.parcheck.plan.AdminUnit;
import org.parcheck.plan.InvalidInputException;
import org.parcheck.plan.Problem;
import org.parcheck.plan.UnitRules;
import org.parcheck.plan.UnitService;

/**
 * The form to add or edit one unit: type, national code, name, parent, validity, successor, note. Checked with
 * {@link UnitRules} before it is written on the writer thread; problems are shown at their fields.
 */
public final class UnitFormViewModel {

    private final UnitService service;
    private final BackgroundExecutor executor;
    private final Messages messages;
    private final FieldErrors errors;
    private final ObservableList<UnitChoice> unitChoices = FXCollections.observableArrayList();
    private final StringProperty heading = new SimpleStringProperty("");
    private final BooleanProperty active = new SimpleBooleanProperty(false);
    private final StringProperty status = new SimpleStringProperty("");
    private final ObjectProperty<UnitType> type = new SimpleObjectProperty<>(UnitType.COMMUNE);
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<UnitChoice> parent = new SimpleObjectProperty<>();
    private final StringProperty validFrom = new SimpleStringProperty("");
    private final StringProperty validTo = new SimpleStringProperty("");
    private final ObjectProperty<UnitChoice> successor = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");
    private List<AdminUnit> units = List.of();
    private AdminUnit editing;
    private LongConsumer onSaved = id -> { };

    public UnitFormViewModel(UnitService service, BackgroundExecutor executor, Messages messages) {
        this.service = service;
        this.executor = executor;
        this.messages = messages;
        this.errors = new FieldErrors(messages);
    }

    /** Called with the unit's id after each successful save. */
    public void setOnSaved(LongConsumer callback) {
        this.onSaved = callback;
    }

    public void load() {
        executor.run(service::units).onSuccess(this::setUnits).start();
    }

    void setUnits(List<AdminUnit> all) {
        units = List.copyOf(all);
        List<UnitChoice> choices = new ArrayList<>();
        choices.add(none());
        all.forEach(u -> choices.add(choice(u)));
        // a combo box showing these choices empties its value when they are replaced, and through its binding the
        // form's parent and successor: saving again would have made the unit a top-level one. Chosen again by id.
        Long parentId = parent.get() == null ? null : parent.get().id();
        Long successorId = successor.get() == null ? null : successor.get().id();
        unitChoices.setAll(choices);
        if (parent.get() != null || parentId != null) {
            parent.set(choiceFor(parentId));
        }
        if (successor.get() != null || successorId != null) {
            successor.set(choiceFor(successorId));
        }
    }

    private UnitChoice none() {
        return new UnitChoice(null, messages.get("plan.unitForm.none"));
    }

    private UnitChoice choice(AdminUnit unit) {
        String label = Text.capitalizeFirst(unit.officialName())
                + (unit.code() == null ? "" : " (" + unit.code() + ")");
        if (unit.validTo() != null) {
            label += " – " + messages.get("plan.units.validUntil", Dates.format(unit.validTo()));
        }
        return new UnitChoice(unit.id(), label);
    }

    private UnitChoice choiceFor(Long id) {
        return unitChoices.stream().filter(c -> c.id() != null && c.id().equals(id)).findFirst().orElse(none());
    }

    /** Starts a new unit under {@code parentId} (null for a top-level unit). */
    public void startNew(Long parentId) {
        editing = null;
        AdminUnit parentUnit = find(parentId).orElse(null);
        fill(AdminUnit.create(parentUnit == null ? UnitType.PROVINCE : NEW_CHILD_TYPE, null, "",
                parentId));
        heading.set(parentUnit == null ? messages.get("plan.unitForm.newTopLevel")
                : messages.get("plan.unitForm.newChild", parentUnit.officialName()));
    }

    /**
     * The type a new unit starts with under any parent: a commune, also under a province, since the district level
     * ended on 1/7/2025 (#16 §5; ward, special zone, department or district stay one choice away, for older records).
     */
    static final UnitType NEW_CHILD_TYPE = UnitType.COMMUNE;

    /** Shows the stored unit {@code id} for editing. */
    public void edit(long id) {
        find(id).ifPresent(unit -> {
            editing = unit;
            fill(unit);
            heading.set(messages.get("plan.unitForm.editHeading", unit.officialName()));
        });
    }

    private Optional<AdminUnit> find(Long id) {
        return id == null ? Optional.empty() : units.stream().filter(u -> u.id().equals(id)).findFirst();
    }

    private void fill(AdminUnit unit) {
        errors.clear();
        status.set("");
        type.set(unit.type());
        code.set(unit.code() == null ? "" : unit.code());
        name.set(unit.name());
        parent.set(choiceFor(unit.parentId()));
        validFrom.set(Dates.format(unit.validFrom()));
        validTo.set(Dates.format(unit.validTo()));
        successor.set(choiceFor(unit.successorId()));
        note.set(unit.note() == null ? "" : unit.note());
        active.set(true);
    }

    /** Checks the form and, if it keeps every rule, saves it on the writer thread. */
    public void save() {
        if (!active.get()) {
            return;
        }
        List<Problem> problems = new ArrayList<>();
        LocalDate from = date(validFrom.get(), UnitRules.VALID_FROM, problems);
        LocalDate to = date(validTo.get(), UnitRules.VALID_TO, problems);
        AdminUnit unit = new AdminUnit(editing == null ? null : editing.id(),
                editing == null ? UUID.randomUUID() : editing.uuid(), type.get() == null ? UnitType.OTHER : type.get(),
                Text.nfcOrNull(code.get()), Text.isBlank(name.get()) ? "" : Text.nfc(name.get().strip()),
                parent.get() == null ? null : parent.get().id(), from, to,
                successor.get() == null ? null : successor.get().id(), Text.nfcOrNull(note.get()));
        problems.addAll(UnitRules.check(unit, units));
        if (type.get() == null) {
            problems.add(Problem.error(UnitRules.TYPE, "plan.editor.error.required"));
        }
        if (errors.show(problems)) {
            status.set(messages.get("plan.unitForm.fixProblems"));
            return;
        }
        executor.write(() -> service.save(unit)).onSuccess(saved -> {
            editing = saved;
            load();
            status.set(messages.get("plan.unitForm.saved", saved.officialName()));
            heading.set(messages.get("plan.unitForm.editHeading", saved.officialName()));
            onSaved.accept(saved.id());
        }).onError(error -> {
            if (error instanceof InvalidInputException) {
                errors.show(((InvalidInputException) error).problems());
                status.set(messages.get("plan.unitForm.fixProblems"));
            } else {
                status.set(messages.get("plan.unitForm.saveFailed"));
            }
        }).start();
    }

    private static LocalDate date(String text, String field, List<Problem> problems) {
        if (Text.isBlank(text)) {
            return null;
        }
        Optional<LocalDate> date = Dates.parse(text);
        if (date.isEmpty()) {
            problems.add(Problem.error(field, "plan.editor.error.date"));
        }
        return date.orElse(null);
    }

    /** Drops the changes: back to the stored unit, or closes a new one. */
    public void cancel() {
        if (editing != null) {
            edit(editing.id());
        } else {
            errors.clear();
            active.set(false);
            heading.set("");
        }
    }

    public ObservableList<UnitChoice> unitChoices() {
        return unitChoices;
    }

    public ReadOnlyStringProperty errorProperty(String field) {
        return errors.property(field);
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading;
    }

    public ReadOnlyBooleanProperty activeProperty() {
        return active;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ObjectProperty<UnitType> typeProperty() {
        return type;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<UnitChoice> parentProperty() {
        return parent;
    }

    public StringProperty validFromProperty() {
        return validFrom;
    }

    public StringProperty validToProperty() {
        return validTo;
    }

    public ObjectProperty<UnitChoice> successorProperty() {
        return successor;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public String typeLabel(UnitType unitType) {
        return unitType == null ? "" : messages.get(unitType.labelKey());
    }
}
