package org.parcheck.answering;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What the team recorded about the report part beyond the details and attendees (V005): which team members were
 * present (by team-member uuid), whether the unit said explicitly that it has no opinion, and the parts left to be
 * written by hand on the paper, each with its reason.
 */
public record ReportChoices(Set<UUID> teamPresent, boolean noUnitOpinion, Map<HandwrittenPart, String> handwritten) {

    /** Nothing recorded: no team member ticked, no explicit "no opinion", nothing left to write by hand. */
    public static final ReportChoices NONE = new ReportChoices(Set.of(), false, Map.of());

    public ReportChoices {
        teamPresent = Set.copyOf(teamPresent);
        handwritten = Map.copyOf(handwritten);
        handwritten.values().forEach(reason -> Objects.requireNonNull(reason, "reason"));
    }

    /** Whether nothing is recorded (the content fingerprint then has no record for it). */
    public boolean isNone() {
        return teamPresent.isEmpty() && !noUnitOpinion && handwritten.isEmpty();
    }

    public boolean isHandwritten(HandwrittenPart part) {
        return handwritten.containsKey(part);
    }

    /** The reason a part is left to be written by hand, or null when it is not. */
    public String handwrittenReason(HandwrittenPart part) {
        return handwritten.get(part);
    }

    /** A copy with {@code part} left to write by hand for {@code reason}, or not any more when it is null. */
    public ReportChoices withHandwritten(HandwrittenPart part, String reason) {
        Map<HandwrittenPart, String> copy = new EnumMap<>(HandwrittenPart.class);
        copy.putAll(handwritten);
        if (reason == null) {
            copy.remove(part);
        } else {
            copy.put(part, reason);
        }
        return new ReportChoices(teamPresent, noUnitOpinion, copy);
    }
}
