package org.parcheck.app;

import javafx.application.Application;

/**
 * Entry point. A plain class (not an {@link Application}) so that JavaFX starts from the classpath
 * (stack.md). Arguments: {@code --data-dir DIR} chooses the data folder.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        Application.launch(ParCheckApp.class, args);
    }
}
