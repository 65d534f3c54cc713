package org.parcheck.app.navigation;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.parcheck.app.settings.SettingsView;
import org.parcheck.criteria.ui.FrameworkListView;
import org.parcheck.plan.ui.PlanListView;
import org.parcheck.plan.ui.UnitTreeView;
import org.parcheck.report.ui.ReportsView;

/** The main sections of the window, each with its view, its label and its shortcut (Ctrl+1…5). */
public enum Route {
    PLANS(PlanListView.class, "app.nav.plans", KeyCode.DIGIT1),
    UNITS(UnitTreeView.class, "app.nav.units", KeyCode.DIGIT2),
    FRAMEWORKS(FrameworkListView.class, "app.nav.frameworks", KeyCode.DIGIT3),
    REPORTS(ReportsView.class, "app.nav.reports", KeyCode.DIGIT4),
    SETTINGS(SettingsView.class, "app.nav.settings", KeyCode.DIGIT5);

    private final Class<?> viewClass;
    private final String labelKey;
    private final KeyCombination shortcut;

    Route(Class<?> viewClass, String labelKey, KeyCode key) {
        this.viewClass = viewClass;
        this.labelKey = labelKey;
        this.shortcut = new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN);
    }

    public Class<?> viewClass() {
        return viewClass;
    }

    public String labelKey() {
        return labelKey;
    }

    public KeyCombination shortcut() {
        return shortcut;
    }
}
