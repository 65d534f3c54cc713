package org.parcheck.answering.ui;

/** Where the visit screen leads back to. */
@FunctionalInterface
public interface VisitNavigator {
    void back();
}
