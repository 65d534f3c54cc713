package org.parcheck.answering.audit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.parcheck.answering.Answer;
import org.parcheck.answering.Attendee;
import org.parcheck.answering.EvidenceCitation;
import org.parcheck.answering.Finding;
import org.parcheck.answering.Recommendation;
import org.parcheck.answering.ReportChoices;

/**
 * Everything a visit's content fingerprint covers, read in one transaction by the repository. Identities are
 * uuids and codes (never local row ids), so the same visit on another laptop gives the same fingerprint.
 *
 * @param carriedFromUuids the uuid of each recommendation a recommendation of this visit was carried from, by the
 *                         local id in {@link Recommendation#carriedFromId()}
 * @param frozenReport     what the report prints from the plan, team and unit, frozen at finalising (#15 §2,
 *                         V006), or null (not finalised, or finalised before V006)
 * @param frameworkContentSha256 a hash of the framework version's content as stored now (titles, points, rules,
 *                         figures, bands; what the report prints of it), read only when there is a frozen report;
 *                         else null
 * @param reportChoices    #15 §1 (V005): team members present, explicit "no opinion", parts left to write by hand
 */
public record VisitContent(UUID visitUuid, UUID planUuid, UUID unitUuid, UUID frameworkVersionUuid,
                           LocalDate date, LocalTime startTime, LocalTime endTime, String place, String reportNumber,
                           String unitOpinion, List<Attendee> attendees, Map<String, BigDecimal> figures,
                           Map<String, Answer> answers, List<EvidenceCitation> evidence, List<Finding> findings,
                           List<Recommendation> recommendations, Map<Long, UUID> carriedFromUuids,
                           FrozenReport frozenReport, String frameworkContentSha256, ReportChoices reportChoices) {

    public VisitContent {
        Objects.requireNonNull(visitUuid, "visitUuid");
        attendees = List.copyOf(attendees);
        figures = Map.copyOf(figures);
        answers = Map.copyOf(answers);
        evidence = List.copyOf(evidence);
        findings = List.copyOf(findings);
        recommendations = List.copyOf(recommendations);
        carriedFromUuids = Map.copyOf(carriedFromUuids);
        reportChoices = reportChoices == null ? ReportChoices.NONE : reportChoices;
    }

    /** Content without report choices (as before V005) and without a frozen report (as before V006). */
    public VisitContent(UUID visitUuid, UUID planUuid, UUID unitUuid, UUID frameworkVersionUuid, LocalDate date,
                        LocalTime startTime, LocalTime endTime, String place, String reportNumber, String unitOpinion,
                        List<Attendee> attendees, Map<String, BigDecimal> figures, Map<String, Answer> answers,
                        List<EvidenceCitation> evidence, List<Finding> findings, List<Recommendation> recommendations,
                        Map<Long, UUID> carriedFromUuids) {
        this(visitUuid, planUuid, unitUuid, frameworkVersionUuid, date, startTime, endTime, place, reportNumber,
                unitOpinion, attendees, figures, answers, evidence, findings, recommendations, carriedFromUuids,
                null, null, ReportChoices.NONE);
    }

    /** Content with report choices (#15 §1) and no frozen report snapshot. */
    public VisitContent(UUID visitUuid, UUID planUuid, UUID unitUuid, UUID frameworkVersionUuid, LocalDate date,
                        LocalTime startTime, LocalTime endTime, String place, String reportNumber, String unitOpinion,
                        List<Attendee> attendees, Map<String, BigDecimal> figures, Map<String, Answer> answers,
                        List<EvidenceCitation> evidence, List<Finding> findings, List<Recommendation> recommendations,
                        Map<Long, UUID> carriedFromUuids, ReportChoices reportChoices) {
        this(visitUuid, planUuid, unitUuid, frameworkVersionUuid, date, startTime, endTime, place, reportNumber,
                unitOpinion, attendees, figures, answers, evidence, findings, recommendations, carriedFromUuids,
                null, null, reportChoices);
    }

    /** Content with a frozen report snapshot (#15 §2) and no report choices. */
    public VisitContent(UUID visitUuid, UUID planUuid, UUID unitUuid, UUID frameworkVersionUuid, LocalDate date,
                        LocalTime startTime, LocalTime endTime, String place, String reportNumber, String unitOpinion,
                        List<Attendee> attendees, Map<String, BigDecimal> figures, Map<String, Answer> answers,
                        List<EvidenceCitation> evidence, List<Finding> findings, List<Recommendation> recommendations,
                        Map<Long, UUID> carriedFromUuids, FrozenReport frozenReport, String frameworkContentSha256) {
        this(visitUuid, planUuid, unitUuid, frameworkVersionUuid, date, startTime, endTime, place, reportNumber,
                unitOpinion, attendees, figures, answers, evidence, findings, recommendations, carriedFromUuids,
                frozenReport, frameworkContentSha256, ReportChoices.NONE);
    }

    /** The same content with {@code frozen} as its report snapshot and the framework content's hash. */
    public VisitContent withFrozenReport(FrozenReport frozen, String frameworkSha256) {
        return new VisitContent(visitUuid, planUuid, unitUuid, frameworkVersionUuid, date, startTime, endTime, place,
                reportNumber, unitOpinion, attendees, figures, answers, evidence, findings, recommendations,
                carriedFromUuids, frozen, frameworkSha256, reportChoices);
    }

    /** The same content with {@code frozen} as its report snapshot. */
    public VisitContent withFrozenReport(FrozenReport frozen) {
        return withFrozenReport(frozen, frameworkContentSha256);
    }
}
