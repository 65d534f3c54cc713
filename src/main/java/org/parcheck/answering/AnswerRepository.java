package org.parcheck.answering;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.parcheck.answering.audit.FrozenReport;
import org.parcheck.answering.audit.StoredFingerprint;
import org.parcheck.answering.audit.VisitContent;
import org.parcheck.plan.TeamMember;
import org.parcheck.plan.Visit;
import org.parcheck.plan.VisitStatus;

/**
 * Stores what is recorded at a visit. Every save is its own transaction and appends to the visit's change log
 * (who, when, field, old → new).
 */
public interface AnswerRepository {

    AnswerSheet load(long visitId);

    /**
     * The sheets of many visits, equal to {@link #load(long)} of each, in the order given (#17 office mode: a
     * repository on a database reads them together).
     */
    default Map<Long, AnswerSheet> loadAll(Collection<Long> visitIds) {
        Map<Long, AnswerSheet> sheets = new LinkedHashMap<>();
        visitIds.forEach(id -> sheets.computeIfAbsent(id, this::load));
        return sheets;
    }

    /**
     * What scoring reads of many visits (rankings over thousands of visits): sheets that score exactly as
     * {@link #load(long)}'s, whose evidence citations may be counted without their details and which may lack the
     * findings, recommendations, notes and flags.
     */
    default Map<Long, AnswerSheet> loadForScoring(Collection<Long> visitIds) {
        return loadAll(visitIds);
    }

    /** The visit {@link #previousVisit(long)} finds for each visit; visits without an earlier one are absent. */
    default Map<Long, Visit> previousVisits(Collection<Long> visitIds) {
        Map<Long, Visit> previous = new HashMap<>();
        visitIds.forEach(id -> previousVisit(id).flatMap(this::visit).ifPresent(p -> previous.put(id, p)));
        return previous;
    }

    Optional<Visit> visit(long visitId);

    /**
     * Changes the visit's status, logging the change with its reason (required when reopening). Finalising stores
     * the content fingerprint in the same transaction; any other status clears it (logged too).
     */
    void setStatus(long visitId, VisitStatus status, String reason, String actor);

    /** Everything the content fingerprint covers, read in one transaction. */
    VisitContent content(long visitId);

    /**
     * What the report prints from the plan, team and unit, frozen when the visit was finalised (#15 §2, V006);
     * empty when the visit is not finalised or was finalised before V006.
     */
    Optional<FrozenReport> frozenReport(long visitId);

    /** The fingerprint stored when the visit was finalised, if it is finalised and has one. */
    Optional<StoredFingerprint> fingerprint(long visitId);

    /** The visit's times, place and the unit's opinion. */
    void saveDetails(long visitId, VisitDetails details, String actor);

    VisitDetails details(long visitId);

    /** The latest earlier visit to the same unit (by date, then by creation), if any. */
    Optional<Long> previousVisit(long visitId);

    /** Inserts or replaces the answer of one item; returns the stored answer. */
    Answer saveAnswer(long visitId, Answer answer, String actor);

    /** Sets (or, with null, clears) one raw figure. */
    void saveFigure(long visitId, String figureCode, BigDecimal value, String actor);

    EvidenceCitation addEvidence(long visitId, EvidenceCitation citation, String actor);

    void removeEvidence(long visitId, long evidenceId, String actor);

    Finding saveFinding(long visitId, Finding finding, String actor);

    void removeFinding(long visitId, long findingId, String actor);

    Recommendation saveRecommendation(long visitId, Recommendation recommendation, String actor);

    void removeRecommendation(long visitId, long recommendationId, String actor);

    List<Attendee> attendees(long visitId);

    Attendee addAttendee(long visitId, Attendee attendee, String actor);

    void removeAttendee(long visitId, long attendeeId, String actor);

    // --- #15 §1: the report part (V005) ---

    /** The members of the visit's plan team, in plan order. */
    List<TeamMember> team(long visitId);

    /** The team members present, the explicit "no opinion" and the parts left to write by hand. */
    ReportChoices reportChoices(long visitId);

    /** Replaces the set of team members present (by uuid), logging each member ticked or unticked. */
    void setTeamPresent(long visitId, Set<UUID> present, String actor);

    void setNoUnitOpinion(long visitId, boolean noOpinion, String actor);

    /** Leaves {@code part} to write by hand for {@code reason}, or (null) no longer; logged. */
    void setHandwritten(long visitId, HandwrittenPart part, String reason, String actor);

    /** The visit's change log, oldest first. */
    List<ChangeEntry> changeLog(long visitId);
}
