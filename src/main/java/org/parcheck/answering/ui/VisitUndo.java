package org.parcheck.answering.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.BiConsumer;
import org.parcheck.answering.Answer;

/** Undo and redo of the visit's answers: each change is an item's answer before and after. */
final class VisitUndo {

    /** An answer change. */
    private record Change(String code, Answer before, Answer after) {
    }

    private final Deque<Change> undo = new ArrayDeque<>();
    private final Deque<Change> redo = new ArrayDeque<>();
    private final BiConsumer<String, Answer> restore;

    /** {@code restore} shows and saves an item's answer again. */
    VisitUndo(BiConsumer<String, Answer> restore) {
        this.restore = restore;
    }

    void record(String code, Answer before, Answer after) {
        undo.push(new Change(code, before, after));
        redo.clear();
    }

    void undo() {
        if (!undo.isEmpty()) {
            Change change = undo.pop();
            redo.push(change);
            restore.accept(change.code(), change.before());
        }
    }

    void redo() {
        if (!redo.isEmpty()) {
            Change change = redo.pop();
            undo.push(change);
            restore.accept(change.code(), change.after());
        }
    }

    /** Forgets every change (after an import that saved many answers at once). */
    void clear() {
        undo.clear();
        redo.clear();
    }
}
