package org.parcheck.common.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one undo design: changes come back in reverse order, redo follows undo, a new change ends redo, bounded. */
class UndoHistoryTest {

    @Test
    void undoHandsBackTheLatestChangeAndRedoTheSameAgain() {
        UndoHistory<String> history = new UndoHistory<>();
        history.push("a");
        history.push("b");
        assertThat(history.undo()).contains("b");
        assertThat(history.undo()).contains("a");
        assertThat(history.undo()).isEmpty();
        assertThat(history.canUndo()).isFalse();
        assertThat(history.redo()).contains("a");
        assertThat(history.redo()).contains("b");
        assertThat(history.redo()).isEmpty();
        assertThat(history.undoSize()).isEqualTo(2);
    }

    @Test
    void aNewChangeDropsWhatCouldBeRedone() {
        UndoHistory<String> history = new UndoHistory<>();
        history.push("a");
        history.push("b");
        history.undo();
        assertThat(history.canRedo()).isTrue();
        history.push("c");
        assertThat(history.canRedo()).isFalse();
        assertThat(history.undo()).contains("c");
        assertThat(history.undo()).contains("a");
    }

    @Test
    void theOldestChangesFallOffBeyondTheBound() {
        UndoHistory<Integer> history = new UndoHistory<>(3);
        for (int i = 1; i <= 5; i++) {
            history.push(i);
        }
        assertThat(history.undoSize()).isEqualTo(3);
        assertThat(history.undo()).contains(5);
        assertThat(history.undo()).contains(4);
        assertThat(history.undo()).contains(3);
        assertThat(history.undo()).isEmpty();
        assertThatThrownBy(() -> new UndoHistory<>(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void listenersHearEveryChangeOfTheHistoryAndClearForgetsAll() {
        UndoHistory<String> history = new UndoHistory<>();
        List<String> heard = new ArrayList<>();
        history.onChange(() -> heard.add(history.canUndo() + "/" + history.canRedo()));
        history.push("a");
        history.undo();
        history.redo();
        history.undo();
        history.clear();
        history.clear();
        history.undo();
        assertThat(heard).containsExactly("true/false", "false/true", "true/false", "false/true", "false/false");
        assertThat(history.canUndo()).isFalse();
        assertThat(history.canRedo()).isFalse();
    }
}
