package org.parcheck.persistence;

import static org.parcheck.persistence.ChangeLogLines.log;
import static org.parcheck.persistence.jooq.Tables.ADMIN_UNIT;
import static org.parcheck.persistence.jooq.Tables.CHANGE_LOG;
import static org.parcheck.persistence.jooq.Tables.FRAMEWORK_VERSION;
import static org.parcheck.persistence.jooq.Tables.INSPECTION_PLAN;
import static org.parcheck.persistence.jooq.Tables.RECOMMENDATION;
import static org.parcheck.persistence.jooq.Tables.TEAM_MEMBER;
import static org.parcheck.persistence.jooq.Tables.VISIT;
import static org.parcheck.persistence.jooq.Tables.VISIT_FINGERPRINT_PART;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.parcheck.answering.AnswerRepository;
import org.parcheck.answering.AnswerSheet;
import org.parcheck.answering.Recommendation;
import org.parcheck.answering.audit.FrozenReport;
import org.parcheck.answering.audit.StoredFingerprint;
import org.parcheck.answering.audit.VisitContent;
import org.parcheck.common.util.Text;
import org.parcheck.plan.AdminUnit;
import org.parcheck.plan.UnitNames;
import org.parcheck.plan.VisitStatus;

/**
 * A visit's status and what finalising seals: the frozen report (V006), the content fingerprint and its part hashes,
 * and the content they are computed from, read in one transaction.
 */
final class VisitStatusStore {

    private final Database database;
    /** The visit's answers, attendees and report choices, read for its content. */
    private final AnswerRepository repository;

    VisitStatusStore(Database database, AnswerRepository repository) {
        this.database = database;
        this.repository = repository;
    }

    /**
     * Changes the status and logs it. Finalising first freezes what the report prints from the plan, its team and
     * the unit ({@code visit.frozen_report}, V006), then stores the content fingerprint (and its part hashes)
     * computed from the content, snapshot included, read in this same transaction; any other status clears all
     * three. Both are logged.
     */
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

    public Optional<FrozenReport> frozenReport(long visitId) {
        return database.dsl().select(VISIT.FROZEN_REPORT).from(VISIT).where(VISIT.ID.eq(visitId))
                .fetchOptional(VISIT.FROZEN_REPORT).map(FrozenReportJson::read);
    }

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
            AnswerSheet sheet = repository.load(visitId);
            List<Long> carried = sheet.recommendations().stream().map(Recommendation::carriedFromId)
                    .filter(Objects::nonNull).toList();
            Map<Long, UUID> carriedUuids = new HashMap<>();
            if (!carried.isEmpty()) {
                dsl.select(RECOMMENDATION.ID, RECOMMENDATION.UUID).from(RECOMMENDATION)
                        .where(RECOMMENDATION.ID.in(carried))
                        .forEach(r -> carriedUuids.put(r.value1(), r.value2()));
            }
            return new VisitContent(v.value1(), v.value2(), v.value3(), v.value4(), v.value5(), v.value6(),
                    v.value7(), v.value8(), v.value9(), v.value10(), repository.attendees(visitId), sheet.figures(),
                    sheet.answers(), sheet.evidence(), sheet.findings(), sheet.recommendations(), carriedUuids,
                    FrozenReportJson.read(v.value11()), v.value11() == null || v.value4() == null ? null
                    : frameworkContentHash(v.value4()), repository.reportChoices(visitId));
        });
    }

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
}
