package org.parcheck.answering;

import java.util.List;
import org.parcheck.plan.TeamMember;

/**
 * The report part of a visit as finalising checks it: the details (times, opinion), the unit's attendees, the
 * plan's team and the choices recorded about them.
 */
public record ReportPart(VisitDetails details, List<Attendee> attendees, List<TeamMember> team,
                         ReportChoices choices) {

    public ReportPart {
        attendees = List.copyOf(attendees);
        team = List.copyOf(team);
    }
}
