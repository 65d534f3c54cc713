package org.parcheck.answering.ui;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.Normalizer;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.image.Image;
import org.parcheck.answering.Answer;
import org.parcheck.answering.AnswerService;
import org.parcheck.answering.AttachmentProblem;
import org.parcheck.answering.audit.AttachmentText;
import org.parcheck.answering.AnswerSheet;
import org.parcheck.answering.EvidenceCitation;
import org.parcheck.answering.ReportGap;
import org.parcheck.answering.ReportPart;
import org.parcheck.answering.VisitSession;
import org.parcheck.common.fx.BackgroundExecutor;
import org.parcheck.common.fx.Formats;
import org.parcheck.common.fx.Images;
import org.parcheck.common.i18n.Messages;
import org.parcheck.common.util.DiskSpace;
import org.parcheck.common.util.Numbers;
import org.parcheck.common.util.PartFiles;
import org.parcheck.criteria.CriteriaItem;
import org.parcheck.criteria.FrameworkContent;
import org.parcheck.criteria.importer.ImportProblemFormatter;
import org.parcheck.criteria.importer.SelfScoreWorkbook;
import org.parcheck.plan.VisitStatus;
import org.parcheck.scoring.ItemScore;
import org.parcheck.scoring.ItemStatus;
import org.parcheck.scoring.NodeScore;
import org.parcheck.scoring.NodeKind;
import org.parcheck.scoring.ScoreCard;
import org.parcheck.scoring.explain.ExplanationFormatter;
import org.parcheck.scoring.rules.ChoiceOption;
import org.parcheck.scoring.rules.ChoiceRule;
import org.parcheck.scoring.rules.NumberBandsRule;
import org.parcheck.scoring.rules.ScoringRule;

/**
 * The visit screen: the checklist, the raw figures, the live score and the explanation of the selected item.
 * Every answer is saved the moment it is committed (Enter or leaving the field), each in its own transaction on
 * the writer thread; the score is recomputed on the FX thread from the local copy of the sheet.
 */
public final class VisitViewModel {

    /** Free space a save needs at least: the database file grows by a few megabytes at a time. */
    static final long SAVE_ROOM = 4L << 20;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    /** Preview resolution: sharp on screen, and good enough to print from. */
    private static final float PREVIEW_DPI = 150f;

    /** An answer change, for undo/redo. */
    private record Change(String code, Answer before, Answer after) {
    }

    private final long visitId;
    private final AnswerService service;
    private final BackgroundExecutor executor;
    private final Messages messages;
    private final VisitNavigator navigator;
    private final VisitReportExporter reportExporter;
    private ExplanationFormatter formatter;

    private final ObservableList<ItemEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<FigureEntry> figures = FXCollections.observableArrayList();
    private final ObservableList<AreaResult> areas = FXCollections.observableArrayList();
    private final ObservableList<String> blockers = FXCollections.observableArrayList();
    /** Attached evidence files missing or not what their hash says, named (empty when all are whole). */
    private final ReadOnlyStringWrapper attachmentWarning = new ReadOnlyStringWrapper("");
    private List<AttachmentProblem> attachmentBlockers = List.of();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper subheading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper saveState = new ReadOnlyStringWrapper("");
    /** Whether the save state says that something went wrong or was refused (shown in red, not green). */
    private final ReadOnlyBooleanWrapper saveStateProblem = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper totalText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper percentText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper classificationText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper selectedTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper selectedExplanation = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper selectedFullMarks = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<ItemEntry> selectedEntry =
            new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final Deque<Change> undo = new ArrayDeque<>();
    private final Deque<Change> redo = new ArrayDeque<>();
    private final Map<String, ItemEntry> byCode = new LinkedHashMap<>();
    private final Set<String> unreadableFigures = new HashSet<>();
    /** #15 §1: the blocker lines about the report part, by line (a field of the second tab, or an item). */
    private final Map<String, ReportGap> gapByLine = new HashMap<>();
    private ReportPart reportPart;
    private VisitSession session;
    private AnswerSheet sheet;
    private ScoreCard card;
    private String selectedCode;

    public VisitViewModel(long visitId, AnswerService service, BackgroundExecutor executor, Messages messages,
                          VisitNavigator navigator, VisitReportExporter reportExporter) {
        this.visitId = visitId;
        this.service = service;
        this.executor = executor;
        this.messages = messages;
        this.navigator = navigator;
        this.reportExporter = reportExporter;
        this.formatter = new ExplanationFormatter(messages.locale());
        saveState.addListener((obs, old, text) -> saveStateProblem.set(false));
    }

    /** Shows a problem where the save state shows (in red): set after the text, which clears the flag. */
    private void problem(String text) {
        saveState.set(text);
        saveStateProblem.set(true);
    }

    /** Opens the visit off the FX thread, then builds the checklist. */
    public void load() {
        executor.run(() -> {
            VisitSession opened = service.open(visitId);
            return new Object[] {opened, service.sheet(visitId), service.reportPart(visitId)};
        }).onSuccess(result -> {
            reportPart = (ReportPart) result[2];
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

    public ReadOnlyStringProperty attachmentWarningProperty() {
        return attachmentWarning.getReadOnlyProperty();
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
        addEntries(opened.framework().content().areas(), 0, list);
        entries.setAll(list);
        figures.setAll(opened.framework().content().figures().stream()
                .map(f -> new FigureEntry(f.code(), f.name(), f.unit(), messages)).toList());
        for (FigureEntry figure : figures) {
            BigDecimal value = loadedSheet.figures().get(figure.code());
            figure.valueProperty().set(value == null ? "" : Numbers.format(value));
        }
        for (ItemEntry entry : byCode.values()) {
            fill(entry, loadedSheet.answer(entry.code()));
        }
        rescore();
        loaded.set(true);
        saveState.set(editable.get() ? messages.get("answering.visit.allSaved")
                : messages.get("answering.visit.finalisedReadOnly"));
    }

    private void addEntries(List<CriteriaItem> items, int depth, List<ItemEntry> out) {
        for (CriteriaItem item : items) {
            ItemEntry entry = new ItemEntry(item.code(), item.title(), depth, kindOf(item), options(item.rule()),
                    item.evidenceRequired());
            out.add(entry);
            if (entry.isLeaf()) {
                byCode.put(item.code(), entry);
            }
            addEntries(item.children(), depth + 1, out);
        }
    }

    private static List<ChoiceOption> options(ScoringRule rule) {
        return rule instanceof ChoiceRule choice ? choice.options() : List.of();
    }

    static ItemEntry.InputKind kindOf(CriteriaItem item) {
        if (!item.isLeaf() || item.rule() == null) {
            return ItemEntry.InputKind.HEADING;
        }
        return switch (item.rule().type()) {
            case YES_NO -> ItemEntry.InputKind.YES_NO;
            case CHOICE -> ItemEntry.InputKind.CHOICE;
            case NUMBER_BANDS -> ((NumberBandsRule) item.rule()).figure() == null ? ItemEntry.InputKind.NUMBER
                    : ItemEntry.InputKind.COMPUTED;
            case BONUS, DEDUCTION -> ItemEntry.InputKind.OCCURRENCES;
            case MANUAL -> ItemEntry.InputKind.MANUAL;
            default -> ItemEntry.InputKind.COMPUTED;
        };
    }

    private static void fill(ItemEntry entry, Answer answer) {
        String value = answer.value() == null ? "" : answer.value();
        if (entry.kind() == ItemEntry.InputKind.NUMBER || entry.kind() == ItemEntry.InputKind.OCCURRENCES) {
            value = answer.value() == null ? "" : Numbers.format(Numbers.stored(answer.value()));
        }
        if (entry.kind() == ItemEntry.InputKind.MANUAL) {
            value = answer.manualScore() == null ? "" : Numbers.format(answer.manualScore());
        }
        entry.valueProperty().set(value);
        entry.notApplicableProperty().set(answer.notApplicable());
        entry.selfScoreProperty().set(answer.selfScore() == null ? "" : Numbers.format(answer.selfScore()));
        entry.manualReasonProperty().set(answer.manualReason() == null ? "" : answer.manualReason());
        entry.noteProperty().set(answer.note() == null ? "" : answer.note());
        entry.flaggedProperty().set(answer.flagged());
        entry.showError("");
    }

    /** Saves what the user entered for one item, if it changed and can be read. */
    public void commit(ItemEntry entry) {
        if (!editable.get() || session == null || !entry.isLeaf() || entry.outOfScopeProperty().get()) {
            return;
        }
        Answer before = sheet.answer(entry.code());
        Answer after;
        try {
            after = answerOf(entry, before);
        } catch (InvalidInput e) {
            entry.showError(messages.get(e.getMessage()));
            return;
        }
        entry.showError("");
        if (sameContent(before, after)) {
            return;
        }
        undo.push(new Change(entry.code(), before, after));
        redo.clear();
        save(after);
    }

    private static boolean sameContent(Answer a, Answer b) {
        return a.withFlagged(false).equals(b.withFlagged(false)) && a.flagged() == b.flagged();
    }

    /** Why an item was not saved: "the disk is full" (with the room a save needs) or the general message. */
    static String saveFailed(Messages messages, Throwable e, String code) {
        return DiskSpace.isFull(e)
                ? messages.get("answering.visit.diskFull", code, DiskSpace.format(SAVE_ROOM))
                : messages.get("answering.visit.saveFailed", code);
    }

    private void save(Answer answer) {
        sheet = sheet.withAnswer(answer);
        rescore();
        saveState.set(messages.get("answering.visit.saving"));
        executor.write(() -> service.saveAnswer(visitId, answer))
                .onSuccess(stored -> saveState.set(messages.get("answering.visit.savedAt",
                        TIME.format(LocalTime.now()))))
                .onError(e -> problem(saveFailed(messages, e, answer.itemCode())))
                .start();
    }

    /** Thrown for input that cannot be read; the message is a bundle key. */
    private static final class InvalidInput extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidInput(String key) {
            super(key, null, false, false);
        }
    }

    private Answer answerOf(ItemEntry entry, Answer before) throws InvalidInput {
        String text = entry.valueProperty().get() == null ? "" : entry.valueProperty().get().strip();
        Answer answer = before.withNotApplicable(entry.notApplicableProperty().get())
                .withSelfScore(number(entry.selfScoreProperty().get(), false))
                .withNote(blankToNull(entry.noteProperty().get()))
                .withFlagged(entry.flaggedProperty().get());
        switch (entry.kind()) {
            case YES_NO, CHOICE:
                return answer.withValue(text.isEmpty() ? null : text);
            case NUMBER:
                BigDecimal number = number(text, false);
                return answer.withValue(number == null ? null : number.toPlainString());
            case OCCURRENCES:
                BigDecimal count = number(text, true);
                return answer.withValue(count == null ? null : count.toPlainString());
            case MANUAL:
                BigDecimal score = number(text, false);
                String reason = blankToNull(entry.manualReasonProperty().get());
                return answer.withManual(score, reason);
            default:
                return answer;
        }
    }

    private static BigDecimal number(String text, boolean whole) throws InvalidInput {
        BigDecimal value;
        try {
            value = Numbers.parse(text);
        } catch (NumberFormatException e) {
            throw new InvalidInput("answering.visit.error.notANumber");
        }
        if (value != null && value.signum() < 0) {
            throw new InvalidInput("answering.visit.error.negative");
        }
        if (value != null && whole && value.stripTrailingZeros().scale() > 0) {
            throw new InvalidInput("answering.visit.error.notWhole");
        }
        return value;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Saves a raw figure when it changed and can be read; blank means unknown (never zero). */
    public void commitFigure(FigureEntry figure) {
        if (!editable.get() || session == null) {
            return;
        }
        BigDecimal value;
        try {
            value = number(figure.valueProperty().get(), false);
        } catch (InvalidInput e) {
            unreadableFigures.add(figure.code());
            figure.showError(messages.get(e.getMessage()));
            return;
        }
        unreadableFigures.remove(figure.code());
        figure.showError("");
        BigDecimal before = sheet.figures().get(figure.code());
        if (before == null ? value == null : value != null && before.compareTo(value) == 0) {
            return;
        }
        sheet = sheet.withFigure(figure.code(), value);
        rescore();
        saveState.set(messages.get("answering.visit.saving"));
        executor.write(() -> {
            service.saveFigure(visitId, figure.code(), value);
            return value;
        }).onSuccess(v -> saveState.set(messages.get("answering.visit.savedAt",
                TIME.format(LocalTime.now()))))
                .onError(e -> problem(saveFailed(messages, e, figure.code())))
                .start();
    }

    public void undo() {
        if (editable.get() && !undo.isEmpty()) {
            Change change = undo.pop();
            redo.push(change);
            restore(change.code(), change.before());
        }
    }

    public void redo() {
        if (editable.get() && !redo.isEmpty()) {
            Change change = redo.pop();
            undo.push(change);
            restore(change.code(), change.after());
        }
    }

    private void restore(String code, Answer answer) {
        fill(byCode.get(code), answer);
        save(answer);
        select(code);
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
        reportPart = part;
        if (session != null && !blockers.isEmpty()) {
            blockers.setAll(blockerLines(currentBlockers()));
        }
    }

    /** Everything that blocks finalising now, the report part included. */
    private AnswerService.Blockers currentBlockers() {
        AnswerService.Blockers found = reportPart == null ? AnswerService.blockers(card)
                : service.blockers(session, sheet, card, reportPart);
        return found.withAttachments(attachmentBlockers);
    }

    /** Recomputes the score card from the local sheet and shows it everywhere. */
    private void rescore() {
        card = service.score(session, sheet);
        for (FigureEntry figure : figures) {
            if (!unreadableFigures.contains(figure.code())) {
                figure.showError(card.issues().stream().filter(i -> figure.code().equals(i.figureCode()))
                        .findFirst().map(i -> formatter.format(i.explanation())).orElse(""));
            }
        }
        for (ItemScore score : card.items()) {
            ItemEntry entry = byCode.get(score.code());
            if (entry != null) {
                entry.showOutOfScope(score.notApplicableByRule());
                entry.showResult(score.status(), scoreText(score), differenceText(score),
                        formatter.format(score.explanation()),
                        score.fullMarks() == null ? "" : formatter.format(score.fullMarks()));
                long evidence = sheet.evidenceCount(score.code());
                entry.showEvidence(evidence == 0 ? "" : messages.get("answering.visit.evidenceCount", evidence));
            }
        }
        // over the maximum the percentage divides by, so that the two agree while items are pending (#16 §7)
        totalText.set(messages.get("answering.visit.total", formatter.points(card.total()),
                formatter.points(card.base().scoredMax())));
        percentText.set(card.percent() == null ? "—" : formatter.percent(card.percent()));
        classificationText.set(card.classification() == null ? "—"
                : ("en".equals(messages.locale().getLanguage()) ? card.classification().labelEn()
                        : card.classification().labelVi()) + (card.complete() ? ""
                        : " " + messages.get("answering.visit.provisional")));
        progressText.set(messages.get("answering.visit.progress", card.missing().size(),
                card.notAssessable().size(), card.invalidItems().size()));
        areas.setAll(card.nodes().stream().filter(n -> n.kind() == NodeKind.AREA).map(this::areaResult).toList());
        if (!blockers.isEmpty()) {
            // the list shown after a refused finalise follows the answers given since
            blockers.setAll(blockerLines(currentBlockers()));
        }
        if (selectedCode != null) {
            select(selectedCode);
        }
    }

    private AreaResult areaResult(NodeScore node) {
        BigDecimal max = node.subtotal().applicableMax();
        double fraction = max.signum() == 0 ? -1
                : node.subtotal().achieved().divide(max, MathContext.DECIMAL64).doubleValue();
        return new AreaResult(node.code(), node.code() + ". " + node.title(),
                formatter.points(node.subtotal().achieved()) + " / " + formatter.points(max), fraction,
                node.zeroedByCritical() == null ? ""
                        : messages.get("answering.visit.zeroedByCritical", node.zeroedByCritical()));
    }

    private String scoreText(ItemScore score) {
        return switch (score.status()) {
            case SCORED -> (score.isAdjustment() && score.ruleType().name().equals("DEDUCTION")
                    && !"0".equals(formatter.points(score.score())) ? "−" : "")
                    + formatter.points(score.score()) + " / " + formatter.points(score.maxPoints());
            case NOT_APPLICABLE -> score.notApplicableByRule() // the framework's "Áp dụng cho" (#16 §7)
                    ? messages.get("answering.visit.status.notApplicableFor", score.explanation().args().get(0))
                    : messages.get("answering.visit.status.NOT_APPLICABLE");
            case MISSING -> messages.get("answering.visit.status.MISSING");
            case NOT_ASSESSABLE -> messages.get("answering.visit.status.NOT_ASSESSABLE");
            case INVALID -> messages.get("answering.visit.status.INVALID");
        };
    }

    private String differenceText(ItemScore score) {
        if (score.selfDifference() == null || "0".equals(formatter.points(score.selfDifference()))) {
            return "";
        }
        return messages.get("answering.visit.selfDifference", formatter.points(score.selfScore()),
                (score.selfDifference().signum() > 0 ? "+" : "") + formatter.points(score.selfDifference()));
    }

    /** Shows the engine's explanation for an item. */
    public void select(String code) {
        ItemEntry entry = byCode.get(code);
        if (entry == null) {
            return;
        }
        selectedCode = code;
        selectedEntry.set(entry);
        selectedTitle.set(entry.code() + " " + entry.title());
        selectedExplanation.set(entry.explanation());
        selectedFullMarks.set(entry.fullMarks());
    }

    /** The next leaf after {@code fromCode} (wrapping) that is missing or invalid, or empty when none is. */
    public Optional<String> nextToDo(String fromCode) {
        List<String> codes = new ArrayList<>(byCode.keySet());
        int start = fromCode == null ? -1 : codes.indexOf(fromCode);
        for (int i = 1; i <= codes.size(); i++) {
            String code = codes.get((start + i + codes.size()) % codes.size());
            ItemStatus status = byCode.get(code).status();
            if (status == ItemStatus.MISSING || status == ItemStatus.INVALID) {
                return Optional.of(code);
            }
        }
        return Optional.empty();
    }

    /** The first leaf whose code starts with the text or whose title contains it (accents and case ignored). */
    public Optional<String> find(String text, String fromCode) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String needle = fold(text.strip());
        List<String> codes = new ArrayList<>(byCode.keySet());
        int start = fromCode == null ? -1 : codes.indexOf(fromCode);
        for (int i = 1; i <= codes.size(); i++) {
            ItemEntry entry = byCode.get(codes.get((start + i + codes.size()) % codes.size()));
            if (entry.code().startsWith(text.strip()) || fold(entry.title()).contains(needle)) {
                return Optional.of(entry.code());
            }
        }
        return Optional.empty();
    }

    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('đ', 'd')
                .replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }

    /** Finalises the visit, or lists what blocks it. */
    public void finalise() {
        executor.write(() -> {
            service.finalise(session);
            return VisitStatus.FINALISED;
        }).onSuccess(status -> {
            blockers.clear();
            editable.set(false);
            saveState.set(messages.get("answering.visit.finalised"));
        }).onError(e -> {
            if (e instanceof AnswerService.NotReadyException notReady) {
                showBlockers(notReady.blockers());
            } else {
                problem(messages.get("answering.visit.finaliseFailed"));
            }
        }).start();
    }

    private void showBlockers(AnswerService.Blockers found) {
        List<String> lines = blockerLines(found);
        blockers.setAll(lines);
        problem(messages.get("answering.visit.notReady", lines.size()));
    }

    private List<String> blockerLines(AnswerService.Blockers found) {
        List<String> lines = new ArrayList<>();
        found.missing().forEach(c -> lines.add(c + " — " + messages.get("answering.visit.status.MISSING")));
        found.invalid().forEach(c -> lines.add(c + " — " + messages.get("answering.visit.status.INVALID")
                + Optional.ofNullable(byCode.get(c)).map(e -> e.invalidReasonProperty().get())
                        .filter(reason -> !reason.isEmpty()).map(reason -> ": " + reason).orElse("")));
        found.figureProblems().forEach(f -> lines.add(messages.get("answering.visit.figureProblem", f)));
        attachmentBlockers = found.attachments();
        found.attachments().forEach(p -> lines.add(messages.get("answering.attachments.blocker",
                AttachmentText.describe(p, messages))));
        gapByLine.clear();
        for (ReportGap gap : found.report()) {
            String text = messages.get("answering.report.gap." + gap.kind().name());
            String line = gap.isItem() ? gap.itemCode() + " — " + text : text;
            gapByLine.put(line, gap);
            lines.add(line);
        }
        return lines;
    }

    /**
     * The items that cannot be assessed (an unknown figure, a zero denominator) when nothing else blocks
     * finalising, so that the screen can ask first: their result would be provisional in the report. Empty while
     * finalising would be refused anyway.
     */
    public List<String> provisionalItems() {
        if (card == null || !currentBlockers().none()) {
            return List.of();
        }
        return card.notAssessable();
    }

    /** The item code a blocker line is about, if it is about an item. */
    public Optional<String> blockerItem(String line) {
        int dash = line.indexOf(" — ");
        return dash > 0 && byCode.containsKey(line.substring(0, dash)) ? Optional.of(line.substring(0, dash))
                : Optional.empty();
    }

    /** The field of the second tab a blocker line is about (times, team, attendees, opinion), if it is one. */
    public Optional<ReportGap.Kind> blockerField(String line) {
        return Optional.ofNullable(gapByLine.get(line)).filter(gap -> !gap.isItem()).map(ReportGap::kind);
    }

    /** Reopens a finalised visit with the reason the user gave (required). */
    public void reopen(String reason) {
        if (reason == null || reason.isBlank()) {
            problem(messages.get("answering.visit.reasonRequired"));
            return;
        }
        executor.write(() -> {
            service.reopen(visitId, reason);
            return VisitStatus.IN_PROGRESS;
        }).onSuccess(s -> {
            editable.set(true);
            saveState.set(messages.get("answering.visit.reopened"));
        }).start();
    }

    public void back() {
        navigator.back();
    }

    /** Writes the visit report (biên bản) as PDF to {@code file}, off the FX thread. */
    /** Exports this visit (with its plan, unit and framework version) to a team-exchange package. */
    public void exportPackage() {
        navigator.exportPackage(visitId);
    }

    public void exportReport(Path file) {
        export(file, false);
    }

    /** Writes the visit report (biên bản) as an editable DOCX to {@code file}, off the FX thread. */
    public void exportReportDocx(Path file) {
        export(file, true);
    }

    private void export(Path file, boolean docx) {
        saveState.set(messages.get("answering.visit.reportWriting"));
        executor.run(() -> {
            if (docx) {
                reportExporter.exportDocx(visitId, file);
            } else {
                reportExporter.exportPdf(visitId, file);
            }
            return file;
        }).onSuccess(written -> saveState.set(messages.get("answering.visit.reportWritten", written)))
                .onError(e -> problem(messages.get("answering.visit.reportFailed", file)))
                .start();
    }

    /**
     * Writes the self-assessment form (bảng tự chấm điểm): the framework's items with their maximum and the self
     * scores recorded so far, for the unit to fill before the visit. Off the FX thread; never a half-written file.
     */
    public void exportSelfScoreForm(Path file) {
        if (session == null) {
            return;
        }
        FrameworkContent content = session.framework().content();
        SelfScoreWorkbook.About about = new SelfScoreWorkbook.About(session.unitName(),
                session.framework().header().name(), session.framework().version().versionNo(),
                session.visit().date());
        Map<String, BigDecimal> current = new HashMap<>();
        sheet.answers().forEach((code, answer) -> {
            if (answer.selfScore() != null) {
                current.put(code, answer.selfScore());
            }
        });
        executor.run(() -> {
            PartFiles.write(file, out -> SelfScoreWorkbook.write(content, current, about, out));
            return file;
        }).onSuccess(written -> saveState.set(messages.get("answering.visit.selfForm.written",
                        written.getFileName())))
                .onError(e -> problem(messages.get("answering.visit.selfForm.writeFailed", file)))
                .start();
    }

    /**
     * Reads a filled self-assessment form off the FX thread. With any problem nothing is saved and
     * {@code showProblems} gets each problem with its row and column. Otherwise {@code confirm} is asked with the
     * number of self scores that change and how many of them replace a recorded one (not asked when nothing
     * changes), and then they are saved in one transaction, each with its line in the change log. Undo and redo
     * start afresh, so that undoing an earlier change cannot quietly undo an imported score.
     */
    public void importSelfScores(Path file, Consumer<List<String>> showProblems,
            BiPredicate<Integer, Integer> confirm) {
        if (!editable.get() || session == null) {
            return;
        }
        FrameworkContent content = session.framework().content();
        saveState.set(messages.get("answering.visit.selfForm.reading"));
        executor.run(() -> SelfScoreWorkbook.read(file, content)).onSuccess(read -> {
            if (!read.problems().isEmpty()) {
                problem(messages.get("answering.visit.selfForm.refused"));
                ImportProblemFormatter format = new ImportProblemFormatter(messages);
                showProblems.accept(read.problems().stream().map(format::format).toList());
                return;
            }
            Map<String, BigDecimal> changes = new LinkedHashMap<>();
            int replacing = 0;
            for (Map.Entry<String, BigDecimal> entry : read.scores().entrySet()) {
                BigDecimal before = sheet.answer(entry.getKey()).selfScore();
                if (before == null || before.compareTo(entry.getValue()) != 0) {
                    changes.put(entry.getKey(), entry.getValue());
                    replacing += before == null ? 0 : 1;
                }
            }
            if (changes.isEmpty()) {
                saveState.set(messages.get("answering.visit.selfForm.nothingNew", read.scores().size()));
                return;
            }
            if (!confirm.test(changes.size(), replacing)) {
                saveState.set("");
                return;
            }
            saveState.set(messages.get("answering.visit.saving"));
            executor.write(() -> service.importSelfScores(visitId, changes)).onSuccess(saved -> {
                for (Answer answer : saved) {
                    sheet = sheet.withAnswer(answer);
                    ItemEntry entry = byCode.get(answer.itemCode());
                    if (entry != null) {
                        fill(entry, answer);
                    }
                }
                undo.clear();
                redo.clear();
                rescore();
                saveState.set(messages.get("answering.visit.selfForm.imported", saved.size()));
            }).onError(e -> problem(messages.get("answering.visit.selfForm.importFailed"))).start();
        }).onError(e -> problem(messages.get("answering.visit.selfForm.importFailed"))).start();
    }

    /** A file name for the self-assessment form: "tu-cham-<unit>.xlsx". */
    public String suggestedSelfFormName() {
        return suggestedReportName("xlsx").replaceFirst("^bien-ban-", "tu-cham-");
    }

    /** Renders the report's pages (off the FX thread) and hands them to {@code show}. */
    public void previewReport(Consumer<List<Image>> show) {
        saveState.set(messages.get("answering.visit.reportWriting"));
        executor.run(() -> reportExporter.renderPages(visitId, PREVIEW_DPI).stream().map(Images::toFx).toList())
                .onSuccess(pages -> {
                    saveState.set("");
                    show.accept(pages);
                })
                .onError(e -> problem(messages.get("answering.visit.previewFailed")))
                .start();
    }

    /** A file name for the report: "bien-ban-<unit>.pdf" without characters file systems refuse. */
    public String suggestedReportName() {
        return suggestedReportName("pdf");
    }

    /** A file name for the report with the given extension: "bien-ban-<unit>.docx". */
    public String suggestedReportName(String extension) {
        String unit = session == null ? "" : fold(session.unitName()).replaceAll("[^a-z0-9]+", "-");
        return "bien-ban-" + unit.replaceAll("(^-|-$)", "") + "." + extension;
    }

    public ObservableList<ItemEntry> entries() {
        return entries;
    }

    public ObservableList<FigureEntry> figures() {
        return figures;
    }

    public ObservableList<AreaResult> areas() {
        return areas;
    }

    public ObservableList<String> blockers() {
        return blockers;
    }

    public ScoreCard card() {
        return card;
    }

    public Optional<ItemEntry> entry(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public String selectedCode() {
        return selectedCode;
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty subheadingProperty() {
        return subheading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty saveStateProblemProperty() {
        return saveStateProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty saveStateProperty() {
        return saveState.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty totalTextProperty() {
        return totalText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty percentTextProperty() {
        return percentText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty classificationTextProperty() {
        return classificationText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty selectedTitleProperty() {
        return selectedTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty selectedExplanationProperty() {
        return selectedExplanation.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty selectedFullMarksProperty() {
        return selectedFullMarks.getReadOnlyProperty();
    }

    /** The item whose explanation, note and flag are shown beside the checklist. */
    public ReadOnlyObjectProperty<ItemEntry> selectedEntryProperty() {
        return selectedEntry.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
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
