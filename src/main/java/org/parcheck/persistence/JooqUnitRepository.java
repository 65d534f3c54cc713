package org.parcheck.persistence;

import static org.parcheck.persistence.jooq.Tables.ADMIN_UNIT;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parcheck.common.util.Text;
import org.parcheck.persistence.jooq.tables.records.AdminUnitRecord;
import org.parcheck.plan.AdminUnit;
import org.parcheck.plan.UnitRepository;
import org.parcheck.common.domain.UnitType;

/** Units in H2 through jOOQ. */
public final class JooqUnitRepository implements UnitRepository {

    private final Database database;

    public JooqUnitRepository(Database database) {
        this.database = database;
    }

    @Override
    public AdminUnit insert(AdminUnit unit) {
        AdminUnitRecord record = database.dsl().newRecord(ADMIN_UNIT);
        fill(record, unit);
        record.store();
        return unit.withId(record.getId());
    }

    @Override
    public void update(AdminUnit unit) {
        AdminUnitRecord record = database.dsl().fetchSingle(ADMIN_UNIT, ADMIN_UNIT.ID.eq(unit.id()));
        fill(record, unit);
        record.setUpdatedAt(LocalDateTime.now(ZoneOffset.UTC));
        record.store();
    }

    private static void fill(AdminUnitRecord record, AdminUnit unit) {
        record.setUuid(unit.uuid());
        record.setUnitType(unit.type().name());
        record.setCode(Text.nfcOrNull(unit.code()));
        record.setName(Text.nfc(unit.name()));
        record.setParentId(unit.parentId());
        record.setValidFrom(unit.validFrom());
        record.setValidTo(unit.validTo());
        record.setSuccessorId(unit.successorId());
        record.setNote(Text.nfcOrNull(unit.note()));
    }

    @Override
    public Optional<AdminUnit> find(long id) {
        return database.dsl().fetchOptional(ADMIN_UNIT, ADMIN_UNIT.ID.eq(id)).map(JooqUnitRepository::toUnit);
    }

    @Override
    public List<AdminUnit> findAll() {
        List<AdminUnit> all = database.dsl().selectFrom(ADMIN_UNIT)
                .orderBy(ADMIN_UNIT.CODE.asc().nullsLast(), ADMIN_UNIT.NAME.asc(), ADMIN_UNIT.ID.asc())
                .fetch(JooqUnitRepository::toUnit);
        return parentsFirst(all);
    }

    /** Orders units so that every parent comes before its children, keeping the given order among siblings. */
    static List<AdminUnit> parentsFirst(List<AdminUnit> units) {
        Map<Long, List<AdminUnit>> children = new HashMap<>();
        List<AdminUnit> roots = new ArrayList<>();
        Map<Long, AdminUnit> byId = new HashMap<>();
        units.forEach(u -> byId.put(u.id(), u));
        for (AdminUnit unit : units) {
            if (unit.parentId() == null || !byId.containsKey(unit.parentId())) {
                roots.add(unit);
            } else {
                children.computeIfAbsent(unit.parentId(), k -> new ArrayList<>()).add(unit);
            }
        }
        List<AdminUnit> ordered = new ArrayList<>(units.size());
        ArrayList<AdminUnit> stack = new ArrayList<>(roots);
        Collections.reverse(stack);
        while (!stack.isEmpty()) {
            AdminUnit unit = stack.remove(stack.size() - 1);
            ordered.add(unit);
            List<AdminUnit> kids = new ArrayList<>(children.getOrDefault(unit.id(), List.of()));
            Collections.reverse(kids);
            stack.addAll(kids);
        }
        return ordered;
    }

    static AdminUnit toUnit(AdminUnitRecord r) {
        return new AdminUnit(r.getId(), r.getUuid(), UnitType.valueOf(r.getUnitType()), r.getCode(), r.getName(),
                r.getParentId(), r.getValidFrom(), r.getValidTo(), r.getSuccessorId(), r.getNote());
    }
}
