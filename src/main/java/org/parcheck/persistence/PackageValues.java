package org.parcheck.persistence;

import static org.parcheck.persistence.jooq.Tables.ADMIN_UNIT;
import static org.parcheck.persistence.jooq.Tables.ANSWER;
import static org.parcheck.persistence.jooq.Tables.CLASSIFICATION_BAND;
import static org.parcheck.persistence.jooq.Tables.CRITERION_NODE;
import static org.parcheck.persistence.jooq.Tables.EVIDENCE;
import static org.parcheck.persistence.jooq.Tables.EXCHANGE_PACKAGE;
import static org.parcheck.persistence.jooq.Tables.FIGURE_CONSTRAINT;
import static org.parcheck.persistence.jooq.Tables.FIGURE_DEF;
import static org.parcheck.persistence.jooq.Tables.FIGURE_VALUE;
import static org.parcheck.persistence.jooq.Tables.FINDING;
import static org.parcheck.persistence.jooq.Tables.FRAMEWORK;
import static org.parcheck.persistence.jooq.Tables.FRAMEWORK_VERSION;
import static org.parcheck.persistence.jooq.Tables.INSPECTION_PLAN;
import static org.parcheck.persistence.jooq.Tables.RECOMMENDATION;
import static org.parcheck.persistence.jooq.Tables.TEAM_MEMBER;
import static org.parcheck.persistence.jooq.Tables.VISIT;
import static org.parcheck.persistence.jooq.Tables.VISIT_ATTENDEE;
import static org.parcheck.persistence.jooq.Tables.VISIT_HANDWRITTEN;
import static org.parcheck.persistence.jooq.Tables.VISIT_TEAM_PRESENT;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.Check;
import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.parcheck.exchange.PackageData.Contents;
import org.parcheck.exchange.PackageData.FrameworkData;
import org.parcheck.exchange.PackageData.PlanData;
import org.parcheck.exchange.PackageData.VisitData;
import org.parcheck.exchange.PackageException;
import org.parcheck.exchange.PackageException.Kind;
import org.parcheck.exchange.PackageManifest;
import org.parcheck.exchange.VisitItem;

/**
 * Checks every value of a package against the schema before anything is written: the length of text columns, the
 * precision of decimals, the type of every value, NOT NULL, and every CHECK constraint (evaluated by the database on
 * the values in a read-only {@code SELECT}, so a new migration's constraint is covered without copying it here).
 * The limits come from the generated jOOQ tables. Also refuses rows (attendee, finding, recommendation, evidence,
 * team member, framework item) whose uuid belongs here to another visit, plan or framework version: applying them
 * would move that row. Throws {@link PackageException} naming the field and the value; reads only.
 */
final class PackageValues {

    /** Values longer than this are shown shortened in messages. */
    static final int SHOWN = 60;
    private static final Pattern COLUMN = Pattern.compile("\"([A-Z0-9_]+)\"");
    /** Columns the import sets itself (or takes from the item's key, who and when), not from a row's fields. */
    private static final Set<String> SET_HERE = Set.of("uuid", "figure_code", "updated_at", "updated_by",
            "created_at", "revision", "imported_at", "imported_by", "summary", "package_id");
    private static final Map<String, Table<?>> ITEM_TABLES = Map.of("visit", VISIT, "answer", ANSWER,
            "figure", FIGURE_VALUE, "attendee", VISIT_ATTENDEE, "finding", FINDING, "recommendation", RECOMMENDATION,
            "evidence", EVIDENCE, "team_present", VISIT_TEAM_PRESENT, "handwritten", VISIT_HANDWRITTEN);
    /** Items whose key names a column of their row (#15 §1, V005): the member's uuid, the part written by hand. */
    private static final Map<String, String> KEY_COLUMNS = Map.of("team_present", "team_member_uuid",
            "handwritten", "part");

    private final DSLContext dsl;

    private PackageValues(DSLContext dsl) {
        this.dsl = dsl;
    }

    static void check(DSLContext dsl, Contents data, PackageManifest manifest, String fileName) {
        PackageValues values = new PackageValues(dsl);
        Map<String, String> header = new HashMap<>();
        header.put("created_by", manifest.createdBy());
        header.put("created_at", manifest.createdAt());
        header.put("file_name", fileName);
        values.row(EXCHANGE_PACKAGE, header, PackageManifest.MANIFEST);
        for (FrameworkData f : data.frameworks()) {
            String label = f.label();
            values.row(FRAMEWORK, f.framework(), label);
            values.row(FRAMEWORK_VERSION, f.version(), label);
            f.nodes().forEach(n -> values.row(CRITERION_NODE, n, label + " " + n.get("code")));
            f.figures().forEach(r -> values.row(FIGURE_DEF, r, label));
            f.constraints().forEach(r -> values.row(FIGURE_CONSTRAINT, r, label));
            f.bands().forEach(r -> values.row(CLASSIFICATION_BAND, r, label));
        }
        data.units().forEach(u -> values.row(ADMIN_UNIT, u, u.get("name")));
        for (PlanData p : data.plans()) {
            String label = p.plan().get("number_symbol");
            values.row(INSPECTION_PLAN, p.plan(), label);
            p.team().forEach(m -> values.row(TEAM_MEMBER, m, label + " " + m.get("full_name")));
        }
        for (VisitData v : data.visits()) {
            v.items().forEach((key, item) -> values.item(key, item, v.label()));
        }
        values.owners(data);
    }

    private void item(String key, VisitItem item, String label) {
        if (item == null) {
            return; // reported by the service (an empty item)
        }
        int colon = key.indexOf(':');
        String kind = colon < 0 ? key : key.substring(0, colon);
        Table<?> table = ITEM_TABLES.get(kind);
        if (table == null || (colon < 0) != "visit".equals(kind)) {
            throw new PackageException(Kind.INVALID_JSON, "item " + key, PackageManifest.DATA);
        }
        String id = colon < 0 ? null : key.substring(colon + 1);
        String where = label + " " + (id == null ? "" : id);
        if ("figure".equals(kind)) {
            text(FIGURE_VALUE.FIGURE_CODE, id, where);
        } else if (!"visit".equals(kind) && !"answer".equals(kind) && !"handwritten".equals(kind)) {
            uuid(id, where);
        }
        if (table.field("UPDATED_BY") != null) {
            text(table.field("UPDATED_BY"), item.updatedBy(), where);
        }
        if (item.updatedAt() != null) {
            ExchangeRows.parse(item.updatedAt(), java.time.LocalDateTime.class);
        }
        // the visit's details never set its identity or its links: those come from the package's visit identity
        Map<String, String> fields = item.fields();
        if (KEY_COLUMNS.containsKey(kind)) {
            fields = new HashMap<>(fields);
            fields.put(KEY_COLUMNS.get(kind), id);
        }
        row(table, fields, where);
    }

    private static void uuid(String value, String where) {
        try {
            UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new PackageException(Kind.INVALID_JSON, where + " uuid " + value, PackageManifest.DATA);
        }
    }

    /** Checks one row's values against {@code table}: types, lengths, precision, NOT NULL, CHECK constraints. */
    private void row(Table<?> table, Map<String, String> values, String label) {
        Map<Field<?>, Object> parsed = new LinkedHashMap<>();
        for (Field<?> f : table.fields()) {
            String name = f.getName().toLowerCase(Locale.ROOT);
            DataType<?> type = f.getDataType();
            if ("id".equals(name) || name.endsWith("_id")) {
                parsed.put(f, null); // database ids never travel; the import resolves them from uuids
                continue;
            }
            String value = values.get(name);
            if (value == null) {
                boolean required = !type.nullable() && !SET_HERE.contains(name)
                        && (values.containsKey(name) || !type.defaulted() && !type.identity());
                if (required) {
                    throw new PackageException(Kind.VALUE_MISSING, name, field(table, f), label);
                }
                parsed.put(f, null);
                continue;
            }
            Object typed = ExchangeRows.parse(value, f.getType());
            if (typed instanceof String) {
                text(f, value, label);
            } else if (typed instanceof BigDecimal) {
                decimal(table, f, (BigDecimal) typed, value, label);
            }
            parsed.put(f, typed);
        }
        constraints(table, parsed, values, label);
    }

    private static void text(Field<?> f, String value, String label) {
        int limit = f.getDataType().length();
        if (value != null && limit > 0 && value.length() > limit) {
            String where = f instanceof TableField ? field(((TableField<?, ?>) f).getTable(), f) : f.getName();
            throw new PackageException(Kind.VALUE_TOO_LONG, where + " " + value.length() + " > " + limit,
                    where, label, shown(value), value.length(), limit);
        }
    }

    private static void decimal(Table<?> table, Field<?> f, BigDecimal value, String text, String label) {
        DataType<?> type = f.getDataType();
        if (type.precision() > 0 && value.precision() - value.scale() > type.precision() - type.scale()) {
            throw new PackageException(Kind.VALUE_NOT_ALLOWED, field(table, f) + " = " + text, field(table, f),
                    label, shown(text));
        }
    }

    /** Every CHECK constraint of the table, evaluated by the database on the row's values (nothing is written). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private void constraints(Table<?> table, Map<Field<?>, Object> parsed, Map<String, String> values,
                             String label) {
        List<? extends Check<?>> checks = table.getChecks();
        if (checks.isEmpty()) {
            return;
        }
        List<Field<?>> columns = new ArrayList<>();
        parsed.forEach((f, v) -> columns.add(DSL.val(v, (DataType) f.getDataType()).as(f.getName())));
        Table<?> row = DSL.select(columns).asTable("PACKAGE_ROW");
        List<Field<Integer>> broken = new ArrayList<>();
        for (Check<?> c : checks) {
            broken.add(DSL.when(DSL.not(onThisEngine(c.condition())), DSL.inline(1)).otherwise(DSL.inline(0)));
        }
        Record result = dsl.select(broken).from(row).fetchSingle();
        for (int i = 0; i < checks.size(); i++) {
            if (Integer.valueOf(1).equals(result.get(i))) {
                Matcher m = COLUMN.matcher(checks.get(i).condition().toString());
                String column = m.find() ? m.group(1).toLowerCase(Locale.ROOT) : checks.get(i).getName();
                String value = values.get(column);
                String where = table.getName().toLowerCase(Locale.ROOT) + "." + column;
                throw new PackageException(Kind.VALUE_NOT_ALLOWED, where + " = " + value + " ("
                        + checks.get(i).getName() + ")", where, label, shown(value));
            }
        }
    }

    /**
     * A CHECK constraint as this database reads it. The generated classes carry H2's text of each constraint, with
     * quoted upper-case column names; PostgreSQL (the province server, #17) folds names to lower case, so there the
     * names are written unquoted.
     */
    private org.jooq.Condition onThisEngine(org.jooq.Condition h2Text) {
        if (dsl.dialect() == org.jooq.SQLDialect.H2) {
            return h2Text;
        }
        return DSL.condition(COLUMN.matcher(h2Text.toString())
                .replaceAll(m -> m.group(1).toLowerCase(Locale.ROOT)));
    }

    private static String field(Table<?> table, Field<?> f) {
        return table.getName().toLowerCase(Locale.ROOT) + "." + f.getName().toLowerCase(Locale.ROOT);
    }

    static String shown(String value) {
        if (value == null) {
            return "";
        }
        return value.length() <= SHOWN ? value : value.substring(0, SHOWN - 1) + "…";
    }

    // ---------------------------------------------------------------- rows that belong elsewhere

    /**
     * Rows of a visit (or team members of a plan) are found by their uuid when applied; a uuid that belongs here to
     * another visit would move that row there. Such a package is refused, as is one that gives the same row to two
     * visits, or a new framework version whose items have uuids of another version.
     */
    private void owners(Contents data) {
        Map<String, Map<UUID, String>> byKind = new LinkedHashMap<>();
        Map<String, String> seen = new HashMap<>();
        for (VisitData v : data.visits()) {
            for (String key : v.items().keySet()) {
                int colon = key.indexOf(':');
                String kind = colon < 0 ? key : key.substring(0, colon);
                if (!List.of("attendee", "finding", "recommendation", "evidence").contains(kind)) {
                    continue;
                }
                String other = seen.put(key, v.uuid());
                if (other != null && !other.equals(v.uuid())) {
                    throw new PackageException(Kind.ROW_OF_OTHER_VISIT, key, kind, key.substring(colon + 1),
                            v.label(), other);
                }
                byKind.computeIfAbsent(kind, k -> new LinkedHashMap<>()).put(
                        UUID.fromString(key.substring(colon + 1)), v.uuid());
            }
        }
        owned(byKind.get("attendee"), VISIT_ATTENDEE, VISIT_ATTENDEE.UUID, VISIT_ATTENDEE.VISIT_ID, "attendee",
                data);
        owned(byKind.get("finding"), FINDING, FINDING.UUID, FINDING.VISIT_ID, "finding", data);
        owned(byKind.get("recommendation"), RECOMMENDATION, RECOMMENDATION.UUID, RECOMMENDATION.VISIT_ID,
                "recommendation", data);
        owned(byKind.get("evidence"), EVIDENCE, EVIDENCE.UUID, EVIDENCE.VISIT_ID, "evidence", data);
        for (PlanData p : data.plans()) {
            for (Map<String, String> member : p.team()) {
                String memberUuid = member.get("uuid");
                String other = seen.put("team:" + memberUuid, p.uuid());
                if (other != null && !other.equals(p.uuid())) {
                    throw new PackageException(Kind.ROW_OF_OTHER_VISIT, "team " + memberUuid, "team", memberUuid,
                            p.plan().get("number_symbol"), other);
                }
                dsl.select(INSPECTION_PLAN.UUID, INSPECTION_PLAN.NUMBER_SYMBOL).from(TEAM_MEMBER)
                        .join(INSPECTION_PLAN).on(INSPECTION_PLAN.ID.eq(TEAM_MEMBER.PLAN_ID))
                        .where(TEAM_MEMBER.UUID.eq(UUID.fromString(memberUuid)))
                        .fetchOptional().filter(r -> !r.value1().toString().equals(p.uuid()))
                        .ifPresent(r -> {
                            throw new PackageException(Kind.ROW_OF_OTHER_VISIT, "team " + memberUuid, "team",
                                    memberUuid, p.plan().get("number_symbol"), r.value2());
                        });
            }
        }
        for (FrameworkData f : data.frameworks()) {
            if (f.versionUuid() == null || dsl.fetchExists(FRAMEWORK_VERSION,
                    FRAMEWORK_VERSION.UUID.eq(UUID.fromString(f.versionUuid())))) {
                continue; // a version this laptop has is compared by content, never written
            }
            for (Map<String, String> n : f.nodes()) {
                String nodeUuid = n.get("uuid");
                if (nodeUuid != null && dsl.fetchExists(CRITERION_NODE,
                        CRITERION_NODE.UUID.eq(UUID.fromString(nodeUuid)))) {
                    throw new PackageException(Kind.ROW_OF_OTHER_VISIT, "item " + nodeUuid, "item", nodeUuid,
                            f.label(), f.label());
                }
            }
        }
    }

    private void owned(Map<UUID, String> rows, Table<?> table, Field<UUID> uuid, Field<Long> visitId, String kind,
                       Contents data) {
        if (rows == null) {
            return;
        }
        List<UUID> all = new ArrayList<>(rows.keySet());
        for (int start = 0; start < all.size(); start += 500) {
            List<UUID> chunk = all.subList(start, Math.min(all.size(), start + 500));
            for (var r : dsl.select(uuid, VISIT.UUID, ADMIN_UNIT.NAME, VISIT.VISIT_DATE).from(table)
                    .join(VISIT).on(VISIT.ID.eq(visitId)).join(ADMIN_UNIT).on(ADMIN_UNIT.ID.eq(VISIT.UNIT_ID))
                    .where(uuid.in(chunk)).fetch()) {
                String packageVisit = rows.get(r.value1());
                if (!r.value2().toString().equals(packageVisit)) {
                    String label = data.visits().stream().filter(v -> packageVisit.equals(v.uuid()))
                            .map(VisitData::label).findFirst().orElse(packageVisit);
                    String here = r.value3() + (r.value4() == null ? ""
                            : " · " + org.parcheck.common.util.Dates.format(r.value4()));
                    throw new PackageException(Kind.ROW_OF_OTHER_VISIT, kind + " " + r.value1(), kind,
                            r.value1().toString(), label, here);
                }
            }
        }
    }
}
