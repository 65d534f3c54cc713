package org.parcheck.common.util;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The one undo design of ParCheck's editors: a bounded history of changes, each a value that knows its before and
 * after (a whole {@code FrameworkContent} pair in the framework editor, one answer's {@code Change} on the visit
 * screen). The editor records a change once it is made; {@link #undo()} hands back the change to revert and keeps it
 * for {@link #redo()}, which hands it back to make again. A new change clears what could be redone. The oldest
 * changes fall off beyond the bound, so a long session does not hold every state it went through.
 *
 * <p>Plain Java: the view model shows {@link #canUndo()} / {@link #canRedo()} through a listener
 * ({@link #onChange(Runnable)}), e.g. into a JavaFX property that a button's disable binds to. Not thread-safe: use it
 * from the thread that owns the editor (the FX thread).</p>
 *
 * @param <T> a change, holding what is needed to revert and re-apply it
 */
public final class UndoHistory<T> {

    /** How many changes the editors keep unless told otherwise. */
    public static final int DEFAULT_BOUND = 200;

    private final int bound;
    private final Deque<T> undo = new ArrayDeque<>();
    private final Deque<T> redo = new ArrayDeque<>();
    private final List<Runnable> listeners = new ArrayList<>();

    public UndoHistory() {
        this(DEFAULT_BOUND);
    }

    /** @param bound how many changes can be undone at most; at least 1 */
    public UndoHistory(int bound) {
        if (bound < 1) {
            throw new IllegalArgumentException("bound must be at least 1: " + bound);
        }
        this.bound = bound;
    }

    /** Records a change just made; what could be redone is dropped, and the oldest change beyond the bound. */
    public void push(T change) {
        undo.push(Objects.requireNonNull(change));
        while (undo.size() > bound) {
            undo.removeLast();
        }
        redo.clear();
        changed();
    }

    /** The latest change to revert, now redoable; empty when there is nothing to undo. */
    public Optional<T> undo() {
        T change = undo.poll();
        if (change == null) {
            return Optional.empty();
        }
        redo.push(change);
        changed();
        return Optional.of(change);
    }

    /** The latest undone change to make again, now undoable; empty when there is nothing to redo. */
    public Optional<T> redo() {
        T change = redo.poll();
        if (change == null) {
            return Optional.empty();
        }
        undo.push(change);
        changed();
        return Optional.of(change);
    }

    /** Forgets every change (after an import or a reload that the history cannot step back over). */
    public void clear() {
        if (undo.isEmpty() && redo.isEmpty()) {
            return;
        }
        undo.clear();
        redo.clear();
        changed();
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** How many changes can be undone. */
    public int undoSize() {
        return undo.size();
    }

    /** How many changes can be redone. */
    public int redoSize() {
        return redo.size();
    }

    /** Runs {@code listener} after every push, undo, redo or clear that changed the history. */
    public void onChange(Runnable listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    private void changed() {
        for (Runnable listener : List.copyOf(listeners)) {
            listener.run();
        }
    }
}
