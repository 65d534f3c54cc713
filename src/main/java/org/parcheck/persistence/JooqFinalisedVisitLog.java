package org.parcheck.persistence;

import static org.parcheck.persistence.jooq.Tables.VISIT;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.Condition;
import org.parcheck.plan.FinalisedVisitLog;
import org.parcheck.plan.VisitStatus;

/** {@link FinalisedVisitLog} on the visit and change-log tables. */
public final class JooqFinalisedVisitLog implements FinalisedVisitLog {

    private final Database database;

    public JooqFinalisedVisitLog(Database database) {
        this.database = database;
    }

    @Override
    public List<FinalisedVisit> ofPlan(long planId) {
        return finalised(VISIT.PLAN_ID.eq(planId));
    }

    @Override
    public List<FinalisedVisit> ofUnit(long unitId) {
        return finalised(VISIT.UNIT_ID.eq(unitId));
    }

    private List<FinalisedVisit> finalised(Condition condition) {
        return database.dsl().select(VISIT.ID, VISIT.UNIT_ID, VISIT.FROZEN_REPORT.isNotNull()).from(VISIT)
                .where(condition).and(VISIT.STATUS.eq(VisitStatus.FINALISED.name())).orderBy(VISIT.ID)
                .fetch(r -> new FinalisedVisit(r.value1(), r.value2(), r.value3()));
    }

    @Override
    public void append(long visitId, String entity, String field, String oldValue, String newValue, String reason,
                       String actor) {
        ChangeLogLines.log(database.dsl(), visitId, entity, null, field, oldValue, newValue, reason, actor,
                LocalDateTime.now(ZoneOffset.UTC));
    }
}
