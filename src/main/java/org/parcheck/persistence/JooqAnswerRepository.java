package org.parcheck.persistence;

import static org.parcheck.common.util.Numbers.plain;
import static org.parcheck.persistence.ChangeLogLines.flag;
import static org.parcheck.persistence.ChangeLogLines.log;
import static org.parcheck.persistence.ChangeLogLines.num;
import static org.parcheck.persistence.ChangeLogLines.touchVisit;
import static org.parcheck.persistence.jooq.Tables.ANSWER;
import static org.parcheck.persistence.jooq.Tables.CHANGE_LOG;
import static org.parcheck.persistence.jooq.Tables.CRITERION_NODE;
import static org.parcheck.persistence.jooq.Tables.EVIDENCE;
import static org.parcheck.persistence.jooq.Tables.FIGURE_VALUE;
import static org.parcheck.persistence.jooq.Tables.FINDING;
import static org.parcheck.persistence.jooq.Tables.RECOMMENDATION;
import static org.parcheck.persistence.jooq.Tables.VISIT;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.parcheck.answering.Answer;
import org.parcheck.answering.AnswerRepository;
import org.parcheck.answering.AnswerSheet;
import org.parcheck.answering.Attendee;
import org.parcheck.answering.ChangeEntry;
import org.parcheck.answering.EvidenceCitation;
import org.parcheck.answering.Finding;
import org.parcheck.answering.HandwrittenPart;
import org.parcheck.answering.Recommendation;
import org.parcheck.answering.ReportChoices;
import org.parcheck.answering.VisitDetails;
import org.parcheck.answering.audit.FrozenReport;
import org.parcheck.answering.audit.StoredFingerprint;
import org.parcheck.answering.audit.VisitContent;
import org.parcheck.common.util.Text;
import org.parcheck.persistence.jooq.tables.records.AnswerRecord;
import org.parcheck.plan.TeamMember;
import org.parcheck.plan.Visit;
import org.parcheck.plan.VisitStatus;

/**
 * A visit's answers and figures, its details and change log, each save logged ({@link ChangeLogLines}); the rest of
 * the {@link AnswerRepository} port is done by {@link VisitNotesStore} (evidence, findings, recommendations,
 * attendees), {@link VisitStatusStore} (status, fingerprint, frozen report) and {@link ReportPartStore} (#15 §1).
 */
public final class JooqAnswerRepository implements AnswerRepository {

    private final Database database;
    private final VisitNodes nodes = new VisitNodes();
    private final VisitNotesStore notes;
    private final VisitStatusStore status;
    private final ReportPartStore reportPart;
    private final AnswerSheetBatch batch;

    public JooqAnswerRepository(Database database) {
        this.database = database;
        this.notes = new VisitNotesStore(database, nodes);
        this.status = new VisitStatusStore(database, this);
        this.reportPart = new ReportPartStore(database);
        this.batch = new AnswerSheetBatch(database);
    }

    @Override
    public Map<Long, AnswerSheet> loadAll(Collection<Long> visitIds) {
        return batch.load(visitIds);
    }

    @Override
    public Map<Long, AnswerSheet> loadForScoring(Collection<Long> visitIds) {
        return batch.loadForScoring(visitIds);
    }

    @Override
    public Map<Long, Visit> previousVisits(Collection<Long> visitIds) {
        return batch.previousVisits(visitIds);
    }

    @Override
    public AnswerSheet load(long visitId) {
        DSLContext dsl = database.dsl();
        Map<String, Answer> answers = new HashMap<>();
        dsl.select(CRITERION_NODE.CODE, ANSWER.asterisk()).from(ANSWER)
                .join(CRITERION_NODE).on(CRITERION_NODE.ID.eq(ANSWER.NODE_ID))
                .where(ANSWER.VISIT_ID.eq(visitId))
                .forEach(r -> answers.put(r.get(CRITERION_NODE.CODE),
                        toAnswer(r.get(CRITERION_NODE.CODE), r.into(ANSWER))));
        Map<String, BigDecimal> figures = new HashMap<>();
        dsl.selectFrom(FIGURE_VALUE).where(FIGURE_VALUE.VISIT_ID.eq(visitId))
                .forEach(r -> {
                    if (r.getAmount() != null) {
                        figures.put(r.getFigureCode(), plain(r.getAmount()));
                    }
                });
        Map<Long, String> codeById = new HashMap<>();
        nodes.nodes(dsl, visitId).forEach((code, id) -> codeById.put(id, code));
        List<EvidenceCitation> evidence = dsl.selectFrom(EVIDENCE).where(EVIDENCE.VISIT_ID.eq(visitId))
                .orderBy(EVIDENCE.ID)
                .fetch(r -> new EvidenceCitation(r.getId(), r.getUuid(), codeById.get(r.getNodeId()),
                        r.getDocNumber(), r.getDocDate(), r.getIssuer(), r.getTitle(), r.getAttachmentPath(),
                        r.getAttachmentSha256()));
        List<Finding> findings = dsl.selectFrom(FINDING).where(FINDING.VISIT_ID.eq(visitId))
                .orderBy(FINDING.POSITION, FINDING.ID)
                .fetch(r -> new Finding(r.getId(), r.getUuid(), Finding.Kind.valueOf(r.getKind()), r.getText(),
                        r.getCause(), codeById.get(r.getNodeId())));
        List<Recommendation> recommendations = dsl.selectFrom(RECOMMENDATION)
                .where(RECOMMENDATION.VISIT_ID.eq(visitId)).orderBy(RECOMMENDATION.POSITION, RECOMMENDATION.ID)
                .fetch(VisitNotesStore::toRecommendation);
        return new AnswerSheet(visitId, answers, figures, evidence, findings, recommendations);
    }

    static Answer toAnswer(String code, AnswerRecord r) {
        return new Answer(code, r.getValueText(), Boolean.TRUE.equals(r.getNotApplicable()), plain(r.getSelfScore()),
                plain(r.getManualScore()), r.getManualReason(), r.getNote(), Boolean.TRUE.equals(r.getFlagged()),
                r.getUpdatedBy(), r.getUpdatedAt());
    }

    @Override
    public Answer saveAnswer(long visitId, Answer answer, String actor) {
        return database.transaction(dsl -> {
            long node = nodes.nodeId(dsl, visitId, answer.itemCode());
            AnswerRecord r = dsl.fetchOne(ANSWER, ANSWER.VISIT_ID.eq(visitId).and(ANSWER.NODE_ID.eq(node)));
            Answer before = r == null ? Answer.empty(answer.itemCode()) : toAnswer(answer.itemCode(), r);
            r = VisitItemWriter.revised(dsl, r, visitId, node);
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
            r.setValueText(Text.nfcOrNull(answer.value()));
            r.setNotApplicable(answer.notApplicable());
            r.setSelfScore(answer.selfScore());
            r.setManualScore(answer.manualScore());
            r.setManualReason(Text.nfcOrNull(answer.manualReason()));
            r.setNote(Text.nfcOrNull(answer.note()));
            r.setFlagged(answer.flagged());
            r.setUpdatedBy(actor);
            r.setUpdatedAt(now);
            r.store();
            Answer after = toAnswer(answer.itemCode(), r);
            logAnswerChanges(dsl, visitId, r.getId(), before, after, actor, now);
            touchVisit(dsl, visitId, now);
            return after;
        });
    }

    private static void logAnswerChanges(DSLContext dsl, long visitId, long answerId, Answer before, Answer after,
                                         String actor, LocalDateTime now) {
        String entity = "answer:" + after.itemCode();
        log(dsl, visitId, entity, answerId, "value", before.value(), after.value(), null, actor, now);
        log(dsl, visitId, entity, answerId, "notApplicable", flag(before.notApplicable()),
                flag(after.notApplicable()), null, actor, now);
        log(dsl, visitId, entity, answerId, "selfScore", num(before.selfScore()), num(after.selfScore()), null,
                actor, now);
        log(dsl, visitId, entity, answerId, "manualScore", num(before.manualScore()), num(after.manualScore()),
                after.manualReason(), actor, now);
        log(dsl, visitId, entity, answerId, "note", before.note(), after.note(), null, actor, now);
        log(dsl, visitId, entity, answerId, "flagged", flag(before.flagged()), flag(after.flagged()), null, actor,
                now);
    }

    @Override
    public void saveFigure(long visitId, String figureCode, BigDecimal value, String actor) {
        database.transaction(dsl -> {
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
            BigDecimal before = dsl.select(FIGURE_VALUE.AMOUNT).from(FIGURE_VALUE)
                    .where(FIGURE_VALUE.VISIT_ID.eq(visitId).and(FIGURE_VALUE.FIGURE_CODE.eq(figureCode)))
                    .fetchOptional(FIGURE_VALUE.AMOUNT).orElse(null);
            if (value == null) {
                dsl.deleteFrom(FIGURE_VALUE)
                        .where(FIGURE_VALUE.VISIT_ID.eq(visitId).and(FIGURE_VALUE.FIGURE_CODE.eq(figureCode)))
                        .execute();
            } else {
                dsl.mergeInto(FIGURE_VALUE)
                        .using(dsl.selectOne())
                        .on(FIGURE_VALUE.VISIT_ID.eq(visitId).and(FIGURE_VALUE.FIGURE_CODE.eq(figureCode)))
                        .whenMatchedThenUpdate()
                        .set(FIGURE_VALUE.AMOUNT, value)
                        .set(FIGURE_VALUE.UPDATED_BY, actor)
                        .set(FIGURE_VALUE.UPDATED_AT, now)
                        .whenNotMatchedThenInsert(FIGURE_VALUE.VISIT_ID, FIGURE_VALUE.FIGURE_CODE, FIGURE_VALUE.AMOUNT,
                                FIGURE_VALUE.UPDATED_BY, FIGURE_VALUE.UPDATED_AT)
                        .values(visitId, figureCode, value, actor, now)
                        .execute();
            }
            log(dsl, visitId, "figure:" + figureCode, null, "value", num(before), num(value), null, actor, now);
            touchVisit(dsl, visitId, now);
            return null;
        });
    }

    @Override
    public Optional<Visit> visit(long visitId) {
        return database.dsl().fetchOptional(VISIT, VISIT.ID.eq(visitId)).map(JooqPlanRepository::toVisit);
    }

    @Override
    public void saveDetails(long visitId, VisitDetails d, String actor) {
        database.transaction(dsl -> {
            VisitDetails before = details(visitId);
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
            dsl.update(VISIT)
                    .set(VISIT.VISIT_DATE, d.date())
                    .set(VISIT.START_TIME, d.startTime())
                    .set(VISIT.END_TIME, d.endTime())
                    .set(VISIT.PLACE, Text.nfcOrNull(d.place()))
                    .set(VISIT.UNIT_OPINION, Text.nfcOrNull(d.unitOpinion()))
                    .set(VISIT.UPDATED_AT, now)
                    .where(VISIT.ID.eq(visitId)).execute();
            log(dsl, visitId, "visit", visitId, "date", Objects.toString(before.date(), null),
                    Objects.toString(d.date(), null), null, actor, now);
            log(dsl, visitId, "visit", visitId, "startTime", Objects.toString(before.startTime(), null),
                    Objects.toString(d.startTime(), null), null, actor, now);
            log(dsl, visitId, "visit", visitId, "endTime", Objects.toString(before.endTime(), null),
                    Objects.toString(d.endTime(), null), null, actor, now);
            log(dsl, visitId, "visit", visitId, "place", before.place(), Text.nfcOrNull(d.place()), null, actor,
                    now);
            log(dsl, visitId, "visit", visitId, "unitOpinion", before.unitOpinion(),
                    Text.nfcOrNull(d.unitOpinion()), null, actor, now);
            return null;
        });
    }

    @Override
    public VisitDetails details(long visitId) {
        return database.dsl().selectFrom(VISIT).where(VISIT.ID.eq(visitId))
                .fetchSingle(r -> new VisitDetails(r.getVisitDate(), r.getStartTime(), r.getEndTime(), r.getPlace(),
                        r.getUnitOpinion()));
    }

    @Override
    public Optional<Long> previousVisit(long visitId) {
        Long unitId = database.dsl().select(VISIT.UNIT_ID).from(VISIT).where(VISIT.ID.eq(visitId))
                .fetchOptional(VISIT.UNIT_ID).orElse(null);
        if (unitId == null) {
            return Optional.empty();
        }
        // visits in order: dated ones by date, undated after them, creation order within
        Comparator<Visit> order = Comparator.comparing(Visit::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Visit::id);
        List<Visit> visits = database.dsl().selectFrom(VISIT).where(VISIT.UNIT_ID.eq(unitId))
                .fetch(JooqPlanRepository::toVisit);
        Visit self = visits.stream().filter(v -> v.id() == visitId).findFirst().orElseThrow();
        return visits.stream().filter(v -> order.compare(v, self) < 0).max(order).map(Visit::id);
    }

    @Override
    public List<ChangeEntry> changeLog(long visitId) {
        return database.dsl().selectFrom(CHANGE_LOG).where(CHANGE_LOG.VISIT_ID.eq(visitId))
                .orderBy(CHANGE_LOG.ID)
                .fetch(r -> new ChangeEntry(r.getChangedAt(), r.getActor(), r.getEntity(), r.getField(),
                        r.getOldValue(), r.getNewValue(), r.getReason()));
    }

    // ---------------------------------------------------------------- evidence, findings, recommendations, attendees

    @Override
    public EvidenceCitation addEvidence(long visitId, EvidenceCitation citation, String actor) {
        return notes.addEvidence(visitId, citation, actor);
    }

    @Override
    public void removeEvidence(long visitId, long evidenceId, String actor) {
        notes.removeEvidence(visitId, evidenceId, actor);
    }

    @Override
    public Finding saveFinding(long visitId, Finding finding, String actor) {
        return notes.saveFinding(visitId, finding, actor);
    }

    @Override
    public void removeFinding(long visitId, long findingId, String actor) {
        notes.removeFinding(visitId, findingId, actor);
    }

    @Override
    public Recommendation saveRecommendation(long visitId, Recommendation recommendation, String actor) {
        return notes.saveRecommendation(visitId, recommendation, actor);
    }

    @Override
    public void removeRecommendation(long visitId, long recommendationId, String actor) {
        notes.removeRecommendation(visitId, recommendationId, actor);
    }

    @Override
    public List<Attendee> attendees(long visitId) {
        return notes.attendees(visitId);
    }

    @Override
    public Attendee addAttendee(long visitId, Attendee attendee, String actor) {
        return notes.addAttendee(visitId, attendee, actor);
    }

    @Override
    public void removeAttendee(long visitId, long attendeeId, String actor) {
        notes.removeAttendee(visitId, attendeeId, actor);
    }

    // ---------------------------------------------------------------- status, fingerprint, frozen report

    @Override
    public void setStatus(long visitId, VisitStatus newStatus, String reason, String actor) {
        status.setStatus(visitId, newStatus, reason, actor);
    }

    @Override
    public VisitContent content(long visitId) {
        return status.content(visitId);
    }

    @Override
    public Optional<FrozenReport> frozenReport(long visitId) {
        return status.frozenReport(visitId);
    }

    @Override
    public Optional<StoredFingerprint> fingerprint(long visitId) {
        return status.fingerprint(visitId);
    }

    // ---------------------------------------------------------------- #15 §1: the report part (V005)

    @Override
    public List<TeamMember> team(long visitId) {
        return reportPart.team(visitId);
    }

    @Override
    public ReportChoices reportChoices(long visitId) {
        return reportPart.reportChoices(visitId);
    }

    @Override
    public void setTeamPresent(long visitId, Set<UUID> present, String actor) {
        reportPart.setTeamPresent(visitId, present, actor);
    }

    @Override
    public void setNoUnitOpinion(long visitId, boolean noOpinion, String actor) {
        reportPart.setNoUnitOpinion(visitId, noOpinion, actor);
    }

    @Override
    public void setHandwritten(long visitId, HandwrittenPart part, String reason, String actor) {
        reportPart.setHandwritten(visitId, part, reason, actor);
    }
}
