package org.parcheck.persistence;

import static org.parcheck.persistence.ChangeLogLines.flag;
import static org.parcheck.persistence.ChangeLogLines.log;
import static org.parcheck.persistence.ChangeLogLines.touchVisit;
import static org.parcheck.persistence.jooq.Tables.TEAM_MEMBER;
import static org.parcheck.persistence.jooq.Tables.VISIT;
import static org.parcheck.persistence.jooq.Tables.VISIT_HANDWRITTEN;
import static org.parcheck.persistence.jooq.Tables.VISIT_TEAM_PRESENT;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.parcheck.answering.HandwrittenPart;
import org.parcheck.answering.ReportChoices;
import org.parcheck.plan.TeamMember;
import org.parcheck.plan.TeamRole;

/**
 * The report part of a visit (#15 §1, V005): the plan team members present, the unit's explicit "no opinion", and
 * the parts left to write by hand with their reason; each change logged.
 */
final class ReportPartStore {

    private final Database database;

    ReportPartStore(Database database) {
        this.database = database;
    }

    public List<TeamMember> team(long visitId) {
        return database.dsl().selectFrom(TEAM_MEMBER)
                .where(TEAM_MEMBER.PLAN_ID.eq(DSL.select(VISIT.PLAN_ID).from(VISIT).where(VISIT.ID.eq(visitId))))
                .orderBy(TEAM_MEMBER.POSITION, TEAM_MEMBER.ID)
                .fetch(m -> new TeamMember(m.getId(), m.getUuid(), m.getPosition(), m.getFullName(), m.getJobTitle(),
                        m.getAgency(), TeamRole.valueOf(m.getRole())));
    }

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

}
