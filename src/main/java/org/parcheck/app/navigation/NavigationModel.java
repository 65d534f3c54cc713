package org.parcheck.app.navigation;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** The current section; survives a reload of the window (e.g. after a language switch). */
public final class NavigationModel {

    private final ObjectProperty<Route> route = new SimpleObjectProperty<>(Route.PLANS);

    public ObjectProperty<Route> routeProperty() {
        return route;
    }

    public Route route() {
        return route.get();
    }

    public void go(Route target) {
        route.set(target);
    }
}
