package org.parcheck.persistence;

import static org.parcheck.persistence.jooq.Tables.CRITERION_NODE;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.parcheck.exchange.PackageException;

/**
 * The look-ups one import (or one sync's send) repeats for every visit and item, each asked of the database once per
 * apply (#17, part "send": on the province server every question is a network round trip): the items of a framework
 * version by code, and ids of plans, units and framework versions by uuid. Only ids that exist are kept: a published
 * framework version's items never change (D7), and nothing in one apply deletes a plan, unit or version, so a kept
 * id stays right for the whole transaction. A look-up that finds nothing is refused as before and not kept.
 */
final class WriteLookups {

    private final DSLContext dsl;
    private final Map<Long, Map<String, Long>> nodesByVersion = new HashMap<>();
    private final Map<String, Long> idsByUuid = new HashMap<>();

    WriteLookups(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * An item of a framework version by its code (codes are unique within a version and never change); all the
     * version's items are read on its first use. A code the version lacks is refused as a missing reference.
     */
    Long nodeId(Long versionId, String code) {
        if (code == null) {
            return null;
        }
        Map<String, Long> nodes = nodesByVersion.computeIfAbsent(versionId, v -> {
            Map<String, Long> read = new HashMap<>();
            dsl.select(CRITERION_NODE.CODE, CRITERION_NODE.ID).from(CRITERION_NODE)
                    .where(CRITERION_NODE.FRAMEWORK_VERSION_ID.eq(v))
                    .forEach(r -> read.put(r.value1(), r.value2()));
            return read;
        });
        Long id = nodes.get(code);
        if (id == null) {
            throw new PackageException(PackageException.Kind.MISSING_REFERENCE, "item " + code, code);
        }
        return id;
    }

    /** The id of the row of {@code table} with {@code uuid}; none (or no uuid) is refused as a missing reference. */
    long idOf(Table<?> table, Field<UUID> uuidField, Field<Long> idField, String uuid, String what) {
        if (uuid != null) {
            String key = table.getName() + ":" + UUID.fromString(uuid);
            Long known = idsByUuid.get(key);
            if (known != null) {
                return known;
            }
            Long id = dsl.select(idField).from(table).where(uuidField.eq(UUID.fromString(uuid))).fetchOne(idField);
            if (id != null) {
                idsByUuid.put(key, id);
                return id;
            }
        }
        throw new PackageException(PackageException.Kind.MISSING_REFERENCE, what + " " + uuid, what);
    }
}
