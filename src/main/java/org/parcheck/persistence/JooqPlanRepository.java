package org.parcheck.persistence;

import static org.parcheck.persistence.jooq.Tables.ANSWER;
import static org.parcheck.persistence.jooq.Tables.FIGURE_VALUE;
import static org.parcheck.persistence.jooq.Tables.INSPECTION_PLAN;
import static org.parcheck.persistence.jooq.Tables.PLAN_FRAMEWORK;
import static org.parcheck.persistence.jooq.Tables.TEAM_MEMBER;
import static org.parcheck.persistence.jooq.Tables.VISIT;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.parcheck.common.domain.UnitType;
import org.parcheck.common.util.Text;
import org.parcheck.persistence.jooq.tables.records.InspectionPlanRecord;
import org.parcheck.persistence.jooq.tables.records.TeamMemberRecord;
import org.parcheck.persistence.jooq.tables.records.VisitRecord;
import org.parcheck.plan.Plan;
import org.parcheck.plan.PlanOverview;
import org.parcheck.plan.PlanRepository;
import org.parcheck.plan.TeamMember;
import org.parcheck.plan.TeamRole;
import org.parcheck.plan.Visit;
import org.parcheck.plan.VisitStatus;

/** Plans, teams and visits in H2 through jOOQ. */
public final class JooqPlanRepository implements PlanRepository {

    private final Database database;

    public JooqPlanRepository(Database database) {
        this.database = database;
    }

    @Override
    public Plan insert(Plan plan, List<TeamMember> team) {
        return database.transaction(dsl -> {
            InspectionPlanRecord r = dsl.newRecord(INSPECTION_PLAN);
            r.setUuid(plan.uuid());
            fillPlan(r, plan);
            r.store();
            for (TeamMember member : team) {
                insertMember(dsl, r.getId(), member);
            }
            return plan.withId(r.getId());
        });
    }

    private static void fillPlan(InspectionPlanRecord r, Plan plan) {
        r.setNumberSymbol(Text.nfc(plan.numberSymbol().strip()));
        r.setIssuedDate(plan.issuedDate());
        r.setIssuingBody(Text.nfc(plan.issuingBody().strip()));
        r.setParentBody(Text.nfcOrNull(plan.parentBody()));
        r.setTitle(Text.nfc(plan.title().strip()));
        r.setLegalBasis(Text.nfcOrNull(plan.legalBasis()));
        r.setPlanYear(plan.year());
        r.setPlaceName(Text.nfcOrNull(plan.placeName()));
        r.setIsDemo(plan.demo());
    }

    @Override
    public void update(Plan plan) {
        InspectionPlanRecord r = database.dsl().fetchSingle(INSPECTION_PLAN, INSPECTION_PLAN.ID.eq(plan.id()));
        fillPlan(r, plan);
        r.setUpdatedAt(LocalDateTime.now(ZoneOffset.UTC));
        r.store();
    }

    @Override
    public void replaceTeam(long planId, List<TeamMember> team) {
        database.transaction(dsl -> {
            dsl.deleteFrom(TEAM_MEMBER).where(TEAM_MEMBER.PLAN_ID.eq(planId)).execute();
            int position = 1;
            for (TeamMember member : team) {
                insertMember(dsl, planId, new TeamMember(null, member.uuid(), position++, member.fullName(),
                        member.jobTitle(), member.agency(), member.role()));
            }
            return null;
        });
    }

    @Override
    public void replaceFrameworks(long planId, Map<UnitType, Long> frameworks) {
        database.transaction(dsl -> {
            dsl.deleteFrom(PLAN_FRAMEWORK).where(PLAN_FRAMEWORK.PLAN_ID.eq(planId)).execute();
            frameworks.forEach((type, versionId) -> dsl.insertInto(PLAN_FRAMEWORK)
                    .set(PLAN_FRAMEWORK.PLAN_ID, planId)
                    .set(PLAN_FRAMEWORK.UNIT_TYPE, type.name())
                    .set(PLAN_FRAMEWORK.FRAMEWORK_VERSION_ID, versionId)
                    .execute());
            return null;
        });
    }

    @Override
    public void updateVisit(Visit visit) {
        database.dsl().update(VISIT)
                .set(VISIT.UNIT_ID, visit.unitId())
                // moved to another unit: identified by that unit from now on (V004)
                .set(VISIT.CONTENT_UNIT_UUID, DSL.when(VISIT.UNIT_ID.eq(visit.unitId()), VISIT.CONTENT_UNIT_UUID)
                        .otherwise(DSL.inline((UUID) null, VISIT.CONTENT_UNIT_UUID)))
                .set(VISIT.FRAMEWORK_VERSION_ID, visit.frameworkVersionId())
                .set(VISIT.VISIT_DATE, visit.date())
                .set(VISIT.PLACE, Text.nfcOrNull(visit.place()))
                .set(VISIT.REVISION, VISIT.REVISION.plus(1))
                .set(VISIT.UPDATED_AT, LocalDateTime.now(ZoneOffset.UTC))
                .where(VISIT.ID.eq(visit.id()))
                .execute();
    }

    @Override
    public void deleteVisit(long visitId) {
        database.dsl().deleteFrom(VISIT).where(VISIT.ID.eq(visitId)).execute();
    }

    @Override
    public Map<Long, Integer> answerCounts(long planId) {
        Map<Long, Integer> counts = new HashMap<>();
        database.dsl().select(ANSWER.VISIT_ID, DSL.count()).from(ANSWER).join(VISIT).on(VISIT.ID.eq(ANSWER.VISIT_ID))
                .where(VISIT.PLAN_ID.eq(planId)).groupBy(ANSWER.VISIT_ID)
                .forEach(r -> counts.merge(r.value1(), r.value2(), Integer::sum));
        database.dsl().select(FIGURE_VALUE.VISIT_ID, DSL.count()).from(FIGURE_VALUE).join(VISIT)
                .on(VISIT.ID.eq(FIGURE_VALUE.VISIT_ID))
                .where(VISIT.PLAN_ID.eq(planId)).groupBy(FIGURE_VALUE.VISIT_ID)
                .forEach(r -> counts.merge(r.value1(), r.value2(), Integer::sum));
        return counts;
    }

    private static void insertMember(DSLContext dsl, long planId, TeamMember member) {
        TeamMemberRecord m = dsl.newRecord(TEAM_MEMBER);
        m.setUuid(member.uuid());
        m.setPlanId(planId);
        m.setPosition(member.position());
        m.setFullName(Text.nfc(member.fullName()));
        m.setJobTitle(Text.nfcOrNull(member.jobTitle()));
        m.setAgency(Text.nfcOrNull(member.agency()));
        m.setRole(member.role().name());
        m.store();
    }

    @Override
    public Optional<Plan> find(long id) {
        return database.dsl().fetchOptional(INSPECTION_PLAN, INSPECTION_PLAN.ID.eq(id))
                .map(JooqPlanRepository::toPlan);
    }

    @Override
    public List<PlanOverview> overviews() {
        Field<Integer> total = DSL.count(VISIT.ID).as("total");
        Field<Integer> planned = countStatus(VisitStatus.PLANNED, "planned");
        Field<Integer> inProgress = countStatus(VisitStatus.IN_PROGRESS, "in_progress");
        Field<Integer> finalised = countStatus(VisitStatus.FINALISED, "finalised");
        return database.dsl()
                .select(INSPECTION_PLAN.asterisk(), total, planned, inProgress, finalised)
                .from(INSPECTION_PLAN)
                .leftJoin(VISIT).on(VISIT.PLAN_ID.eq(INSPECTION_PLAN.ID))
                .groupBy(INSPECTION_PLAN.fields())
                .orderBy(INSPECTION_PLAN.PLAN_YEAR.desc(), INSPECTION_PLAN.ISSUED_DATE.desc(),
                        INSPECTION_PLAN.ID.desc())
                .fetch(row -> new PlanOverview(toPlan(row.into(INSPECTION_PLAN)), row.get(total), row.get(planned),
                        row.get(inProgress), row.get(finalised)));
    }

    private static Field<Integer> countStatus(VisitStatus status, String alias) {
        return DSL.count(VISIT.ID).filterWhere(VISIT.STATUS.eq(status.name())).as(alias);
    }

    @Override
    public List<TeamMember> team(long planId) {
        return database.dsl().selectFrom(TEAM_MEMBER).where(TEAM_MEMBER.PLAN_ID.eq(planId))
                .orderBy(TEAM_MEMBER.POSITION, TEAM_MEMBER.ID)
                .fetch(m -> new TeamMember(m.getId(), m.getUuid(), m.getPosition(), m.getFullName(), m.getJobTitle(),
                        m.getAgency(), TeamRole.valueOf(m.getRole())));
    }

    @Override
    public Visit insertVisit(Visit visit) {
        VisitRecord r = database.dsl().newRecord(VISIT);
        r.setUuid(visit.uuid());
        r.setPlanId(visit.planId());
        r.setUnitId(visit.unitId());
        r.setFrameworkVersionId(visit.frameworkVersionId());
        r.setVisitDate(visit.date());
        r.setStartTime(visit.startTime());
        r.setEndTime(visit.endTime());
        r.setPlace(Text.nfcOrNull(visit.place()));
        r.setReportNumber(Text.nfcOrNull(visit.reportNumber()));
        r.setStatus(visit.status().name());
        r.store();
        return visit.withId(r.getId());
    }

    @Override
    public void setFramework(long planId, UnitType unitType, long frameworkVersionId) {
        database.dsl().mergeInto(PLAN_FRAMEWORK)
                .using(database.dsl().selectOne())
                .on(PLAN_FRAMEWORK.PLAN_ID.eq(planId).and(PLAN_FRAMEWORK.UNIT_TYPE.eq(unitType.name())))
                .whenMatchedThenUpdate().set(PLAN_FRAMEWORK.FRAMEWORK_VERSION_ID, frameworkVersionId)
                .whenNotMatchedThenInsert(PLAN_FRAMEWORK.PLAN_ID, PLAN_FRAMEWORK.UNIT_TYPE,
                        PLAN_FRAMEWORK.FRAMEWORK_VERSION_ID)
                .values(planId, unitType.name(), frameworkVersionId)
                .execute();
    }

    @Override
    public Map<UnitType, Long> frameworks(long planId) {
        Map<UnitType, Long> map = new EnumMap<>(UnitType.class);
        database.dsl().selectFrom(PLAN_FRAMEWORK).where(PLAN_FRAMEWORK.PLAN_ID.eq(planId))
                .forEach(r -> map.put(UnitType.valueOf(r.getUnitType()), r.getFrameworkVersionId()));
        return map;
    }

    @Override
    public List<Visit> visits(long planId) {
        return database.dsl().selectFrom(VISIT).where(VISIT.PLAN_ID.eq(planId))
                .orderBy(VISIT.VISIT_DATE.asc().nullsLast(), VISIT.ID)
                .fetch(JooqPlanRepository::toVisit);
    }

    @Override
    public int count() {
        return database.dsl().fetchCount(INSPECTION_PLAN);
    }

    static Visit toVisit(VisitRecord r) {
        return new Visit(r.getId(), r.getUuid(), r.getPlanId(), r.getUnitId(), r.getFrameworkVersionId(),
                r.getVisitDate(), r.getStartTime(), r.getEndTime(), r.getPlace(), r.getReportNumber(),
                VisitStatus.valueOf(r.getStatus()));
    }

    static Plan toPlan(InspectionPlanRecord r) {
        return new Plan(r.getId(), r.getUuid(), r.getNumberSymbol(), r.getIssuedDate(), r.getIssuingBody(),
                r.getParentBody(), r.getTitle(), r.getLegalBasis(), r.getPlanYear(), r.getPlaceName(),
                Boolean.TRUE.equals(r.getIsDemo()));
    }
}
