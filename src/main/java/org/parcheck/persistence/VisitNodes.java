package org.parcheck.persistence;

import static org.parcheck.persistence.jooq.Tables.CRITERION_NODE;
import static org.parcheck.persistence.jooq.Tables.VISIT;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.DSLContext;

/** Item code → node id per visit, cached: a visit's framework version is published and never changes. */
final class VisitNodes {

    private final Map<Long, Map<String, Long>> nodeIds = new ConcurrentHashMap<>();

    Map<String, Long> nodes(DSLContext dsl, long visitId) {
        return nodeIds.computeIfAbsent(visitId, id -> {
            Map<String, Long> map = new HashMap<>();
            dsl.select(CRITERION_NODE.CODE, CRITERION_NODE.ID).from(CRITERION_NODE)
                    .join(VISIT).on(VISIT.FRAMEWORK_VERSION_ID.eq(CRITERION_NODE.FRAMEWORK_VERSION_ID))
                    .where(VISIT.ID.eq(id))
                    .forEach(r -> map.put(r.value1(), r.value2()));
            return map;
        });
    }

    long nodeId(DSLContext dsl, long visitId, String code) {
        Long id = nodes(dsl, visitId).get(code);
        if (id == null) {
            throw new IllegalArgumentException("Item " + code + " is not in the framework of visit " + visitId);
        }
        return id;
    }
}
