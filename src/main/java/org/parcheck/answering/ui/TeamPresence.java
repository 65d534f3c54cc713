package org.parcheck.answering.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.parcheck.plan.TeamMember;

/** A member of the plan's team on the visit's second tab, ticked when present at the visit (#15 §1). */
public final class TeamPresence {

    private final TeamMember member;
    private final BooleanProperty present;

    TeamPresence(TeamMember member, boolean present) {
        this.member = member;
        this.present = new SimpleBooleanProperty(present);
    }

    public TeamMember member() {
        return member;
    }

    public BooleanProperty presentProperty() {
        return present;
    }
}
