package org.parcheck.answering.ui;

import java.math.BigDecimal;
import java.util.List;
import org.parcheck.answering.Answer;
import org.parcheck.answering.AnswerService;
import org.parcheck.answering.AnswerSheet;
import org.parcheck.common.fx.BackgroundExecutor;
import org.parcheck.common.i18n.Messages;
import org.parcheck.common.util.DiskSpace;
import org.parcheck.common.util.UndoHistory;

/**
 * Answering a visit: what is typed in a checklist line or a figure is read, and saved the moment it is committed
 * (Enter or leaving the field), each in its own transaction on the writer thread, with undo and redo. Input that
 * cannot be read is refused where it was typed and named in the save state; nothing already saved is lost.
 */
final class VisitAnswering {

    /** Free space a save needs at least: the database file grows by a few megabytes at a time. */
    static final long SAVE_ROOM = 4L << 20;

    private final VisitViewModel visit;
    private final AnswerService service;
    private final BackgroundExecutor executor;
    private final Messages messages;
    private final VisitSaveState saveState;
    /** An answer change, for undo and redo (the app's one undo design, {@link UndoHistory}). */
    private record Change(String code, Answer before, Answer after) {
    }

    private final UndoHistory<Change> undo = new UndoHistory<>();

    VisitAnswering(VisitViewModel visit, AnswerService service, BackgroundExecutor executor, Messages messages,
            VisitSaveState saveState) {
        this.visit = visit;
        this.service = service;
        this.executor = executor;
        this.messages = messages;
        this.saveState = saveState;
    }

    /**
     * Saves what the user entered for one item, if it changed and can be read. Input that cannot be read (or N/A
     * without its reason) is refused under the line and named in the save state until it is corrected.
     */
    void commit(ItemEntry entry) {
        if (!visit.editableProperty().get() || visit.session() == null || !entry.isLeaf()
                || entry.outOfScopeProperty().get()) {
            return;
        }
        Answer before = visit.sheet().answer(entry.code());
        Answer after;
        try {
            after = AnswerInput.answerOf(entry, before);
        } catch (AnswerInput.InvalidInput e) {
            entry.showError(messages.get(e.getMessage()));
            saveState.refused(entry.code(), entry.code());
            return;
        }
        entry.showError("");
        boolean wasUnsaved = saveState.cleared(entry.code());
        if (AnswerInput.sameContent(before, after)) {
            if (wasUnsaved) {
                saveState.saved();
            }
            return;
        }
        undo.push(new Change(entry.code(), before, after));
        save(after);
    }

    /** Why an item was not saved: "the disk is full" (with the room a save needs) or the general message. */
    static String saveFailed(Messages messages, Throwable e, String code) {
        return DiskSpace.isFull(e)
                ? messages.get("answering.visit.diskFull", code, DiskSpace.format(SAVE_ROOM))
                : messages.get("answering.visit.saveFailed", code);
    }

    private void save(Answer answer) {
        visit.sheet(visit.sheet().withAnswer(answer));
        saveState.status(messages.get("answering.visit.saving"));
        executor.write(() -> service.saveAnswer(visit.visitId(), answer))
                .onSuccess(stored -> saveState.saved())
                .onError(e -> saveState.problem(saveFailed(messages, e, answer.itemCode())))
                .start();
    }

    /** Saves a raw figure when it changed and can be read; blank means unknown (never zero). */
    void commitFigure(FigureEntry figure) {
        if (!visit.editableProperty().get() || visit.session() == null) {
            return;
        }
        BigDecimal value;
        String key = "figure:" + figure.code();
        try {
            value = AnswerInput.number(figure.valueProperty().get(), false);
        } catch (AnswerInput.InvalidInput e) {
            figure.showError(messages.get(e.getMessage()));
            saveState.refused(key, figure.name());
            return;
        }
        boolean wasUnsaved = saveState.cleared(key);
        figure.showError("");
        BigDecimal before = visit.sheet().figures().get(figure.code());
        if (before == null ? value == null : value != null && before.compareTo(value) == 0) {
            if (wasUnsaved) {
                visit.sheet(visit.sheet());
                saveState.saved();
            }
            return;
        }
        visit.sheet(visit.sheet().withFigure(figure.code(), value));
        saveState.status(messages.get("answering.visit.saving"));
        executor.write(() -> {
            service.saveFigure(visit.visitId(), figure.code(), value);
            return value;
        }).onSuccess(v -> saveState.saved())
                .onError(e -> saveState.problem(saveFailed(messages, e, figure.code())))
                .start();
    }

    void undo() {
        if (visit.editableProperty().get()) {
            undo.undo().ifPresent(change -> restore(change.code(), change.before()));
        }
    }

    /** Whether there is an answer to undo / redo; {@code listener} runs when that may have changed. */
    void onUndoChange(Runnable listener) {
        undo.onChange(listener);
    }

    boolean canUndo() {
        return undo.canUndo();
    }

    boolean canRedo() {
        return undo.canRedo();
    }

    void redo() {
        if (visit.editableProperty().get()) {
            undo.redo().ifPresent(change -> restore(change.code(), change.after()));
        }
    }

    private void restore(String code, Answer answer) {
        visit.entry(code).ifPresent(entry -> AnswerInput.fill(entry, answer));
        saveState.cleared(code);
        save(answer);
        visit.select(code);
    }

    /** Answers saved together elsewhere (the self-assessment form): shown, scored, and undo starts afresh. */
    void imported(List<Answer> saved) {
        AnswerSheet next = visit.sheet();
        for (Answer answer : saved) {
            next = next.withAnswer(answer);
            visit.entry(answer.itemCode()).ifPresent(entry -> AnswerInput.fill(entry, answer));
        }
        undo.clear();
        visit.sheet(next);
    }
}
