package org.parcheck.common.fx;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * One conflict as the conflict table shows it (package import and sync, #17): both values with who and when, and
 * the value to keep, "mine" until the user chooses. Plain text and one property: no {@code Node}.
 */
public final class ConflictRow {

    /** Which value to keep. */
    public enum Keep { MINE, THEIRS }

    private final String id;
    private final String visit;
    private final String item;
    private final String mine;
    private final String mineWho;
    private final String theirs;
    private final String theirsWho;
    private final ObjectProperty<Keep> choice = new SimpleObjectProperty<>(Keep.MINE);

    /**
     * @param id the conflict's id for the choices handed back ({@code ImportPlan.conflictId})
     */
    public ConflictRow(String id, String visit, String item, String mine, String mineWho, String theirs,
                       String theirsWho) {
        this.id = id;
        this.visit = visit;
        this.item = item;
        this.mine = mine;
        this.mineWho = mineWho;
        this.theirs = theirs;
        this.theirsWho = theirsWho;
    }

    public String id() {
        return id;
    }

    public String visit() {
        return visit;
    }

    public String item() {
        return item;
    }

    public String mine() {
        return mine;
    }

    public String mineWho() {
        return mineWho;
    }

    public String theirs() {
        return theirs;
    }

    public String theirsWho() {
        return theirsWho;
    }

    public ObjectProperty<Keep> choiceProperty() {
        return choice;
    }
}
