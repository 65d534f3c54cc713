package org.parcheck.persistence;

import static org.parcheck.persistence.jooq.Tables.ADMIN_UNIT;
import static org.parcheck.persistence.jooq.Tables.ANSWER;
import static org.parcheck.persistence.jooq.Tables.CLASSIFICATION_BAND;
import static org.parcheck.persistence.jooq.Tables.CRITERION_NODE;
import static org.parcheck.persistence.jooq.Tables.EVIDENCE;
import static org.parcheck.persistence.jooq.Tables.EXCHANGE_HISTORY;
import static org.parcheck.persistence.jooq.Tables.FIGURE_CONSTRAINT;
import static org.parcheck.persistence.jooq.Tables.FIGURE_DEF;
import static org.parcheck.persistence.jooq.Tables.FIGURE_VALUE;
import static org.parcheck.persistence.jooq.Tables.FINDING;
import static org.parcheck.persistence.jooq.Tables.FRAMEWORK;
import static org.parcheck.persistence.jooq.Tables.FRAMEWORK_VERSION;
import static org.parcheck.persistence.jooq.Tables.INSPECTION_PLAN;
import static org.parcheck.persistence.jooq.Tables.PLAN_FRAMEWORK;
import static org.parcheck.persistence.jooq.Tables.RECOMMENDATION;
import static org.parcheck.persistence.jooq.Tables.TEAM_MEMBER;
import static org.parcheck.persistence.jooq.Tables.VISIT;
import static org.parcheck.persistence.jooq.Tables.VISIT_ATTENDEE;
import static org.parcheck.persistence.jooq.Tables.VISIT_FINGERPRINT_PART;
import static org.parcheck.persistence.jooq.Tables.VISIT_HANDWRITTEN;
import static org.parcheck.persistence.jooq.Tables.VISIT_TEAM_PRESENT;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * The rows the first-run demo put into a data folder, found and deleted (#16 §5, "Xoá dữ liệu mẫu").
 *
 * <p>Found by what the seeder marks: plans with {@code is_demo}; their visits; the demo frameworks by their stable
 * uuids; the demo units by type, national code and name. A framework stays when a plan or visit outside the demo
 * plans uses one of its versions (or another framework's version is based on one of them); a unit stays when a visit
 * outside the demo plans, or a unit that stays, refers to it (as parent or successor).
 *
 * <p>Every child row is deleted by its own statement rather than by ON DELETE CASCADE: the content seals are kept at
 * commit from the tables a transaction's SQL names ({@link ContentSeal}), and a row removed by a cascade would be
 * missed. The change log is append-only: its lines about the demo stay, and one line (no visit) records the removal.
 */
public final class DemoRows {

    /** What the demo left in the data folder and will go. */
    public record Found(List<Long> planIds, List<String> planNames, List<Long> visitIds, List<Long> frameworkIds,
                        List<String> frameworkNames, List<Long> unitIds) {

        public boolean isEmpty() {
            return planIds.isEmpty() && frameworkIds.isEmpty() && unitIds.isEmpty();
        }
    }

    /** A demo unit as the seeder creates it: unit type name, national code, name. */
    public record UnitKey(String type, String code, String name) {
    }

    private final Database database;

    public DemoRows(Database database) {
        this.database = database;
    }

    /** The demo's rows here: the plans marked demo, the given frameworks and units unless real work uses them. */
    public Found find(Set<UUID> demoFrameworks, Set<UnitKey> demoUnits) {
        DSLContext dsl = database.dsl();
        List<Long> planIds = new ArrayList<>();
        List<String> planNames = new ArrayList<>();
        dsl.select(INSPECTION_PLAN.ID, INSPECTION_PLAN.NUMBER_SYMBOL, INSPECTION_PLAN.PLAN_YEAR).from(INSPECTION_PLAN)
                .where(INSPECTION_PLAN.IS_DEMO.isTrue()).orderBy(INSPECTION_PLAN.ID).forEach(r -> {
                    planIds.add(r.value1());
                    planNames.add(r.value2() + " (" + r.value3() + ")");
                });
        List<Long> visitIds = planIds.isEmpty() ? List.of()
                : dsl.select(VISIT.ID).from(VISIT).where(VISIT.PLAN_ID.in(planIds)).orderBy(VISIT.ID).fetch(VISIT.ID);

        List<Long> frameworkIds = new ArrayList<>();
        List<String> frameworkNames = new ArrayList<>();
        for (Record r : dsl.select(FRAMEWORK.ID, FRAMEWORK.NAME).from(FRAMEWORK)
                .where(FRAMEWORK.UUID.in(demoFrameworks)).orderBy(FRAMEWORK.ID).fetch()) {
            long frameworkId = r.get(FRAMEWORK.ID);
            if (!usedByRealWork(dsl, frameworkId, planIds)) {
                frameworkIds.add(frameworkId);
                frameworkNames.add(r.get(FRAMEWORK.NAME));
            }
        }
        return new Found(List.copyOf(planIds), List.copyOf(planNames), List.copyOf(visitIds), List.copyOf(frameworkIds),
                List.copyOf(frameworkNames), removableUnits(dsl, demoUnits, planIds));
    }

    private static boolean usedByRealWork(DSLContext dsl, long frameworkId, List<Long> demoPlans) {
        var versions = DSL.select(FRAMEWORK_VERSION.ID).from(FRAMEWORK_VERSION)
                .where(FRAMEWORK_VERSION.FRAMEWORK_ID.eq(frameworkId));
        boolean byPlan = dsl.fetchExists(dsl.selectOne().from(PLAN_FRAMEWORK)
                .where(PLAN_FRAMEWORK.FRAMEWORK_VERSION_ID.in(versions))
                .and(demoPlans.isEmpty() ? DSL.trueCondition() : PLAN_FRAMEWORK.PLAN_ID.notIn(demoPlans)));
        boolean byVisit = dsl.fetchExists(dsl.selectOne().from(VISIT)
                .where(VISIT.FRAMEWORK_VERSION_ID.in(versions))
                .and(demoPlans.isEmpty() ? DSL.trueCondition() : VISIT.PLAN_ID.notIn(demoPlans)));
        boolean basedOn = dsl.fetchExists(dsl.selectOne().from(FRAMEWORK_VERSION)
                .where(FRAMEWORK_VERSION.BASED_ON_VERSION_ID.in(versions))
                .and(FRAMEWORK_VERSION.FRAMEWORK_ID.ne(frameworkId)));
        return byPlan || byVisit || basedOn;
    }

    /** The demo units nothing real refers to: not a real visit, not a unit that stays (parent or successor). */
    private static List<Long> removableUnits(DSLContext dsl, Set<UnitKey> demoUnits, List<Long> demoPlans) {
        Set<Long> candidates = new LinkedHashSet<>();
        dsl.select(ADMIN_UNIT.ID, ADMIN_UNIT.UNIT_TYPE, ADMIN_UNIT.CODE, ADMIN_UNIT.NAME).from(ADMIN_UNIT)
                .orderBy(ADMIN_UNIT.ID).forEach(r -> {
                    if (demoUnits.contains(new UnitKey(r.value2(), r.value3(), r.value4()))) {
                        candidates.add(r.value1());
                    }
                });
        if (candidates.isEmpty()) {
            return List.of();
        }
        candidates.removeAll(dsl.select(VISIT.UNIT_ID).from(VISIT)
                .where(demoPlans.isEmpty() ? DSL.trueCondition() : VISIT.PLAN_ID.notIn(demoPlans))
                .fetch(VISIT.UNIT_ID));
        List<Long[]> links = new ArrayList<>();
        dsl.select(ADMIN_UNIT.ID, ADMIN_UNIT.PARENT_ID, ADMIN_UNIT.SUCCESSOR_ID).from(ADMIN_UNIT)
                .forEach(r -> links.add(new Long[] {r.value1(), r.value2(), r.value3()}));
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Long[] link : links) {
                if (!candidates.contains(link[0])) {
                    changed |= link[1] != null && candidates.remove(link[1]);
                    changed |= link[2] != null && candidates.remove(link[2]);
                }
            }
        }
        return List.copyOf(candidates);
    }

    /**
     * Deletes {@code found} and appends one change-log line (no visit) saying so, by {@code actor}. Call inside
     * {@link Database#transaction}: all of it or nothing.
     */
    public void delete(Found found, String actor, LocalDateTime at) {
        DSLContext dsl = database.dsl();
        List<Long> visits = found.visitIds();
        // the team exchange's memory of the demo plans and visits
        List<UUID> owners = new ArrayList<>(dsl.select(VISIT.UUID).from(VISIT).where(VISIT.ID.in(visits))
                .fetch(VISIT.UUID));
        owners.addAll(dsl.select(INSPECTION_PLAN.UUID).from(INSPECTION_PLAN)
                .where(INSPECTION_PLAN.ID.in(found.planIds())).fetch(INSPECTION_PLAN.UUID));
        if (!owners.isEmpty()) {
            dsl.deleteFrom(EXCHANGE_HISTORY).where(EXCHANGE_HISTORY.OWNER_UUID.in(owners)).execute();
        }
        if (!visits.isEmpty()) {
            dsl.deleteFrom(ANSWER).where(ANSWER.VISIT_ID.in(visits)).execute();
            dsl.deleteFrom(EVIDENCE).where(EVIDENCE.VISIT_ID.in(visits)).execute();
            dsl.deleteFrom(FINDING).where(FINDING.VISIT_ID.in(visits)).execute();
            dsl.deleteFrom(RECOMMENDATION).where(RECOMMENDATION.VISIT_ID.in(visits)).execute();
            dsl.deleteFrom(FIGURE_VALUE).where(FIGURE_VALUE.VISIT_ID.in(visits)).execute();
            dsl.deleteFrom(VISIT_ATTENDEE).where(VISIT_ATTENDEE.VISIT_ID.in(visits)).execute();
            dsl.deleteFrom(VISIT_TEAM_PRESENT).where(VISIT_TEAM_PRESENT.VISIT_ID.in(visits)).execute();
            dsl.deleteFrom(VISIT_HANDWRITTEN).where(VISIT_HANDWRITTEN.VISIT_ID.in(visits)).execute();
            dsl.deleteFrom(VISIT_FINGERPRINT_PART).where(VISIT_FINGERPRINT_PART.VISIT_ID.in(visits)).execute();
            // a demo visit that was the previous one of another demo visit: break the link first
            dsl.update(VISIT).setNull(VISIT.PREVIOUS_VISIT_ID).where(VISIT.ID.in(visits)).execute();
            dsl.deleteFrom(VISIT).where(VISIT.ID.in(visits)).execute();
        }
        if (!found.planIds().isEmpty()) {
            dsl.deleteFrom(PLAN_FRAMEWORK).where(PLAN_FRAMEWORK.PLAN_ID.in(found.planIds())).execute();
            dsl.deleteFrom(TEAM_MEMBER).where(TEAM_MEMBER.PLAN_ID.in(found.planIds())).execute();
            dsl.deleteFrom(INSPECTION_PLAN).where(INSPECTION_PLAN.ID.in(found.planIds())).execute();
        }
        if (!found.frameworkIds().isEmpty()) {
            var versions = DSL.select(FRAMEWORK_VERSION.ID).from(FRAMEWORK_VERSION)
                    .where(FRAMEWORK_VERSION.FRAMEWORK_ID.in(found.frameworkIds()));
            dsl.deleteFrom(CLASSIFICATION_BAND).where(CLASSIFICATION_BAND.FRAMEWORK_VERSION_ID.in(versions)).execute();
            dsl.deleteFrom(FIGURE_CONSTRAINT).where(FIGURE_CONSTRAINT.FRAMEWORK_VERSION_ID.in(versions)).execute();
            dsl.deleteFrom(FIGURE_DEF).where(FIGURE_DEF.FRAMEWORK_VERSION_ID.in(versions)).execute();
            dsl.update(CRITERION_NODE).setNull(CRITERION_NODE.PARENT_ID)
                    .where(CRITERION_NODE.FRAMEWORK_VERSION_ID.in(versions)).execute();
            dsl.deleteFrom(CRITERION_NODE).where(CRITERION_NODE.FRAMEWORK_VERSION_ID.in(versions)).execute();
            dsl.update(FRAMEWORK_VERSION).setNull(FRAMEWORK_VERSION.BASED_ON_VERSION_ID)
                    .where(FRAMEWORK_VERSION.FRAMEWORK_ID.in(found.frameworkIds())).execute();
            dsl.deleteFrom(FRAMEWORK_VERSION).where(FRAMEWORK_VERSION.FRAMEWORK_ID.in(found.frameworkIds())).execute();
            dsl.deleteFrom(FRAMEWORK).where(FRAMEWORK.ID.in(found.frameworkIds())).execute();
        }
        if (!found.unitIds().isEmpty()) {
            dsl.update(ADMIN_UNIT).setNull(ADMIN_UNIT.PARENT_ID).setNull(ADMIN_UNIT.SUCCESSOR_ID)
                    .where(ADMIN_UNIT.ID.in(found.unitIds())).execute();
            dsl.deleteFrom(ADMIN_UNIT).where(ADMIN_UNIT.ID.in(found.unitIds())).execute();
        }
        ChangeLogLines.log(dsl, null, "demo", null, "removed", null, summary(found), null, actor, at);
    }

    /** The change log's text for the removal: what went, by count. */
    static String summary(Found found) {
        return "plans " + found.planNames() + ", visits " + found.visitIds().size() + ", frameworks "
                + found.frameworkNames() + ", units " + found.unitIds().size();
    }
}
