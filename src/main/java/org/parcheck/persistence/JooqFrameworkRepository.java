package org.parcheck.persistence;

import static org.parcheck.persistence.jooq.Tables.FRAMEWORK;
import static org.parcheck.persistence.jooq.Tables.FRAMEWORK_VERSION;
import static org.parcheck.persistence.jooq.Tables.VISIT;

import java.util.List;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.parcheck.criteria.FrameworkRepository;
import org.parcheck.criteria.FrameworkSummary;

/** Criteria frameworks in H2 through jOOQ. */
public final class JooqFrameworkRepository implements FrameworkRepository {

    private final Database database;

    public JooqFrameworkRepository(Database database) {
        this.database = database;
    }

    @Override
    public List<FrameworkSummary> summaries() {
        Field<Integer> using = DSL.field(DSL.selectCount().from(VISIT)
                .where(VISIT.FRAMEWORK_VERSION_ID.eq(FRAMEWORK_VERSION.ID))).as("using_visits");
        return database.dsl()
                .select(FRAMEWORK.ID, FRAMEWORK_VERSION.ID, FRAMEWORK.NAME, FRAMEWORK.TARGET_UNIT_TYPES,
                        FRAMEWORK_VERSION.TARGET_YEAR, FRAMEWORK_VERSION.VERSION_NO, FRAMEWORK_VERSION.STATUS,
                        FRAMEWORK.IS_DEMO, using)
                .from(FRAMEWORK_VERSION)
                .join(FRAMEWORK).on(FRAMEWORK.ID.eq(FRAMEWORK_VERSION.FRAMEWORK_ID))
                .orderBy(FRAMEWORK.NAME, FRAMEWORK_VERSION.VERSION_NO.desc())
                .fetch(r -> new FrameworkSummary(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(), Boolean.TRUE.equals(r.value8()), r.value9()));
    }
}
