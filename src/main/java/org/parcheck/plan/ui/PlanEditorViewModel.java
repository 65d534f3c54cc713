package org.parcheck.plan.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
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
import org.parcheck.criteria.FrameworkService;
import org.parcheck.criteria.FrameworkSummary;
import org.parcheck.criteria.VersionStatus;
import org.parcheck.plan.AdminUnit;
import org.parcheck.plan.InvalidInputException;
import org.parcheck.plan.Plan;
import org.parcheck.plan.PlanDraft;
import org.parcheck.plan.PlanEditService;
import org.parcheck.plan.PlanRules;
import org.parcheck.plan.Problem;
import org.parcheck.plan.TeamMember;
import org.parcheck.plan.TeamRole;
import org.parcheck.plan.UnitNames;
import org.parcheck.plan.Visit;

/**
 * The plan screen: header, team, framework version per unit type and visits, edited in memory and saved as a
 * whole on the writer thread. Errors block saving and are shown at their fields; warnings (no team lead, a unit
 * retired in the plan's year, a unit type without framework) are shown but do not block.
 */
public final class PlanEditorViewModel {

    public static final String MEMBER = "member";
    public static final String VISIT_UNIT = "visitUnit";
    public static final String VISIT_DATE = "visitDate";

    /** A framework version offered for a unit type; {@code versionId} null for "none". */
    public record FrameworkChoice(Long versionId, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** One unit type and the framework version the plan uses for it. */
    public record FrameworkRow(UnitType type, String label, List<FrameworkChoice> choices,
                               ObjectProperty<FrameworkChoice> selected) {
    }

    /** A visit as a row of the visits table. */
    public record VisitRow(Visit visit, String unit, String date, String place, int answers) {
    }

    private record Loaded(PlanDraft draft, List<AdminUnit> units, List<FrameworkSummary> frameworks,
                          Map<Long, Integer> answers) {
    }

    private final long planId;
    private final PlanEditService service;
    private final FrameworkService frameworkService;
    private final BackgroundExecutor executor;
    private final Messages messages;
    private final PlanNavigator navigator;
    private final FieldErrors errors;
    private final StringProperty heading = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty numberSymbol = new SimpleStringProperty("");
    private final StringProperty issuedDate = new SimpleStringProperty("");
    private final StringProperty issuingBody = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty legalBasis = new SimpleStringProperty("");
    private final StringProperty year = new SimpleStringProperty("");
    private final StringProperty placeName = new SimpleStringProperty("");
    private final ObservableList<TeamMember> team = FXCollections.observableArrayList();
    private final StringProperty memberName = new SimpleStringProperty("");
    private final StringProperty memberJobTitle = new SimpleStringProperty("");
    private final StringProperty memberAgency = new SimpleStringProperty("");
    private final ObjectProperty<TeamRole> memberRole = new SimpleObjectProperty<>(TeamRole.MEMBER);
    private final ObservableList<FrameworkRow> frameworkRows = FXCollections.observableArrayList();
    private final ObservableList<VisitRow> visits = FXCollections.observableArrayList();
    private final ObservableList<UnitChoice> unitChoices = FXCollections.observableArrayList();
    private final ObjectProperty<UnitChoice> visitUnit = new SimpleObjectProperty<>();
    private final StringProperty visitDate = new SimpleStringProperty("");
    private final StringProperty visitPlace = new SimpleStringProperty("");
    private Plan plan;
    private Map<Long, AdminUnit> units = Map.of();
    private Map<Long, Integer> answers = Map.of();

    public PlanEditorViewModel(long planId, PlanEditService service, FrameworkService frameworkService,
                               BackgroundExecutor executor, Messages messages, PlanNavigator navigator) {
        this.planId = planId;
        this.service = service;
        this.frameworkService = frameworkService;
        this.executor = executor;
        this.messages = messages;
        this.navigator = navigator;
        this.errors = new FieldErrors(messages);
        year.addListener((obs, old, value) -> refreshUnitChoices());
    }

    public void load() {
        executor.run(() -> new Loaded(planId == PlanNavigator.NEW_PLAN ? null : service.load(planId),
                service.units(), frameworkService.summaries(),
                planId == PlanNavigator.NEW_PLAN ? Map.of() : service.answerCounts(planId)))
                .onSuccess(this::show)
                .onError(error -> status.set(messages.get("plan.editor.loadFailed")))
                .start();
    }

    private void show(Loaded loaded) {
        Map<Long, AdminUnit> byId = new HashMap<>();
        loaded.units().forEach(u -> byId.put(u.id(), u));
        units = byId;
        answers = loaded.answers();
        PlanDraft draft = loaded.draft();
        if (draft == null) {
            heading.set(messages.get("plan.editor.newHeading"));
            year.set(String.valueOf(LocalDate.now().getYear()));
            issuedDate.set(Dates.format(LocalDate.now()));
            draft = new PlanDraft(null, List.of(), Map.of(), List.of());
        } else {
            plan = draft.plan();
            heading.set(messages.get("plan.editor.editHeading", plan.numberSymbol()));
            numberSymbol.set(plan.numberSymbol());
            issuedDate.set(Dates.format(plan.issuedDate()));
            issuingBody.set(plan.issuingBody());
            title.set(plan.title());
            legalBasis.set(plan.legalBasis() == null ? "" : plan.legalBasis());
            year.set(String.valueOf(plan.year()));
            placeName.set(plan.placeName() == null ? "" : plan.placeName());
        }
        team.setAll(draft.team());
        visits.setAll(draft.visits().stream().map(this::toRow).toList());
        showFrameworks(loaded.frameworks(), draft.frameworks(), loaded.draft() == null);
        refreshUnitChoices();
        refreshTeamWarning();
    }

    /**
     * One row per unit type. A new plan starts, for each type, with the latest published version when exactly one
     * framework is published for that type (the usual case: one for districts, one for communes); with several
     * frameworks to choose from it starts with none (the editor's warnings name a unit type without one).
     */
    private void showFrameworks(List<FrameworkSummary> summaries, Map<UnitType, Long> chosen, boolean newPlan) {
        List<FrameworkSummary> published = summaries.stream()
                .filter(s -> VersionStatus.PUBLISHED.name().equals(s.status())).toList();
        TreeSet<UnitType> types = new TreeSet<>(chosen.keySet());
        published.forEach(s -> types.addAll(targets(s)));
        List<FrameworkRow> rows = new ArrayList<>();
        for (UnitType type : types) {
            List<FrameworkChoice> choices = new ArrayList<>();
            choices.add(new FrameworkChoice(null, messages.get("plan.editor.noFramework")));
            published.stream().filter(s -> targets(s).contains(type)).forEach(s -> choices.add(choice(s)));
            Long wanted = chosen.containsKey(type) || !newPlan ? chosen.get(type) : onlyFramework(published, type);
            if (wanted != null && choices.stream().noneMatch(c -> wanted.equals(c.versionId()))) {
                summaries.stream().filter(s -> s.versionId() == wanted).findFirst()
                        .ifPresent(s -> choices.add(choice(s)));
            }
            FrameworkChoice selected = choices.stream().filter(c -> wanted != null && wanted.equals(c.versionId()))
                    .findFirst().orElse(choices.get(0));
            rows.add(new FrameworkRow(type, messages.get(type.labelKey()), List.copyOf(choices),
                    new SimpleObjectProperty<>(selected)));
        }
        frameworkRows.setAll(rows);
    }

    /** The latest published version for {@code type} when only one framework offers any, else null. */
    private static Long onlyFramework(List<FrameworkSummary> published, UnitType type) {
        List<FrameworkSummary> offered = published.stream().filter(s -> targets(s).contains(type)).toList();
        if (offered.stream().map(FrameworkSummary::frameworkId).distinct().count() != 1) {
            return null;
        }
        return offered.stream().max(Comparator.comparingInt(FrameworkSummary::versionNo))
                .map(FrameworkSummary::versionId).orElse(null);
    }

    private static List<UnitType> targets(FrameworkSummary summary) {
        return Arrays.stream(summary.targetUnitTypes().split(",")).map(String::strip).filter(t -> !t.isEmpty())
                .map(UnitType::valueOf).toList();
    }

    private FrameworkChoice choice(FrameworkSummary s) {
        return new FrameworkChoice(s.versionId(), messages.get("plan.editor.frameworkChoice", s.name(), s.versionNo(),
                s.year() == null ? "" : s.year().toString()));
    }

    private Optional<Integer> yearValue() {
        try {
            return Optional.of(Integer.parseInt(year.get().strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Units valid in the plan's year first, then the others, marked. */
    private void refreshUnitChoices() {
        int planYear = yearValue().orElse(LocalDate.now().getYear());
        UnitChoice current = visitUnit.get();
        List<AdminUnit> ordered = new ArrayList<>(units.values());
        ordered.sort(Comparator.comparing((AdminUnit u) -> !PlanRules.validInYear(u, planYear))
                .thenComparing(u -> u.code() == null ? "" : u.code()).thenComparing(AdminUnit::name));
        unitChoices.setAll(ordered.stream().map(u -> new UnitChoice(u.id(), unitLabel(u, planYear))).toList());
        if (current != null) {
            visitUnit.set(unitChoices.stream().filter(c -> c.id().equals(current.id())).findFirst().orElse(null));
        }
    }

    private String unitLabel(AdminUnit unit, int planYear) {
        String label = Text.capitalizeFirst(UnitNames.displayName(unit, units))
                + (unit.code() == null ? "" : " (" + unit.code() + ")");
        return PlanRules.validInYear(unit, planYear) ? label : messages.get("plan.editor.notInYear", label, planYear);
    }

    private VisitRow toRow(Visit visit) {
        AdminUnit unit = units.get(visit.unitId());
        return new VisitRow(visit, unit == null ? "?" : Text.capitalizeFirst(UnitNames.displayName(unit, units)),
                Dates.format(visit.date()), visit.place() == null ? "" : visit.place(),
                visit.id() == null ? 0 : answers.getOrDefault(visit.id(), 0));
    }

    // ---- team

    /** Shows the member at {@code index} in the member form. */
    public void selectMember(int index) {
        if (index < 0 || index >= team.size()) {
            return;
        }
        TeamMember m = team.get(index);
        memberName.set(m.fullName());
        memberJobTitle.set(m.jobTitle() == null ? "" : m.jobTitle());
        memberAgency.set(m.agency() == null ? "" : m.agency());
        memberRole.set(m.role());
    }

    /** Adds the member form as a new member; returns whether it was added. */
    public boolean addMember() {
        if (!memberFormValid()) {
            return false;
        }
        team.add(TeamMember.create(team.size() + 1, Text.nfc(memberName.get().strip()),
                Text.nfcOrNull(memberJobTitle.get()), Text.nfcOrNull(memberAgency.get()), memberRole.get()));
        memberName.set("");
        memberJobTitle.set("");
        memberAgency.set("");
        memberRole.set(TeamRole.MEMBER);
        refreshTeamWarning();
        return true;
    }

    /** Replaces the member at {@code index} by the member form (keeping its identity). */
    public void updateMember(int index) {
        if (index < 0 || index >= team.size() || !memberFormValid()) {
            return;
        }
        TeamMember old = team.get(index);
        team.set(index, new TeamMember(old.id(), old.uuid(), old.position(), Text.nfc(memberName.get().strip()),
                Text.nfcOrNull(memberJobTitle.get()), Text.nfcOrNull(memberAgency.get()), memberRole.get()));
        refreshTeamWarning();
    }

    public void removeMember(int index) {
        if (index >= 0 && index < team.size()) {
            team.remove(index);
            refreshTeamWarning();
        }
    }

    private boolean memberFormValid() {
        boolean valid = !Text.isBlank(memberName.get()) && memberRole.get() != null;
        errors.set(MEMBER, valid ? "" : messages.get("plan.editor.error.memberName"));
        return valid;
    }

    private void refreshTeamWarning() {
        errors.set(PlanRules.TEAM, PlanRules.team(team).stream().map(p -> FieldErrors.format(messages, p))
                .reduce((a, b) -> a + "\n" + b).orElse(""));
    }

    // ---- visits

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
            errors.set(VISIT_UNIT, messages.get("plan.editor.error.visitHasAnswers", row.answers()));
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

    /** The visit form's date (empty if none), or null with the problems shown when the form is not valid. */
    private Optional<LocalDate> visitForm() {
        errors.set(VISIT_UNIT, visitUnit.get() == null || visitUnit.get().id() == null
                ? messages.get("plan.editor.error.required") : "");
        Optional<LocalDate> date = Dates.parse(visitDate.get());
        String dateError = "";
        if (!Text.isBlank(visitDate.get()) && date.isEmpty()) {
            dateError = messages.get("plan.editor.error.date");
        } else if (date.isPresent() && yearValue().isPresent() && date.get().getYear() != yearValue().get()) {
            dateError = messages.get("plan.editor.error.visitDateYear", yearValue().get());
        }
        errors.set(VISIT_DATE, dateError);
        if (!errors.get(VISIT_UNIT).isEmpty() || !dateError.isEmpty()) {
            return null;
        }
        return date;
    }

    // ---- save

    /** Checks everything and, without errors, saves the plan in one transaction, then goes back to the list. */
    public void save() {
        List<Problem> problems = new ArrayList<>();
        LocalDate issued = Dates.parse(issuedDate.get()).orElse(null);
        Integer planYear = yearValue().orElse(null);
        problems.addAll(PlanRules.header(numberSymbol.get(), issued, issuingBody.get(), title.get(), planYear));
        if (!Text.isBlank(issuedDate.get()) && issued == null) {
            problems.removeIf(p -> p.field().equals(PlanRules.ISSUED_DATE));
            problems.add(Problem.error(PlanRules.ISSUED_DATE, "plan.editor.error.date"));
        }
        if (!Text.isBlank(year.get()) && planYear == null) {
            problems.removeIf(p -> p.field().equals(PlanRules.YEAR));
            problems.add(Problem.error(PlanRules.YEAR, "plan.editor.error.year", PlanRules.MIN_YEAR,
                    PlanRules.MAX_YEAR));
        }
        problems.addAll(PlanRules.team(team));
        Map<UnitType, Long> chosen = chosenFrameworks();
        List<Visit> visitList = visits.stream().map(VisitRow::visit).toList();
        if (planYear != null) {
            problems.addAll(PlanRules.visits(visitList, planYear, units, chosen));
        }
        boolean hasErrors = errors.show(problems);
        if (hasErrors) {
            status.set(messages.get("plan.editor.fixProblems"));
            return;
        }
        Plan toSave = new Plan(plan == null ? null : plan.id(), plan == null ? UUID.randomUUID() : plan.uuid(),
                Text.nfc(numberSymbol.get().strip()), issued, Text.nfc(issuingBody.get().strip()),
                plan == null ? null : plan.parentBody(), Text.nfc(title.get().strip()),
                Text.nfcOrNull(legalBasis.get()), planYear, Text.nfcOrNull(placeName.get()),
                plan != null && plan.demo());
        List<TeamMember> members = new ArrayList<>();
        for (int i = 0; i < team.size(); i++) {
            TeamMember m = team.get(i);
            members.add(new TeamMember(m.id(), m.uuid(), i + 1, m.fullName(), m.jobTitle(), m.agency(), m.role()));
        }
        PlanDraft draft = new PlanDraft(toSave, members, chosen, visitList);
        status.set(messages.get("plan.editor.saving"));
        executor.write(() -> service.save(draft)).onSuccess(id -> {
            status.set(messages.get("plan.editor.saved"));
            navigator.backToList();
        }).onError(error -> {
            if (error instanceof InvalidInputException) {
                errors.show(((InvalidInputException) error).problems());
                status.set(messages.get("plan.editor.fixProblems"));
            } else if (error instanceof PlanEditService.VisitHasAnswersException) {
                status.set(messages.get("plan.editor.error.visitHasAnswers", 1));
            } else if (error instanceof PlanEditService.VisitFinalisedException) {
                status.set(messages.get("plan.editor.error.visitFinalised"));
            } else {
                status.set(messages.get("plan.editor.saveFailed"));
            }
        }).start();
    }

    private Map<UnitType, Long> chosenFrameworks() {
        Map<UnitType, Long> chosen = new EnumMap<>(UnitType.class);
        for (FrameworkRow row : frameworkRows) {
            FrameworkChoice choice = row.selected().get();
            if (choice != null && choice.versionId() != null) {
                chosen.put(row.type(), choice.versionId());
            }
        }
        return chosen;
    }

    public void cancel() {
        navigator.backToList();
    }

    // ---- properties

    public ReadOnlyStringProperty errorProperty(String field) {
        return errors.property(field);
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public StringProperty numberSymbolProperty() {
        return numberSymbol;
    }

    public StringProperty issuedDateProperty() {
        return issuedDate;
    }

    public StringProperty issuingBodyProperty() {
        return issuingBody;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty legalBasisProperty() {
        return legalBasis;
    }

    public StringProperty yearProperty() {
        return year;
    }

    public StringProperty placeNameProperty() {
        return placeName;
    }

    public ObservableList<TeamMember> team() {
        return team;
    }

    public StringProperty memberNameProperty() {
        return memberName;
    }

    public StringProperty memberJobTitleProperty() {
        return memberJobTitle;
    }

    public StringProperty memberAgencyProperty() {
        return memberAgency;
    }

    public ObjectProperty<TeamRole> memberRoleProperty() {
        return memberRole;
    }

    public ObservableList<FrameworkRow> frameworkRows() {
        return frameworkRows;
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

    public String roleLabel(TeamRole role) {
        return role == null ? "" : messages.get(role.labelKey());
    }
}
