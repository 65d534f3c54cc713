package org.parcheck.app;

import javafx.geometry.Rectangle2D;

/**
 * The main window's size on first start (no saved bounds yet): 1200 × 780 when the screen has room for it, else as
 * large as the screen's usable area allows, and maximised, so that nothing (the status line, the bottom of a table)
 * is hidden under a taskbar on the 1366 × 768 laptops common in district offices.
 */
final class WindowSizing {

    static final double DEFAULT_WIDTH = 1200;
    static final double DEFAULT_HEIGHT = 780;
    /** Room left for the window's title bar and frame, which the scene size does not include. */
    static final double DECORATION = 40;

    /**
     * @param width     the scene's width
     * @param height    the scene's height
     * @param maximized whether to start maximised
     */
    record Size(double width, double height, boolean maximized) {
    }

    private WindowSizing() {
    }

    /** The first-start size on a screen whose usable area (without taskbars) is {@code visual}. */
    static Size firstStart(Rectangle2D visual) {
        double width = Math.min(DEFAULT_WIDTH, visual.getWidth());
        double height = Math.min(DEFAULT_HEIGHT, visual.getHeight() - DECORATION);
        boolean tooSmall = width < DEFAULT_WIDTH || height < DEFAULT_HEIGHT;
        return new Size(width, Math.max(height, 300), tooSmall);
    }
}
