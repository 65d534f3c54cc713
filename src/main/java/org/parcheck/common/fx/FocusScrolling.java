package org.parcheck.common.fx;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;

/**
 * Keeps the focused control of a scrolling page in view: JavaFX's ScrollPane does not scroll to a control that takes
 * the focus (Tab, a mnemonic), so a keyboard user would type into a field below the window. Scrolls only when the
 * control is not wholly in view, and only as far as needed.
 */
public final class FocusScrolling {

    /** Room kept above or below the control, so its label or hint shows too. */
    private static final double MARGIN = 12;

    private FocusScrolling() {
    }

    /** From now on, whatever inside {@code page}'s content takes the focus is scrolled into view. */
    public static void install(ScrollPane page) {
        ChangeListener<Node> onFocus = (obs, old, owner) -> {
            if (owner != null && isInside(owner, page.getContent())) {
                scrollIntoView(page, owner);
            }
        };
        // on the scene while the page is shown: a page left (navigation) leaves no listener behind
        page.sceneProperty().addListener((obs, oldScene, newScene) -> {
            if (oldScene != null) {
                oldScene.focusOwnerProperty().removeListener(onFocus);
            }
            if (newScene != null) {
                newScene.focusOwnerProperty().addListener(onFocus);
            }
        });
        Scene scene = page.getScene();
        if (scene != null) {
            scene.focusOwnerProperty().addListener(onFocus);
        }
    }

    /** Scrolls {@code page} vertically so that {@code node} (inside its content) is wholly in view, if it can. */
    public static void scrollIntoView(ScrollPane page, Node node) {
        Node content = page.getContent();
        double viewport = page.getViewportBounds().getHeight();
        double room = content.getLayoutBounds().getHeight() - viewport;
        if (room <= 0 || viewport <= 0) {
            return;
        }
        Bounds bounds = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
        double top = (page.getVvalue() - page.getVmin()) / (page.getVmax() - page.getVmin()) * room;
        double newTop;
        if (bounds.getMinY() - MARGIN < top) {
            newTop = bounds.getMinY() - MARGIN;
        } else if (bounds.getMaxY() + MARGIN > top + viewport) {
            newTop = Math.min(bounds.getMaxY() + MARGIN - viewport, bounds.getMinY() - MARGIN);
        } else {
            return;
        }
        double fraction = Math.max(0, Math.min(1, newTop / room));
        page.setVvalue(page.getVmin() + fraction * (page.getVmax() - page.getVmin()));
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
