package org.parcheck.common.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class WindowSizingTest {

    @Test
    void aLargeScreenGetsTheDefaultSizeNotMaximised() {
        assertEquals(new WindowSizing.Size(1200, 780, false),
                WindowSizing.firstStart(new Rectangle2D(0, 0, 1920, 1040)));
    }

    @Test
    void a1366By768LaptopWithATaskbarGetsAWindowThatFitsAndStartsMaximised() {
        // 768 px less a 40 px taskbar: the scene leaves room for the title bar
        assertEquals(new WindowSizing.Size(1200, 688, true),
                WindowSizing.firstStart(new Rectangle2D(0, 0, 1366, 728)));
    }

    @Test
    void aNarrowScreenGetsItsWholeWidth() {
        assertEquals(new WindowSizing.Size(1024, 728, true),
                WindowSizing.firstStart(new Rectangle2D(0, 0, 1024, 768)));
    }

    @Test
    void aDialogKeepsItsSizeWhereItFitsAndShrinksWhereNot() {
        assertEquals(new WindowSizing.Size(860, 760, false),
                WindowSizing.fitted(860, 760, new Rectangle2D(0, 0, 1920, 1040)));
        assertEquals(new WindowSizing.Size(860, 688, false),
                WindowSizing.fitted(860, 760, new Rectangle2D(0, 0, 1366, 728)));
    }

    @Test
    void exactlyEnoughRoomIsNotMaximised() {
        assertEquals(new WindowSizing.Size(1200, 780, false),
                WindowSizing.firstStart(new Rectangle2D(0, 0, 1200, 820)));
    }
}
