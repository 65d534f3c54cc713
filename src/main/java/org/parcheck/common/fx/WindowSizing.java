package org.parcheck.common.fx;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Window sizes that fit the screen. The main window on first start (no saved bounds yet) is 1200 × 780 when the
 * screen has room for it, else as large as the screen's usable area allows, and maximised; dialogs and the report
 * preview keep their size where it fits and shrink where it does not. So nothing (a status line, the bottom of a
 * table, a scroll bar) is hidden under a taskbar on the 1366 × 768 laptops common in district offices.
 */
public final class WindowSizing {

    static final double DEFAULT_WIDTH = 1200;
    static final double DEFAULT_HEIGHT = 780;
    /** Room left for a window's title bar and frame, which the scene size does not include. */
    static final double DECORATION = 40;

    /**
     * @param width     the scene's width
     * @param height    the scene's height
     * @param maximized whether to start maximised
     */
    public record Size(double width, double height, boolean maximized) {
    }

    private WindowSizing() {
    }

    /** The main window's first-start size on a screen whose usable area (without taskbars) is {@code visual}. */
    public static Size firstStart(Rectangle2D visual) {
        Size fitted = fitted(DEFAULT_WIDTH, DEFAULT_HEIGHT, visual);
        return new Size(fitted.width(), fitted.height(), fitted.width() < DEFAULT_WIDTH
                || fitted.height() < DEFAULT_HEIGHT);
    }

    /** A scene of the wanted size, made smaller where the usable area {@code visual} has less room. */
    public static Size fitted(double width, double height, Rectangle2D visual) {
        return new Size(Math.min(width, visual.getWidth()), Math.max(Math.min(height, visual.getHeight() - DECORATION),
                300), false);
    }

    /** {@link #fitted(double, double, Rectangle2D)} on the primary screen. */
    public static Size fitted(double width, double height) {
        return fitted(width, height, Screen.getPrimary().getVisualBounds());
    }

    /**
     * Shows a dialog at {@code size} over the middle of {@code owner}. Under a window manager (openbox, the Windows
     * shell) a dialog opened at its minimum size, as small as 200 x 200 with its buttons cut to "…", and in the
     * screen's corner with its title bar off screen; so the minimum is the size, and the dialog is placed by hand.
     */
    public static void showOver(Stage dialog, Window owner, Size size) {
        dialog.setMinWidth(size.width());
        dialog.setMinHeight(size.height());
        dialog.show();
        if (owner != null && owner.getWidth() > 0) {
            dialog.setX(owner.getX() + Math.max(0, (owner.getWidth() - dialog.getWidth()) / 2));
            dialog.setY(owner.getY() + Math.max(0, (owner.getHeight() - dialog.getHeight()) / 2));
        }
    }
}
