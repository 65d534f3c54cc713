package org.parcheck.persistence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStepN;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableRecord;
import org.parcheck.exchange.VisitItem;

/**
 * The items of a visit that this apply has just inserted (#17, part "send"): its answers and figures, most of a
 * visit's rows, are built exactly as {@link VisitItemWriter} builds them and inserted together by {@link #flush()},
 * one multi-row statement per table, instead of one look-up and one insert per item; on the province server
 * each statement is a network round trip. The visit is new, so it has no answer or figure yet (they reference it), and
 * the one look-up per item and the removal of an old figure that {@link VisitItemWriter} makes would find nothing:
 * leaving them out writes the same rows. Every other kind of item is written at once, item by item, as before.
 */
final class NewVisitRows {

    private final DSLContext dsl;
    private final WriteLookups lookups;
    private final long visitId;
    private final Long versionId;
    private final List<TableRecord<?>> pending = new ArrayList<>();

    /** A table and the columns a row of it sets: the rows of one statement. */
    private record Shape(Table<?> table, List<Field<?>> columns) {
    }

    NewVisitRows(DSLContext dsl, WriteLookups lookups, long visitId, Long versionId) {
        this.dsl = dsl;
        this.lookups = lookups;
        this.visitId = visitId;
        this.versionId = versionId;
    }

    /** Writes one item of the new visit: an answer or a figure waits for {@link #flush()}; any other is written. */
    void write(String key, VisitItem item) {
        int colon = key.indexOf(':');
        String kind = colon < 0 ? key : key.substring(0, colon);
        String id = colon < 0 ? null : key.substring(colon + 1);
        switch (kind) {
            // the item's code is looked up now, so that a missing one is refused where it was before
            case "answer" -> pending.add(VisitItemWriter.answer(dsl, null, visitId, lookups.nodeId(versionId, id),
                    item));
            case "figure" -> pending.add(VisitItemWriter.figure(dsl, visitId, id, item));
            default -> VisitItemWriter.write(dsl, lookups, visitId, versionId, key, item);
        }
    }

    /**
     * Inserts the answers and figures written since the last flush: one multi-row {@code INSERT} per table and set of
     * columns given. Like {@code store()}, a row names only the columns that were set (the others take their
     * defaults), so rows are grouped by the columns they set, and each group is one statement.
     */
    void flush() {
        Map<Shape, List<TableRecord<?>>> groups = new LinkedHashMap<>();
        for (TableRecord<?> r : pending) {
            List<Field<?>> set = new ArrayList<>();
            for (Field<?> f : r.fields()) {
                if (r.changed(f)) {
                    set.add(f);
                }
            }
            groups.computeIfAbsent(new Shape(r.getTable(), set), k -> new ArrayList<>()).add(r);
        }
        groups.forEach((shape, records) -> {
            @SuppressWarnings("unchecked")
            InsertValuesStepN<?> insert = dsl.insertInto((Table<Record>) shape.table()).columns(shape.columns());
            for (TableRecord<?> r : records) {
                insert = insert.values(shape.columns().stream().map(r::get).toList());
            }
            insert.execute();
        });
        pending.clear();
    }
}
