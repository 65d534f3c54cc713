package org.parcheck.app.navigation;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.parcheck.common.fx.TaskScope;

/**
 * Where the user is: a main section, optionally with a detail screen open inside it (a framework in the editor,
 * a visit in the checklist). Survives a reload of the window (e.g. after a language switch). Each screen shown has a
 * {@link TaskScope}: leaving the screen ends it, so the reads its view model started are cancelled and results
 * arriving late are dropped (database writes still complete).
 */
public final class NavigationModel {

    /** A detail screen: its view class and the id of what it shows. */
    public record Detail(Class<?> viewClass, long id) {
    }

    private final ObjectProperty<Route> route = new SimpleObjectProperty<>(Route.PLANS);
    private final ObjectProperty<Detail> detail = new SimpleObjectProperty<>();
    private TaskScope screen = new TaskScope();

    /** The lifetime of the screen about to be shown or showing: view models run their tasks within it. */
    public TaskScope screenScope() {
        return screen;
    }

    /** Ends the current screen's scope (its tasks cancelled) and starts the next one's. */
    public void leaveScreen() {
        screen.close();
        screen = new TaskScope();
    }

    public ObjectProperty<Route> routeProperty() {
        return route;
    }

    public ReadOnlyObjectProperty<Detail> detailProperty() {
        return detail;
    }

    public Route route() {
        return route.get();
    }

    public Detail detail() {
        return detail.get();
    }

    /** Goes to a main section, closing any detail screen. */
    public void go(Route target) {
        if (detail.get() != null || target != route.get()) {
            leaveScreen();
        }
        detail.set(null);
        route.set(target);
    }

    /** Opens a detail screen within the current section. */
    public void open(Class<?> viewClass, long id) {
        Detail next = new Detail(viewClass, id);
        if (!next.equals(detail.get())) {
            leaveScreen();
        }
        detail.set(next);
    }

    /** Closes the detail screen and shows its section again. */
    public void back() {
        if (detail.get() != null) {
            leaveScreen();
        }
        detail.set(null);
    }
}
