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
import javafx.beans.InvalidationListener;
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
import org.parcheck.plan.Visit;

/**
 * The plan screen: header, team, framework version per unit type and visits, edited in memory and saved as a
 * whole on the writer thread. Errors block saving and are shown at their fields; warnings (no team lead, a unit
 * retired in the plan's year, a unit type without framework) are shown but do not block. The team and the visits
 * are kept by {@link PlanTeamRows} and {@link PlanVisitRows}; this class keeps the header, the frameworks per unit
 * type, saving, and whether leaving would lose anything.
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

    private record Loaded(PlanDraft draft, List<AdminUnit> units, List<FrameworkSummary> frameworks,
                          Map<Long, Integer> answers) {
    }

    /** The unit types a plan inspects after the 1/7/2025 reform (no district level). */
    static final List<UnitType> POST_REFORM_TYPES = List.of(UnitType.COMMUNE, UnitType.WARD, UnitType.SPECIAL_ZONE,
            UnitType.DEPARTMENT);

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
    private final ObservableList<FrameworkRow> frameworkRows = FXCollections.observableArrayList();
    private final PlanTeamRows teamRows;
    private final PlanVisitRows visitRows;
    private Plan plan;
    /** Whether anything was changed since the plan was shown or saved (#16 §3: leaving asks first). */
    private boolean changed;
    private boolean showing;

    public PlanEditorViewModel(long planId, PlanEditService service, FrameworkService frameworkService,
                               BackgroundExecutor executor, Messages messages, PlanNavigator navigator) {
        this.planId = planId;
        this.service = service;
        this.frameworkService = frameworkService;
        this.executor = executor;
        this.messages = messages;
        this.navigator = navigator;
        this.errors = new FieldErrors(messages);
        this.teamRows = new PlanTeamRows(messages, errors);
        this.visitRows = new PlanVisitRows(messages, errors, this::yearValue);
        year.addListener((obs, old, value) -> visitRows.refreshUnitChoices());
        InvalidationListener edited = obs -> changed = changed || !showing;
        for (StringProperty p : List.of(numberSymbol, issuedDate, issuingBody, title, legalBasis, year, placeName)) {
            p.addListener(edited);
        }
        teamRows.team().addListener(edited);
        visitRows.visits().addListener(edited);
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
        showing = true;
        Map<Long, AdminUnit> byId = new HashMap<>();
        loaded.units().forEach(u -> byId.put(u.id(), u));
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
        teamRows.team().setAll(draft.team());
        visitRows.show(byId, loaded.answers(), draft.visits());
        showFrameworks(loaded.frameworks(), draft.frameworks(), loaded.draft() == null);
        teamRows.refreshWarning();
        frameworkRows.forEach(row -> row.selected().addListener((obs, old, value) -> changed = true));
        changed = false;
        showing = false;
    }

    /**
     * One row per unit type, and for a new plan always the two-tier government's types (#16 §5: commune, ward,
     * special zone, department), so that a plan offers them even before a framework for them is published. A new
     * plan starts, for each type, with the latest published version when exactly one
     * framework is published for that type (the usual case: one for districts, one for communes); with several
     * frameworks to choose from it starts with none (the editor's warnings name a unit type without one).
     */
    private void showFrameworks(List<FrameworkSummary> summaries, Map<UnitType, Long> chosen, boolean newPlan) {
        List<FrameworkSummary> published = summaries.stream()
                .filter(s -> VersionStatus.PUBLISHED.name().equals(s.status())).toList();
        TreeSet<UnitType> types = new TreeSet<>(chosen.keySet());
        published.forEach(s -> types.addAll(targets(s)));
        if (newPlan) {
            types.addAll(POST_REFORM_TYPES);
        }
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
        List<TeamMember> team = teamRows.team();
        problems.addAll(PlanRules.team(team));
        Map<UnitType, Long> chosen = chosenFrameworks();
        List<Visit> visitList = visitRows.visitList();
        if (planYear != null) {
            problems.addAll(PlanRules.visits(visitList, planYear, visitRows.units(), chosen));
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
            changed = false;
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

    /**
     * Whether leaving now would lose something: a change to the plan not saved, or a member or visit typed into its
     * form and not added. The view asks before {@link #cancel()} when it would.
     */
    public boolean hasUnsavedChanges() {
        return changed || teamRows.hasPendingInput() || visitRows.hasPendingInput();
    }

    /** Back to the plan list, dropping what was not saved (the view asked first). */
    public void cancel() {
        navigator.backToList();
    }

    /** The team part: members and the member form. */
    public PlanTeamRows teamRows() {
        return teamRows;
    }

    /** The visits part: planned visits, the units to choose from and the visit form. */
    public PlanVisitRows visitRows() {
        return visitRows;
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

    public ObservableList<FrameworkRow> frameworkRows() {
        return frameworkRows;
    }
}
