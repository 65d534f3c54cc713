package org.parcheck.plan.ui;

/** A unit offered in a combo box; {@code id} null stands for "none". Shown by its label. */
public record UnitChoice(Long id, String label) {

    @Override
    public String toString() {
        return label;
    }
}
