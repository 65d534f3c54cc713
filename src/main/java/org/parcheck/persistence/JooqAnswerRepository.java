package org.parcheck.persistence;

import static org.parcheck.common.util.Numbers.plain;
import static org.parcheck.persistence.jooq.Tables.ADMIN_UNIT;
import static org.parcheck.persistence.jooq.Tables.ANSWER;
import static org.parcheck.persistence.jooq.Tables.CHANGE_LOG;
import static org.parcheck.persistence.jooq.Tables.CRITERION_NODE;
import static org.parcheck.persistence.jooq.Tables.EVIDENCE;
import static org.parcheck.persistence.jooq.Tables.FIGURE_VALUE;
import static org.parcheck.persistence.jooq.Tables.FINDING;
import static org.parcheck.persistence.jooq.Tables.FRAMEWORK_VERSION;
import static org.parcheck.persistence.jooq.Tables.INSPECTION_PLAN;
import static org.parcheck.persistence.jooq.Tables.RECOMMENDATION;
import static org.parcheck.persistence.jooq.Tables.TEAM_MEMBER;
import static org.parcheck.persistence.jooq.Tables.VISIT;
import static org.parcheck.persistence.jooq.Tables.VISIT_ATTENDEE;
import static org.parcheck.persistence.jooq.Tables.VISIT_FINGERPRINT_PART;
import static org.parcheck.persistence.jooq.Tables.VISIT_HANDWRITTEN;
import static org.parcheck.persistence.jooq.Tables.VISIT_TEAM_PRESENT;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
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
import org.parcheck.persistence.jooq.tables.records.EvidenceRecord;
import org.parcheck.persistence.jooq.tables.records.FindingRecord;
import org.parcheck.persistence.jooq.tables.records.RecommendationRecord;
import org.parcheck.plan.AdminUnit;
import org.parcheck.plan.UnitNames;
import org.parcheck.plan.TeamMember;
import org.parcheck.plan.TeamRole;
import org.parcheck.plan.Visit;
import org.parcheck.plan.VisitStatus;

/** A visit's answers, figures, evidence, findings and recommendations, each save logged. */
public final class JooqAnswerRepository implements AnswerRepository {

    private final Database database;
    /** Item code → node id per visit; a visit's framework version is published and never changes. */
    private final Map<Long, Map<String, Long>> nodeIds = new ConcurrentHashMap<>();

    public JooqAnswerRepository(Database database) {
        this.database = database;
    }

    private Map<String, Long> nodes(DSLContext dsl, long visitId) {
        return nodeIds.computeIfAbsent(visitId, id -> {
            Map<String, Long> map = new HashMap<>();
            dsl.select(CRITERION_NODE.CODE, CRITERION_NODE.ID).from(CRITERION_NODE)
                    .join(VISIT).on(VISIT.FRAMEWORK_VERSION_ID.eq(CRITERION_NODE.FRAMEWORK_VERSION_ID))
                    .where(VISIT.ID.eq(id))
                    .forEach(r -> map.put(r.value1(), r.value2()));
            return map;
        });
    }

    private long nodeId(DSLContext dsl, long visitId, String code) {
        Long id = nodes(dsl, visitId).get(code);
        if (id == null) {
            throw new IllegalArgumentException("Item " + code + " is not in the framework of visit " + visitId);
        }
        return id;
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
        nodes(dsl, visitId).forEach((code, id) -> codeById.put(id, code));
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
                .fetch(JooqAnswerRepository::toRecommendation);
        return new AnswerSheet(visitId, answers, figures, evidence, findings, recommendations);
    }

    static Recommendation toRecommendation(RecommendationRecord r) {
        return new Recommendation(r.getId(), r.getUuid(), r.getText(), r.getResponsibleParty(), r.getDeadline(),
                Recommendation.Status.valueOf(r.getStatus()), r.getCarriedFromId());
    }

    private static Answer toAnswer(String code, AnswerRecord r) {
        return new Answer(code, r.getValueText(), Boolean.TRUE.equals(r.getNotApplicable()), plain(r.getSelfScore()),
                plain(r.getManualScore()), r.getManualReason(), r.getNote(), Boolean.TRUE.equals(r.getFlagged()),
                r.getUpdatedBy(), r.getUpdatedAt());
    }

    @Override
    public Answer saveAnswer(long visitId, Answer answer, String actor) {
        return database.transaction(dsl -> {
            long node = nodeId(dsl, visitId, answer.itemCode());
            AnswerRecord r = dsl.fetchOne(ANSWER, ANSWER.VISIT_ID.eq(visitId).and(ANSWER.NODE_ID.eq(node)));
            Answer before = r == null ? Answer.empty(answer.itemCode()) : toAnswer(answer.itemCode(), r);
            if (r == null) {
                r = dsl.newRecord(ANSWER);
                r.setUuid(UUID.randomUUID());
                r.setVisitId(visitId);
                r.setNodeId(node);
                r.setRevision(0L);
            } else {
                r.setRevision(r.getRevision() + 1);
            }
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

    private static String flag(boolean value) {
        return value ? "true" : null;
    }

    private static String num(BigDecimal value) {
        return value == null ? null : plain(value).toPlainString();
    }

    /** Appends one change-log line when the value changed. */
    static void log(DSLContext dsl, Long visitId, String entity, Long entityId, String field, String oldValue,
                    String newValue, String reason, String actor, LocalDateTime at) {
        if (Objects.equals(oldValue, newValue)) {
            return;
        }
        dsl.insertInto(CHANGE_LOG)
                .set(CHANGE_LOG.CHANGED_AT, at)
                .set(CHANGE_LOG.ACTOR, actor)
                .set(CHANGE_LOG.VISIT_ID, visitId)
                .set(CHANGE_LOG.ENTITY, entity)
                .set(CHANGE_LOG.ENTITY_ID, entityId)
                .set(CHANGE_LOG.FIELD, field)
                .set(CHANGE_LOG.OLD_VALUE, oldValue)
                .set(CHANGE_LOG.NEW_VALUE, newValue)
                .set(CHANGE_LOG.REASON, reason)
                .execute();
    }

    /** How the change log names a document: its number/symbol and title, whichever it has ("" for neither). */
    static String documentLabel(String docNumber, String title) {
        return String.join(" ", Stream.of(docNumber, title).filter(t -> t != null && !t.isBlank())
                .toList());
    }

    private static void touchVisit(DSLContext dsl, long visitId, LocalDateTime now) {
        dsl.update(VISIT).set(VISIT.UPDATED_AT, now).set(VISIT.REVISION, VISIT.REVISION.plus(1))
                .set(VISIT.STATUS, DSL.when(VISIT.STATUS.eq("PLANNED"), "IN_PROGRESS").otherwise(VISIT.STATUS))
                .where(VISIT.ID.eq(visitId)).execute();
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
    public EvidenceCitation addEvidence(long visitId, EvidenceCitation c, String actor) {
        return database.transaction(dsl -> {
            EvidenceRecord r = dsl.newRecord(EVIDENCE);
            r.setUuid(c.uuid());
            r.setVisitId(visitId);
            r.setNodeId(c.itemCode() == null ? null : nodeId(dsl, visitId, c.itemCode()));
            r.setDocNumber(Text.nfcOrNull(c.docNumber()));
            r.setDocDate(c.docDate());
            r.setIssuer(Text.nfcOrNull(c.issuer()));
            r.setTitle(Text.nfcOrNull(c.title()));
            r.setAttachmentPath(c.attachmentPath());
            r.setAttachmentSha256(c.attachmentSha256());
            r.store();
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
            log(dsl, visitId, "evidence:" + c.itemCode(), r.getId(), "document", null,
                    documentLabel(r.getDocNumber(), r.getTitle()), null, actor, now);
            touchVisit(dsl, visitId, now);
            return new EvidenceCitation(r.getId(), c.uuid(), c.itemCode(), r.getDocNumber(), r.getDocDate(),
                    r.getIssuer(), r.getTitle(), r.getAttachmentPath(), r.getAttachmentSha256());
        });
    }

    @Override
    public void removeEvidence(long visitId, long evidenceId, String actor) {
        database.transaction(dsl -> {
            EvidenceRecord r = dsl.fetchOne(EVIDENCE, EVIDENCE.ID.eq(evidenceId).and(EVIDENCE.VISIT_ID.eq(visitId)));
            if (r != null) {
                r.delete();
                LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
                log(dsl, visitId, "evidence", evidenceId, "document", documentLabel(r.getDocNumber(), r.getTitle()),
                        null, null, actor, now);
                touchVisit(dsl, visitId, now);
            }
            return null;
        });
    }

    @Override
    public Finding saveFinding(long visitId, Finding f, String actor) {
        return database.transaction(dsl -> {
            FindingRecord r = f.id() == null ? null : dsl.fetchOne(FINDING, FINDING.ID.eq(f.id()));
            String before = r == null ? null : r.getText();
            if (r == null) {
                r = dsl.newRecord(FINDING);
                r.setUuid(f.uuid());
                r.setVisitId(visitId);
                r.setPosition(dsl.fetchCount(FINDING, FINDING.VISIT_ID.eq(visitId)));
            }
            r.setKind(f.kind().name());
            r.setText(Text.nfc(f.text()));
            r.setCause(Text.nfcOrNull(f.cause()));
            r.setNodeId(f.itemCode() == null ? null : nodeId(dsl, visitId, f.itemCode()));
            r.store();
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
            log(dsl, visitId, "finding:" + f.kind(), r.getId(), "text", before, r.getText(), null, actor, now);
            touchVisit(dsl, visitId, now);
            return new Finding(r.getId(), f.uuid(), f.kind(), r.getText(), r.getCause(), f.itemCode());
        });
    }

    @Override
    public void removeFinding(long visitId, long findingId, String actor) {
        database.transaction(dsl -> {
            FindingRecord r = dsl.fetchOne(FINDING, FINDING.ID.eq(findingId).and(FINDING.VISIT_ID.eq(visitId)));
            if (r != null) {
                r.delete();
                log(dsl, visitId, "finding", findingId, "text", r.getText(), null, null, actor,
                        LocalDateTime.now(ZoneOffset.UTC));
            }
            return null;
        });
    }

    @Override
    public Recommendation saveRecommendation(long visitId, Recommendation rec, String actor) {
        return database.transaction(dsl -> {
            RecommendationRecord r = rec.id() == null ? null
                    : dsl.fetchOne(RECOMMENDATION, RECOMMENDATION.ID.eq(rec.id()));
            String before = r == null ? null : r.getText() + " [" + r.getStatus() + "]";
            if (r == null) {
                r = dsl.newRecord(RECOMMENDATION);
                r.setUuid(rec.uuid());
                r.setVisitId(visitId);
                r.setPosition(dsl.fetchCount(RECOMMENDATION, RECOMMENDATION.VISIT_ID.eq(visitId)));
            }
            r.setText(Text.nfc(rec.text()));
            r.setResponsibleParty(Text.nfcOrNull(rec.responsibleParty()));
            r.setDeadline(rec.deadline());
            r.setStatus(rec.status().name());
            r.setCarriedFromId(rec.carriedFromId());
            r.store();
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
            log(dsl, visitId, "recommendation", r.getId(), "text", before, r.getText() + " [" + r.getStatus() + "]",
                    null, actor, now);
            touchVisit(dsl, visitId, now);
            return toRecommendation(r);
        });
    }

    @Override
    public void removeRecommendation(long visitId, long recommendationId, String actor) {
        database.transaction(dsl -> {
            RecommendationRecord r = dsl.fetchOne(RECOMMENDATION,
                    RECOMMENDATION.ID.eq(recommendationId).and(RECOMMENDATION.VISIT_ID.eq(visitId)));
            if (r != null) {
                r.delete();
                log(dsl, visitId, "recommendation", recommendationId, "text", r.getText(), null, null, actor,
                        LocalDateTime.now(ZoneOffset.UTC));
            }
            return null;
        });
    }

    @Override
    public Optional<Visit> visit(long visitId) {
        return database.dsl().fetchOptional(VISIT, VISIT.ID.eq(visitId)).map(JooqPlanRepository::toVisit);
    }

    /**
     * Changes the status and logs it. Finalising first freezes what the report prints from the plan, its team and
     * the unit ({@code visit.frozen_report}, V006), then stores the content fingerprint (and its part hashes)
     * computed from the content, snapshot included, read in this same transaction; any other status clears all
     * three. Both are logged.
     */
    @Override
    public void setStatus(long visitId, VisitStatus status, String reason, String actor) {
        database.transaction(dsl -> {
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
            var visit = dsl.select(VISIT.STATUS, VISIT.FINGERPRINT).from(VISIT).where(VISIT.ID.eq(visitId))
                    .fetchSingle();
            String before = visit.value1();
            String fingerprintBefore = visit.value2();
            // --- #15 frozen report: the snapshot goes in before the content is read for the fingerprint ---
            dsl.update(VISIT).set(VISIT.FROZEN_REPORT, status == VisitStatus.FINALISED
                    ? FrozenReportJson.write(freeze(dsl, visitId)) : null).where(VISIT.ID.eq(visitId)).execute();
            StoredFingerprint fingerprint = status == VisitStatus.FINALISED
                    ? StoredFingerprint.of(content(visitId), now) : null;
            dsl.update(VISIT)
                    .set(VISIT.STATUS, status.name())
                    .set(VISIT.FINALISED_AT, status == VisitStatus.FINALISED ? now : null)
                    .set(VISIT.FINGERPRINT, fingerprint == null ? null : fingerprint.sha256())
                    .set(VISIT.UPDATED_AT, now)
                    .set(VISIT.REVISION, VISIT.REVISION.plus(1))
                    .where(VISIT.ID.eq(visitId)).execute();
            dsl.deleteFrom(VISIT_FINGERPRINT_PART).where(VISIT_FINGERPRINT_PART.VISIT_ID.eq(visitId)).execute();
            if (fingerprint != null) {
                var insert = dsl.insertInto(VISIT_FINGERPRINT_PART, VISIT_FINGERPRINT_PART.VISIT_ID,
                        VISIT_FINGERPRINT_PART.PART_KEY, VISIT_FINGERPRINT_PART.SHA256);
                fingerprint.parts().forEach((key, hash) -> insert.values(visitId, key, hash));
                insert.execute();
            }
            dsl.insertInto(CHANGE_LOG)
                    .set(CHANGE_LOG.CHANGED_AT, now)
                    .set(CHANGE_LOG.ACTOR, actor)
                    .set(CHANGE_LOG.VISIT_ID, visitId)
                    .set(CHANGE_LOG.ENTITY, "visit")
                    .set(CHANGE_LOG.ENTITY_ID, visitId)
                    .set(CHANGE_LOG.FIELD, "status")
                    .set(CHANGE_LOG.OLD_VALUE, before)
                    .set(CHANGE_LOG.NEW_VALUE, status.name())
                    .set(CHANGE_LOG.REASON, Text.nfcOrNull(reason))
                    .execute();
            log(dsl, visitId, "visit", visitId, "fingerprint", fingerprintBefore,
                    fingerprint == null ? null : fingerprint.sha256(), Text.nfcOrNull(reason), actor, now);
            return null;
        });
    }

    /**
     * What the report prints from the plan, its team and the unit, read now (#15 §2): the plan's header, the team
     * in plan order, and the unit's printed name (as {@code AnswerService.open} gives it).
     */
    private static FrozenReport freeze(DSLContext dsl, long visitId) {
        var v = dsl.select(VISIT.PLAN_ID, VISIT.UNIT_ID, DSL.coalesce(VISIT.CONTENT_UNIT_UUID, ADMIN_UNIT.UUID))
                .from(VISIT).join(ADMIN_UNIT).on(ADMIN_UNIT.ID.eq(VISIT.UNIT_ID))
                .where(VISIT.ID.eq(visitId)).fetchSingle();
        var plan = dsl.fetchSingle(INSPECTION_PLAN, INSPECTION_PLAN.ID.eq(v.value1()));
        List<FrozenReport.Member> team = dsl.selectFrom(TEAM_MEMBER).where(TEAM_MEMBER.PLAN_ID.eq(plan.getId()))
                .orderBy(TEAM_MEMBER.POSITION, TEAM_MEMBER.ID)
                .fetch(m -> new FrozenReport.Member(m.getUuid(), m.getPosition(), m.getFullName(), m.getJobTitle(),
                        m.getAgency(), m.getRole()));
        AdminUnit unit = JooqUnitRepository.toUnit(dsl.fetchSingle(ADMIN_UNIT, ADMIN_UNIT.ID.eq(v.value2())));
        Map<Long, AdminUnit> byId = new HashMap<>();
        byId.put(unit.id(), unit);
        if (unit.parentId() != null) {
            dsl.fetchOptional(ADMIN_UNIT, ADMIN_UNIT.ID.eq(unit.parentId()))
                    .ifPresent(p -> byId.put(p.getId(), JooqUnitRepository.toUnit(p)));
        }
        return new FrozenReport(plan.getUuid(), plan.getNumberSymbol(), plan.getIssuedDate(), plan.getIssuingBody(),
                plan.getParentBody(), plan.getTitle(), plan.getLegalBasis(), plan.getPlanYear(), plan.getPlaceName(),
                v.value3(), UnitNames.displayName(unit, byId), team, null);
    }

    /** The content hash of a framework version as stored now ({@link FrameworkContentHash}; #15 §2). */
    private String frameworkContentHash(UUID versionUuid) {
        return FrameworkContentHash.of(database.dsl(), versionUuid);
    }

    @Override
    public Optional<FrozenReport> frozenReport(long visitId) {
        return database.dsl().select(VISIT.FROZEN_REPORT).from(VISIT).where(VISIT.ID.eq(visitId))
                .fetchOptional(VISIT.FROZEN_REPORT).map(FrozenReportJson::read);
    }

    @Override
    public VisitContent content(long visitId) {
        return database.transaction(dsl -> {
            // the unit as the visit was made with it, when this laptop knows the unit under another uuid (V004)
            var v = dsl.select(VISIT.UUID, INSPECTION_PLAN.UUID, DSL.coalesce(VISIT.CONTENT_UNIT_UUID, ADMIN_UNIT.UUID),
                            FRAMEWORK_VERSION.UUID,
                            VISIT.VISIT_DATE, VISIT.START_TIME, VISIT.END_TIME, VISIT.PLACE, VISIT.REPORT_NUMBER,
                            VISIT.UNIT_OPINION, VISIT.FROZEN_REPORT)
                    .from(VISIT)
                    .join(INSPECTION_PLAN).on(INSPECTION_PLAN.ID.eq(VISIT.PLAN_ID))
                    .join(ADMIN_UNIT).on(ADMIN_UNIT.ID.eq(VISIT.UNIT_ID))
                    .leftJoin(FRAMEWORK_VERSION).on(FRAMEWORK_VERSION.ID.eq(VISIT.FRAMEWORK_VERSION_ID))
                    .where(VISIT.ID.eq(visitId)).fetchSingle();
            AnswerSheet sheet = load(visitId);
            List<Long> carried = sheet.recommendations().stream().map(Recommendation::carriedFromId)
                    .filter(Objects::nonNull).toList();
            Map<Long, UUID> carriedUuids = new HashMap<>();
            if (!carried.isEmpty()) {
                dsl.select(RECOMMENDATION.ID, RECOMMENDATION.UUID).from(RECOMMENDATION)
                        .where(RECOMMENDATION.ID.in(carried))
                        .forEach(r -> carriedUuids.put(r.value1(), r.value2()));
            }
            return new VisitContent(v.value1(), v.value2(), v.value3(), v.value4(), v.value5(), v.value6(),
                    v.value7(), v.value8(), v.value9(), v.value10(), attendees(visitId), sheet.figures(),
                    sheet.answers(), sheet.evidence(), sheet.findings(), sheet.recommendations(), carriedUuids,
                    FrozenReportJson.read(v.value11()), v.value11() == null || v.value4() == null ? null
                    : frameworkContentHash(v.value4()), reportChoices(visitId));
        });
    }

    @Override
    public Optional<StoredFingerprint> fingerprint(long visitId) {
        DSLContext dsl = database.dsl();
        var v = dsl.select(VISIT.FINGERPRINT, VISIT.FINALISED_AT).from(VISIT).where(VISIT.ID.eq(visitId))
                .fetchOptional().orElse(null);
        if (v == null || v.value1() == null) {
            return Optional.empty();
        }
        Map<String, String> parts = new HashMap<>();
        dsl.selectFrom(VISIT_FINGERPRINT_PART).where(VISIT_FINGERPRINT_PART.VISIT_ID.eq(visitId))
                .forEach(r -> parts.put(r.getPartKey(), r.getSha256()));
        return Optional.of(new StoredFingerprint(v.value1(), v.value2(), parts));
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
    public List<Attendee> attendees(long visitId) {
        return database.dsl().selectFrom(VISIT_ATTENDEE).where(VISIT_ATTENDEE.VISIT_ID.eq(visitId))
                .orderBy(VISIT_ATTENDEE.POSITION, VISIT_ATTENDEE.ID)
                .fetch(r -> new Attendee(r.getId(), r.getUuid(), r.getFullName(), r.getJobTitle(),
                        Boolean.TRUE.equals(r.getIsRepresentative())));
    }

    @Override
    public Attendee addAttendee(long visitId, Attendee a, String actor) {
        return database.transaction(dsl -> {
            long id = dsl.insertInto(VISIT_ATTENDEE)
                    .set(VISIT_ATTENDEE.UUID, a.uuid())
                    .set(VISIT_ATTENDEE.VISIT_ID, visitId)
                    .set(VISIT_ATTENDEE.POSITION, dsl.fetchCount(VISIT_ATTENDEE, VISIT_ATTENDEE.VISIT_ID.eq(visitId)))
                    .set(VISIT_ATTENDEE.FULL_NAME, Text.nfc(a.fullName()))
                    .set(VISIT_ATTENDEE.JOB_TITLE, Text.nfcOrNull(a.jobTitle()))
                    .set(VISIT_ATTENDEE.IS_REPRESENTATIVE, a.representative())
                    .returning(VISIT_ATTENDEE.ID).fetchSingle().getId();
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
            log(dsl, visitId, "attendee", id, "name", null, Text.nfc(a.fullName()), null, actor, now);
            touchVisit(dsl, visitId, now);
            return new Attendee(id, a.uuid(), Text.nfc(a.fullName()), Text.nfcOrNull(a.jobTitle()),
                    a.representative());
        });
    }

    @Override
    public void removeAttendee(long visitId, long attendeeId, String actor) {
        database.transaction(dsl -> {
            var r = dsl.fetchOne(VISIT_ATTENDEE, VISIT_ATTENDEE.ID.eq(attendeeId)
                    .and(VISIT_ATTENDEE.VISIT_ID.eq(visitId)));
            if (r != null) {
                r.delete();
                log(dsl, visitId, "attendee", attendeeId, "name", r.getFullName(), null, null, actor,
                        LocalDateTime.now(ZoneOffset.UTC));
            }
            return null;
        });
    }

    // --- #15 §1: the report part (V005) ---------------------------------------------------------------------

    @Override
    public List<TeamMember> team(long visitId) {
        return database.dsl().selectFrom(TEAM_MEMBER)
                .where(TEAM_MEMBER.PLAN_ID.eq(DSL.select(VISIT.PLAN_ID).from(VISIT).where(VISIT.ID.eq(visitId))))
                .orderBy(TEAM_MEMBER.POSITION, TEAM_MEMBER.ID)
                .fetch(m -> new TeamMember(m.getId(), m.getUuid(), m.getPosition(), m.getFullName(), m.getJobTitle(),
                        m.getAgency(), TeamRole.valueOf(m.getRole())));
    }

    @Override
    public ReportChoices reportChoices(long visitId) {
        DSLContext dsl = database.dsl();
        Set<UUID> present = new HashSet<>(dsl.select(VISIT_TEAM_PRESENT.TEAM_MEMBER_UUID).from(VISIT_TEAM_PRESENT)
                .where(VISIT_TEAM_PRESENT.VISIT_ID.eq(visitId)).fetch(VISIT_TEAM_PRESENT.TEAM_MEMBER_UUID));
        boolean noOpinion = Boolean.TRUE.equals(dsl.select(VISIT.NO_UNIT_OPINION).from(VISIT)
                .where(VISIT.ID.eq(visitId)).fetchOne(VISIT.NO_UNIT_OPINION));
        Map<HandwrittenPart, String> handwritten = new EnumMap<>(HandwrittenPart.class);
        dsl.selectFrom(VISIT_HANDWRITTEN).where(VISIT_HANDWRITTEN.VISIT_ID.eq(visitId))
                .forEach(r -> handwritten.put(HandwrittenPart.valueOf(r.getPart()), r.getReason()));
        return new ReportChoices(present, noOpinion, handwritten);
    }

    @Override
    public void setTeamPresent(long visitId, Set<UUID> present, String actor) {
        database.transaction(dsl -> {
            Set<UUID> before = reportChoices(visitId).teamPresent();
            Map<UUID, String> names = new HashMap<>();
            team(visitId).forEach(m -> names.put(m.uuid(), m.fullName()));
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
            for (UUID member : before) {
                if (!present.contains(member)) {
                    dsl.deleteFrom(VISIT_TEAM_PRESENT).where(VISIT_TEAM_PRESENT.VISIT_ID.eq(visitId)
                            .and(VISIT_TEAM_PRESENT.TEAM_MEMBER_UUID.eq(member))).execute();
                    log(dsl, visitId, "team:" + names.getOrDefault(member, member.toString()), null, "present",
                            "true", null, null, actor, now);
                }
            }
            for (UUID member : present) {
                if (!before.contains(member)) {
                    dsl.insertInto(VISIT_TEAM_PRESENT).set(VISIT_TEAM_PRESENT.VISIT_ID, visitId)
                            .set(VISIT_TEAM_PRESENT.TEAM_MEMBER_UUID, member).execute();
                    log(dsl, visitId, "team:" + names.getOrDefault(member, member.toString()), null, "present",
                            null, "true", null, actor, now);
                }
            }
            touchVisit(dsl, visitId, now);
            return null;
        });
    }

    @Override
    public void setNoUnitOpinion(long visitId, boolean noOpinion, String actor) {
        database.transaction(dsl -> {
            boolean before = reportChoices(visitId).noUnitOpinion();
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
            dsl.update(VISIT).set(VISIT.NO_UNIT_OPINION, noOpinion).where(VISIT.ID.eq(visitId)).execute();
            log(dsl, visitId, "visit", visitId, "noUnitOpinion", flag(before), flag(noOpinion), null, actor, now);
            touchVisit(dsl, visitId, now);
            return null;
        });
    }

    @Override
    public void setHandwritten(long visitId, HandwrittenPart part, String reason, String actor) {
        database.transaction(dsl -> {
            String before = reportChoices(visitId).handwrittenReason(part);
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
            dsl.deleteFrom(VISIT_HANDWRITTEN).where(VISIT_HANDWRITTEN.VISIT_ID.eq(visitId)
                    .and(VISIT_HANDWRITTEN.PART.eq(part.name()))).execute();
            if (reason != null) {
                dsl.insertInto(VISIT_HANDWRITTEN).set(VISIT_HANDWRITTEN.VISIT_ID, visitId)
                        .set(VISIT_HANDWRITTEN.PART, part.name()).set(VISIT_HANDWRITTEN.REASON, reason).execute();
            }
            log(dsl, visitId, "visit", visitId, handwrittenField(part), before, reason, reason, actor, now);
            touchVisit(dsl, visitId, now);
            return null;
        });
    }

    /** The change log's field for a part left to write by hand: "handwrittenTimes", "handwrittenOpinion"… */
    static String handwrittenField(HandwrittenPart part) {
        String name = part.name();
        return "handwritten" + name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    // --- end #15 §1 -----------------------------------------------------------------------------------------

    @Override
    public List<ChangeEntry> changeLog(long visitId) {
        return database.dsl().selectFrom(CHANGE_LOG).where(CHANGE_LOG.VISIT_ID.eq(visitId))
                .orderBy(CHANGE_LOG.ID)
                .fetch(r -> new ChangeEntry(r.getChangedAt(), r.getActor(), r.getEntity(), r.getField(),
                        r.getOldValue(), r.getNewValue(), r.getReason()));
    }
}
