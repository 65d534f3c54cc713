package org.parcheck.answering.ui;

/** Where the visit screen leads back to. */
@FunctionalInterface
public interface VisitNavigator {
    void back();

    /** Exports this visit to a team-exchange package (the window asks for a file). */
    default void exportPackage(long visitId) {
    }
}
