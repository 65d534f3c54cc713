package org.parcheck.criteria.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parcheck.common.fx.BackgroundExecutor;
import org.parcheck.common.i18n.Messages;
import org.parcheck.common.util.Numbers;
import org.parcheck.common.util.UndoHistory;
import org.parcheck.criteria.CriteriaItem;
import org.parcheck.criteria.FrameworkChecks;
import org.parcheck.criteria.FrameworkContent;
import org.parcheck.criteria.FrameworkIssue;
import org.parcheck.criteria.FrameworkService;
import org.parcheck.criteria.ItemTrees;
import org.parcheck.scoring.Band;
import org.parcheck.scoring.ConstraintType;
import org.parcheck.scoring.CriticalScope;
import org.parcheck.scoring.FigureConstraint;
import org.parcheck.scoring.FigureDef;
import org.parcheck.scoring.explain.ExplanationFormatter;
import org.parcheck.scoring.rules.BandValue;
import org.parcheck.scoring.rules.NumberKind;
import org.parcheck.scoring.rules.RuleType;

/**
 * The framework editor: the item tree, a form for the selected item, live checks after every change, undo/redo,
 * and saving of drafts on the writer thread (coalesced: only the latest content is written). Published versions
 * are shown read-only.
 */
public final class FrameworkEditorViewModel {

    /** An item as a row of the tree: depth 0 for areas. */
    public record ItemRow(String code, String label, int depth, boolean hasProblem) {
    }

    /** A problem as a row of the problems list. */
    public record IssueRow(String subject, String text, boolean blocking) {
    }

    /** One change of the framework, for undo and redo: the whole content before and after it. */
    record Edit(FrameworkContent before, FrameworkContent after) {
    }

    private final long versionId;
    private final FrameworkService service;
    private final BackgroundExecutor executor;
    private final Messages messages;
    private final FrameworkNavigator navigator;
    private final ExplanationFormatter formatter;

    private final ObjectProperty<FrameworkContent> content = new SimpleObjectProperty<>();
    private final ObservableList<ItemRow> rows = FXCollections.observableArrayList();
    private final ObservableList<IssueRow> issues = FXCollections.observableArrayList();
    private final ObservableList<FigureDef> figures = FXCollections.observableArrayList();
    private final ObservableList<Band> bands = FXCollections.observableArrayList();
    private final ObservableList<FigureConstraint> constraints = FXCollections.observableArrayList();
    private final StringProperty heading = new SimpleStringProperty("");
    private final BooleanProperty editable = new SimpleBooleanProperty(false);
    private final BooleanProperty publishable = new SimpleBooleanProperty(false);
    private final StringProperty saveState = new SimpleStringProperty("");
    private final StringProperty formError = new SimpleStringProperty("");
    private final UndoHistory<Edit> history = new UndoHistory<>();
    private final BooleanProperty canUndo = new SimpleBooleanProperty(false);
    private final BooleanProperty canRedo = new SimpleBooleanProperty(false);
    private final AtomicReference<FrameworkContent> pendingSave = new AtomicReference<>();
    private String selectedCode;
    private boolean loadingForm;

    // the form of the selected item
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

    public FrameworkEditorViewModel(long versionId, FrameworkService service, BackgroundExecutor executor,
                                    Messages messages, FrameworkNavigator navigator) {
        this.versionId = versionId;
        this.service = service;
        this.executor = executor;
        this.messages = messages;
        this.navigator = navigator;
        this.formatter = new ExplanationFormatter(messages.locale());
        history.onChange(() -> {
            canUndo.set(history.canUndo());
            canRedo.set(history.canRedo());
        });
    }

    public void load() {
        executor.run(() -> service.load(versionId)).onSuccess(loaded -> {
            editable.set(loaded.version().editable());
            heading.set(messages.get("criteria.editor.heading", loaded.header().name(), loaded.version().versionNo(),
                    messages.get("criteria.status." + loaded.version().status().name())));
            show(loaded.content());
            List<CriteriaItem> all = loaded.content().allItems();
            if (!all.isEmpty()) {
                select(all.get(0).code());
            }
        }).onError(e -> saveState.set(messages.get("criteria.editor.loadFailed"))).start();
    }

    private void show(FrameworkContent newContent) {
        content.set(newContent);
        figures.setAll(newContent.figures());
        bands.setAll(newContent.bands());
        constraints.setAll(newContent.constraints());
        List<FrameworkIssue> found = FrameworkChecks.check(newContent);
        issues.setAll(found.stream().map(i -> new IssueRow(i.subject(), formatter.format(i.explanation()),
                i.blocking())).toList());
        publishable.set(editable.get() && FrameworkChecks.publishable(found));
        Set<String> problemCodes = found.stream().map(FrameworkIssue::subject).collect(Collectors.toSet());
        List<ItemRow> flat = new ArrayList<>();
        flatten(newContent.areas(), 0, problemCodes, flat);
        rows.setAll(flat);
    }

    private void flatten(List<CriteriaItem> items, int depth, Set<String> problems, List<ItemRow> out) {
        for (CriteriaItem item : items) {
            out.add(new ItemRow(item.code(), label(item), depth, problems.contains(item.code())));
            flatten(item.children(), depth + 1, problems, out);
        }
    }

    private String label(CriteriaItem item) {
        return item.code() + "  " + item.title() + "  (" + messages.get("criteria.editor.points",
                Numbers.points(item.maxPoints(), messages.locale())) + ")";
    }

    /** Shows the item {@code itemCode} in the form. */
    public void select(String itemCode) {
        Optional<CriteriaItem> found = ItemTrees.find(content.get().areas(), itemCode);
        if (found.isEmpty()) {
            return;
        }
        CriteriaItem item = found.get();
        selectedCode = itemCode;
        loadingForm = true;
        try {
            fillForm(item);
        } finally {
            loadingForm = false;
        }
    }

    private void fillForm(CriteriaItem item) {
        formError.set("");
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

    public String selectedCode() {
        return selectedCode;
    }

    /** Applies the form to the selected item; a value that cannot be read is reported and nothing changes. */
    public void applyForm() {
        if (!editable.get() || selectedCode == null || loadingForm) {
            return;
        }
        CriteriaItem updated;
        try {
            CriteriaItem item = ItemTrees.find(content.get().areas(), selectedCode).orElseThrow();
            BigDecimal max = Numbers.parse(maxPoints.get());
            if (max == null) {
                formError.set(messages.get("criteria.editor.error.numberMissing"));
                return;
            }
            updated = new CriteriaItem(item.kind(), code.get().strip(), title.get().strip(),
                    guidance.get().isBlank() ? null : guidance.get().strip(), max,
                    item.isLeaf() && ruleType.get() != null ? currentForm().toRule() : null,
                    evidenceRequired.get(), critical.get(), item.method(), item.appliesTo(), item.children());
        } catch (NumberFormatException e) {
            formError.set(messages.get("criteria.editor.error.notANumber"));
            return;
        } catch (RuleForm.FormException e) {
            formError.set(messages.get(e.messageKey()));
            return;
        }
        formError.set("");
        String oldCode = selectedCode;
        change(content.get().withAreas(ItemTrees.replace(content.get().areas(), oldCode, i -> updated)));
        selectedCode = updated.code();
    }

    private RuleForm currentForm() {
        return new RuleForm(ruleType.get(), numerator.get(), denominator.get(), figure.get(), thresholds.get(),
                valueMode.get(), valueKind.get(), target.get(), options.get(), perOccurrence.get(), inverted.get(),
                ruleGuidance.get());
    }

    // --- figures, constraints, bands and settings (the "Số liệu", "Xếp loại" and "Cài đặt" tabs) ---

    /** Replaces the figure at {@code index}; a blank code or name is refused. */
    public void updateFigure(int index, FigureDef figure) {
        if (figure.code() == null || figure.code().isBlank() || figure.name() == null || figure.name().isBlank()) {
            formError.set(messages.get("criteria.editor.error.figureRequired"));
            return;
        }
        List<FigureDef> list = new ArrayList<>(content.get().figures());
        list.set(index, new FigureDef(figure.code().strip(), figure.name().strip(),
                figure.unit() == null || figure.unit().isBlank() ? null : figure.unit().strip(), figure.kind()));
        change(content.get().withFigures(list));
    }

    public void addFigure() {
        List<FigureDef> list = new ArrayList<>(content.get().figures());
        int n = list.size() + 1;
        while (figureCodes().contains("figure" + n)) {
            n++;
        }
        list.add(new FigureDef("figure" + n, messages.get("criteria.editor.newFigure"), null, NumberKind.COUNT));
        change(content.get().withFigures(list));
    }

    public void removeFigure(int index) {
        List<FigureDef> list = new ArrayList<>(content.get().figures());
        if (index >= 0 && index < list.size()) {
            list.remove(index);
            change(content.get().withFigures(list));
        }
    }

    private List<String> figureCodes() {
        return content.get().figures().stream().map(FigureDef::code).toList();
    }

    /** Adds a constraint written as parts ("resolved; inProgress") and a whole ("received"). */
    public void addConstraint(ConstraintType type, String parts, String whole) {
        List<String> partList = Arrays.stream(parts == null ? new String[0] : parts.split("[;,+]"))
                .map(String::strip).filter(p -> !p.isEmpty()).toList();
        if (type == null || partList.isEmpty() || whole == null || whole.isBlank()) {
            formError.set(messages.get("criteria.editor.error.constraintIncomplete"));
            return;
        }
        List<FigureConstraint> list = new ArrayList<>(content.get().constraints());
        list.add(new FigureConstraint(type, partList, whole.strip()));
        change(content.get().withConstraints(list));
    }

    public void removeConstraint(int index) {
        List<FigureConstraint> list = new ArrayList<>(content.get().constraints());
        if (index >= 0 && index < list.size()) {
            list.remove(index);
            change(content.get().withConstraints(list));
        }
    }

    public void updateBand(int index, Band band) {
        List<Band> list = new ArrayList<>(content.get().bands());
        list.set(index, band);
        change(content.get().withBands(list));
    }

    public void addBand() {
        List<Band> list = new ArrayList<>(content.get().bands());
        list.add(new Band("BAND" + (list.size() + 1), messages.get("criteria.editor.newBand"), "", BigDecimal.ZERO));
        change(content.get().withBands(list));
    }

    public void removeBand(int index) {
        List<Band> list = new ArrayList<>(content.get().bands());
        if (index >= 0 && index < list.size()) {
            list.remove(index);
            change(content.get().withBands(list));
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
            formError.set(messages.get("criteria.editor.error.notANumber"));
            return;
        }
        formError.set("");
        change(content.get().withSettings(bonus, deduction, pointsMustSum));
    }

    /** A number typed in a table cell, or null after reporting that it is not one. */
    public BigDecimal parseNumberOrReport(String text) {
        try {
            BigDecimal value = Numbers.parse(text);
            if (value == null) {
                formError.set(messages.get("criteria.editor.error.numberMissing"));
            }
            return value;
        } catch (NumberFormatException e) {
            formError.set(messages.get("criteria.editor.error.notANumber"));
            return null;
        }
    }

    public String constraintTypeLabel(ConstraintType type) {
        return type == null ? "" : messages.get("criteria.constraint." + type.name());
    }

    public ReadOnlyObjectProperty<FrameworkContent> contentProperty() {
        return content;
    }

    public String constraintLabel(FigureConstraint c) {
        return String.join(" + ", c.parts()) + " " + messages.get("criteria.constraint." + c.type().name()) + " "
                + c.whole();
    }

    public void addArea() {
        if (editable.get()) {
            change(content.get().withAreas(ItemTrees.addArea(content.get().areas(),
                    messages.get("criteria.editor.newArea"))));
        }
    }

    public void addChild() {
        if (editable.get() && selectedCode != null) {
            change(content.get().withAreas(ItemTrees.addChild(content.get().areas(), selectedCode,
                    messages.get("criteria.editor.newItem"))));
        }
    }

    public void removeSelected() {
        if (editable.get() && selectedCode != null) {
            change(content.get().withAreas(ItemTrees.remove(content.get().areas(), selectedCode)));
            selectedCode = null;
        }
    }

    private void change(FrameworkContent next) {
        if (next.equals(content.get())) {
            return;
        }
        history.push(new Edit(content.get(), next));
        apply(next);
    }

    public void undo() {
        if (editable.get()) {
            history.undo().ifPresent(edit -> apply(edit.before()));
        }
    }

    public void redo() {
        if (editable.get()) {
            history.redo().ifPresent(edit -> apply(edit.after()));
        }
    }

    /** Whether there is a change to undo: the undo button's enabled state. */
    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo;
    }

    /** Whether there is an undone change to make again: the redo button's enabled state. */
    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo;
    }

    private void apply(FrameworkContent next) {
        // Rebuilding the tree moves focus and selection; the form must not re-apply itself meanwhile.
        loadingForm = true;
        try {
            show(next);
        } finally {
            loadingForm = false;
        }
        if (selectedCode != null) {
            select(selectedCode);
        }
        save(next);
    }

    /** Saves the latest content on the writer thread; several quick changes become one write. */
    private void save(FrameworkContent next) {
        pendingSave.set(next);
        saveState.set(messages.get("criteria.editor.saving"));
        executor.write(() -> {
            FrameworkContent latest = pendingSave.getAndSet(null);
            if (latest != null) {
                service.saveDraft(versionId, latest);
            }
            return latest;
        }).onSuccess(saved -> {
            if (pendingSave.get() == null) {
                saveState.set(messages.get("criteria.editor.saved"));
            }
        }).onError(e -> saveState.set(messages.get("criteria.editor.saveFailed"))).start();
    }

    public void publish() {
        executor.write(() -> {
            service.publish(versionId);
            return service.load(versionId);
        }).onSuccess(loaded -> {
            editable.set(false);
            history.clear();
            heading.set(messages.get("criteria.editor.heading", loaded.header().name(), loaded.version().versionNo(),
                    messages.get("criteria.status." + loaded.version().status().name())));
            show(loaded.content());
            saveState.set(messages.get("criteria.editor.published"));
        }).onError(e -> saveState.set(messages.get("criteria.editor.publishFailed"))).start();
    }

    public void newVersion() {
        executor.write(() -> service.newVersion(versionId))
                .onSuccess(created -> navigator.openEditor(created.version().id()))
                .start();
    }

    public void back() {
        navigator.backToList();
    }

    public ObservableList<ItemRow> rows() {
        return rows;
    }

    public ObservableList<FigureDef> figures() {
        return figures;
    }

    public ObservableList<Band> bands() {
        return bands;
    }

    public ObservableList<FigureConstraint> constraints() {
        return constraints;
    }

    public ObservableList<IssueRow> issues() {
        return issues;
    }

    public FrameworkContent content() {
        return content.get();
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading;
    }

    public ReadOnlyBooleanProperty editableProperty() {
        return editable;
    }

    public ReadOnlyBooleanProperty publishableProperty() {
        return publishable;
    }

    public ReadOnlyStringProperty saveStateProperty() {
        return saveState;
    }

    public ReadOnlyStringProperty formErrorProperty() {
        return formError;
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
