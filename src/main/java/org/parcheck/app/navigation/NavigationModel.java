package org.parcheck.app.navigation;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Where the user is: a main section, optionally with a detail screen open inside it (a framework in the editor,
 * a visit in the checklist). Survives a reload of the window (e.g. after a language switch).
 */
public final class NavigationModel {

    /** A detail screen: its view class and the id of what it shows. */
    public record Detail(Class<?> viewClass, long id) {
    }

    private final ObjectProperty<Route> route = new SimpleObjectProperty<>(Route.PLANS);
    private final ObjectProperty<Detail> detail = new SimpleObjectProperty<>();

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
        detail.set(null);
        route.set(target);
    }

    /** Opens a detail screen within the current section. */
    public void open(Class<?> viewClass, long id) {
        detail.set(new Detail(viewClass, id));
    }

    /** Closes the detail screen and shows its section again. */
    public void back() {
        detail.set(null);
    }
}
