package org.parcheck.answering.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parcheck.answering.Answer;
import org.parcheck.answering.AnswerService;
import org.parcheck.answering.AnswerSheet;
import org.parcheck.answering.EvidenceCitation;
import org.parcheck.answering.ReportGap;
import org.parcheck.answering.ReportPart;
import org.parcheck.answering.VisitSession;
import org.parcheck.answering.audit.AttachmentText;
import org.parcheck.common.fx.BackgroundExecutor;
import org.parcheck.common.fx.Formats;
import org.parcheck.common.i18n.Messages;
import org.parcheck.common.util.Numbers;
import org.parcheck.plan.VisitStatus;
import org.parcheck.scoring.ScoreCard;
import org.parcheck.scoring.explain.ExplanationFormatter;
import org.parcheck.scoring.rules.ChoiceOption;

/**
 * The visit screen: the checklist, the raw figures, the live score and the explanation of the selected item.
 * Every answer is saved the moment it is committed (Enter or leaving the field), each in its own transaction on
 * the writer thread; the score is recomputed on the FX thread from the local copy of the sheet. The score panel
 * ({@link VisitScorePanel}), finalising and its blockers ({@link VisitFinalising}), the self-assessment form
 * ({@link VisitSelfScoreForm}), the report ({@link VisitReportActions}) and answering with undo
 * ({@link VisitAnswering}) are parts of their own. The save state never says "saved" while a field holds a value
 * that cannot be read: it names it.
 */
public final class VisitViewModel {

    private final long visitId;
    private final AnswerService service;
    private final BackgroundExecutor executor;
    private final Messages messages;
    private final VisitNavigator navigator;
    private ExplanationFormatter formatter;

    private final ObservableList<ItemEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<FigureEntry> figures = FXCollections.observableArrayList();
    /** Attached evidence files missing or not what their hash says, named (empty when all are whole). */
    private final ReadOnlyStringWrapper attachmentWarning = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper subheading = new ReadOnlyStringWrapper("");
    private final VisitSaveState saveState;
    private final VisitSelection selection = new VisitSelection();
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
    private final Map<String, ItemEntry> byCode = new LinkedHashMap<>();
    private final VisitScorePanel score;
    private final VisitFinalising finalising;
    private final VisitAnswering answering;
    private final VisitSelfScoreForm selfForm;
    private final VisitReportActions report;
    private VisitSession session;
    private AnswerSheet sheet;
    private ScoreCard card;

    public VisitViewModel(long visitId, AnswerService service, BackgroundExecutor executor, Messages messages,
                          VisitNavigator navigator, VisitReportExporter reportExporter) {
        this.visitId = visitId;
        this.service = service;
        this.executor = executor;
        this.messages = messages;
        this.navigator = navigator;
        this.formatter = new ExplanationFormatter(messages.locale());
        this.saveState = new VisitSaveState(messages);
        this.score = new VisitScorePanel(messages);
        this.finalising = new VisitFinalising(this, service, executor, messages);
        this.answering = new VisitAnswering(this, service, executor, messages, saveState);
        answering.onUndoChange(() -> {
            canUndo.set(answering.canUndo());
            canRedo.set(answering.canRedo());
        });
        this.selfForm = new VisitSelfScoreForm(this, service, executor, messages);
        this.report = new VisitReportActions(this, reportExporter, executor, messages);
    }

    /** Shows a message where the save state shows (in green). */
    void status(String text) {
        saveState.status(text);
    }

    /** What the save state shows now. */
    String saveText() {
        return saveState.textProperty().get();
    }

    /** Shows a problem where the save state shows (in red). */
    void problem(String text) {
        saveState.problem(text);
    }

    /** Opens the visit off the FX thread, then builds the checklist. */
    public void load() {
        executor.run(() -> {
            VisitSession opened = service.open(visitId);
            return new Object[] {opened, service.sheet(visitId), service.reportPart(visitId)};
        }).onSuccess(result -> {
            finalising.reportPart((ReportPart) result[2]);
            show((VisitSession) result[0], (AnswerSheet) result[1]);
        })
                .onError(e -> problem(messages.get("answering.visit.loadFailed")))
                .start();
        checkAttachments();
    }

    /** Reads the attached evidence files back against their hashes (off the FX thread) and warns, naming them. */
    public void checkAttachments() {
        executor.run(() -> service.attachmentProblems(visitId))
                .onSuccess(found -> attachmentWarning.set(AttachmentText.warning(found, messages)))
                .start();
    }

    private void show(VisitSession opened, AnswerSheet loadedSheet) {
        this.session = opened;
        this.sheet = loadedSheet;
        this.formatter = new ExplanationFormatter(messages.locale())
                .withFigureNames(opened.framework().content().figureNames());
        heading.set(messages.get("answering.visit.heading", opened.unitName()));
        subheading.set(messages.get("answering.visit.subheading", Formats.date(opened.visit().date()),
                opened.visit().place() == null ? "" : opened.visit().place(), opened.framework().header().name(),
                opened.framework().version().versionNo()));
        editable.set(opened.visit().status() != VisitStatus.FINALISED);
        List<ItemEntry> list = new ArrayList<>();
        byCode.clear();
        ChecklistEntries.add(opened.framework().content().areas(), 0, list, byCode);
        entries.setAll(list);
        figures.setAll(opened.framework().content().figures().stream()
                .map(f -> new FigureEntry(f.code(), f.name(), f.unit(), messages)).toList());
        for (FigureEntry figure : figures) {
            BigDecimal value = loadedSheet.figures().get(figure.code());
            figure.valueProperty().set(value == null ? "" : Numbers.format(value));
        }
        for (ItemEntry entry : byCode.values()) {
            AnswerInput.fill(entry, loadedSheet.answer(entry.code()));
        }
        rescore();
        loaded.set(true);
        saveState.status(editable.get() ? messages.get("answering.visit.allSaved")
                : messages.get("answering.visit.finalisedReadOnly"));
        report.learnName();
    }

    /**
     * Saves what the user entered for one item, if it changed and can be read. Input that cannot be read (or N/A
     * without its reason) is refused under the line and named in the save state until it is corrected.
     */
    public void commit(ItemEntry entry) {
        answering.commit(entry);
    }

    /** Saves a raw figure when it changed and can be read; blank means unknown (never zero). */
    public void commitFigure(FigureEntry figure) {
        answering.commitFigure(figure);
    }

    public void undo() {
        answering.undo();
    }

    public void redo() {
        answering.redo();
    }

    /** Answers saved together elsewhere (the self-assessment form): shown, scored, and undo starts afresh. */
    void imported(List<Answer> saved) {
        answering.imported(saved);
    }

    /**
     * The evidence citations changed on the findings tab (added or removed, already saved there): items that
     * require evidence are scored again at once.
     */
    public void evidenceChanged(List<EvidenceCitation> evidence) {
        if (session == null) {
            return;
        }
        sheet = sheet.withEvidence(evidence);
        rescore();
    }

    /**
     * The report part changed on the second tab (already saved there): the list of what blocks finalising, when
     * shown, follows it at once.
     */
    public void reportPartChanged(ReportPart part) {
        finalising.reportPart(part);
        if (session != null) {
            finalising.follow(card, this::invalidReason);
        }
    }

    /** Takes {@code next} as the visit's answers (saved or being saved) and scores it again. */
    void sheet(AnswerSheet next) {
        sheet = next;
        rescore();
    }

    /** Recomputes the score card from the local sheet and shows it everywhere. */
    private void rescore() {
        card = service.score(session, sheet);
        for (FigureEntry figure : figures) {
            if (!saveState.isUnsaved("figure:" + figure.code())) {
                figure.showError(card.issues().stream().filter(i -> figure.code().equals(i.figureCode()))
                        .findFirst().map(i -> formatter.format(i.explanation())).orElse(""));
            }
        }
        score.show(card, sheet, figures.stream().map(FigureEntry::code).toList(), byCode, formatter);
        // the list shown after a refused finalise follows the answers given since
        finalising.follow(card, this::invalidReason);
        if (selection.code() != null) {
            select(selection.code());
        }
    }

    private String invalidReason(String code) {
        return Optional.ofNullable(byCode.get(code)).map(e -> e.invalidReasonProperty().get()).orElse("");
    }

    /** Shows the engine's explanation for an item. */
    public void select(String code) {
        ItemEntry entry = byCode.get(code);
        if (entry == null) {
            return;
        }
        selection.select(entry);
    }

    /** The next leaf after {@code fromCode} (wrapping) that is missing or invalid, or empty when none is. */
    public Optional<String> nextToDo(String fromCode) {
        return ChecklistEntries.nextToDo(byCode, fromCode);
    }

    /** The first leaf whose code starts with the text or whose title contains it (accents and case ignored). */
    public Optional<String> find(String text, String fromCode) {
        return ChecklistEntries.find(byCode, text, fromCode);
    }

    /** Finalises the visit, or lists what blocks it. */
    public void finalise() {
        finalising.finalise(this::invalidReason, () -> editable.set(false));
    }

    /**
     * The items that cannot be assessed (an unknown figure, a zero denominator) when nothing else blocks
     * finalising, so that the screen can ask first: their result would be provisional in the report. Empty while
     * finalising would be refused anyway.
     */
    public List<String> provisionalItems() {
        if (card == null || !finalising.current(card).none()) {
            return List.of();
        }
        return card.notAssessable();
    }

    /** The item code a blocker line is about, if it is about an item. */
    public Optional<String> blockerItem(String line) {
        return VisitFinalising.item(line, byCode.keySet());
    }

    /** The field of the second tab a blocker line is about (times, team, attendees, opinion), if it is one. */
    public Optional<ReportGap.Kind> blockerField(String line) {
        return finalising.field(line);
    }

    /** Reopens a finalised visit with the reason the user gave (required). */
    public void reopen(String reason) {
        finalising.reopen(reason, () -> editable.set(true));
    }

    public void back() {
        navigator.back();
    }

    /** Exports this visit (with its plan, unit and framework version) to a team-exchange package. */
    public void exportPackage() {
        navigator.exportPackage(visitId);
    }

    long visitId() {
        return visitId;
    }

    VisitSession session() {
        return session;
    }

    AnswerSheet sheet() {
        return sheet;
    }

    /** The live score panel: progress first, then the (provisional) score, and the areas. */
    public VisitScorePanel score() {
        return score;
    }

    /** The selected item, shown beside the checklist. */
    public VisitSelection selection() {
        return selection;
    }

    /** The self-assessment form (bảng tự chấm điểm): write it, read it back. */
    public VisitSelfScoreForm selfForm() {
        return selfForm;
    }

    /** The visit report (biên bản): preview, PDF, Word. */
    public VisitReportActions report() {
        return report;
    }

    public ObservableList<ItemEntry> entries() {
        return entries;
    }

    public ObservableList<FigureEntry> figures() {
        return figures;
    }

    public ObservableList<AreaResult> areas() {
        return score.areas();
    }

    public ObservableList<String> blockers() {
        return finalising.lines();
    }

    public ScoreCard card() {
        return card;
    }

    public Optional<ItemEntry> entry(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public ReadOnlyStringProperty attachmentWarningProperty() {
        return attachmentWarning.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty subheadingProperty() {
        return subheading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty saveStateProblemProperty() {
        return saveState.problemProperty();
    }

    public ReadOnlyStringProperty saveStateProperty() {
        return saveState.textProperty();
    }

    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    /** Whether an answer can be undone (the button is disabled otherwise). */
    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** Label of a choice option for the combo box: "A. Đầy đủ (2 đ)". */
    public String optionLabel(ChoiceOption option) {
        return option.code() + ". " + option.label() + " (" + messages.get("answering.visit.points",
                formatter.points(option.points())) + ")";
    }
}
