package org.parcheck.common.fx;

import javafx.css.PseudoClass;

/** Style class and pseudo-class names defined in theme.css (docs/architecture/house-rules.md, rule 9). */
public final class Styles {

    public static final String PAGE = "pc-page";
    public static final String ERROR_PANEL = "pc-error-panel";
    public static final PseudoClass RETIRED = PseudoClass.getPseudoClass("retired");
    public static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");
    public static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private Styles() {
    }
}
