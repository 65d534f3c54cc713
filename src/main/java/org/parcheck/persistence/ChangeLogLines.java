package org.parcheck.persistence;

import static org.parcheck.common.util.Numbers.plain;
import static org.parcheck.persistence.jooq.Tables.CHANGE_LOG;
import static org.parcheck.persistence.jooq.Tables.VISIT;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The visit's change log: one line per changed value (who, when, entity, field, old → new, reason), appended in the
 * transaction of the change; a save also touches the visit (its revision, its time, PLANNED → IN_PROGRESS).
 */
final class ChangeLogLines {

    private ChangeLogLines() {
    }

    static String flag(boolean value) {
        return value ? "true" : null;
    }

    static String num(BigDecimal value) {
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

    static void touchVisit(DSLContext dsl, long visitId, LocalDateTime now) {
        dsl.update(VISIT).set(VISIT.UPDATED_AT, now).set(VISIT.REVISION, VISIT.REVISION.plus(1))
                .set(VISIT.STATUS, DSL.when(VISIT.STATUS.eq("PLANNED"), "IN_PROGRESS").otherwise(VISIT.STATUS))
                .where(VISIT.ID.eq(visitId)).execute();
    }

}
