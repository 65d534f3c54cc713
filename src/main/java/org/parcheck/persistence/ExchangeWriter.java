package org.parcheck.persistence;

import static org.parcheck.persistence.ExchangeRows.fill;
import static org.parcheck.persistence.ExchangeRows.parse;
import static org.parcheck.persistence.jooq.Tables.ADMIN_UNIT;
import static org.parcheck.persistence.jooq.Tables.CLASSIFICATION_BAND;
import static org.parcheck.persistence.jooq.Tables.CRITERION_NODE;
import static org.parcheck.persistence.jooq.Tables.EXCHANGE_PACKAGE;
import static org.parcheck.persistence.jooq.Tables.FIGURE_CONSTRAINT;
import static org.parcheck.persistence.jooq.Tables.FIGURE_DEF;
import static org.parcheck.persistence.jooq.Tables.FRAMEWORK;
import static org.parcheck.persistence.jooq.Tables.FRAMEWORK_VERSION;
import static org.parcheck.persistence.jooq.Tables.INSPECTION_PLAN;
import static org.parcheck.persistence.jooq.Tables.PLAN_FRAMEWORK;
import static org.parcheck.persistence.jooq.Tables.TEAM_MEMBER;
import static org.parcheck.persistence.jooq.Tables.VISIT;
import static org.parcheck.persistence.jooq.Tables.VISIT_FINGERPRINT_PART;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.TableRecord;
import org.parcheck.answering.audit.StoredFingerprint;
import org.parcheck.exchange.Merge;
import org.parcheck.exchange.PackageData.FrameworkData;
import org.parcheck.exchange.PackageData.PlanData;
import org.parcheck.exchange.PackageData.VisitData;
import org.parcheck.exchange.PackageException;
import org.parcheck.exchange.VisitItem;
import org.parcheck.plan.FinalisedVisitLog;
import org.parcheck.persistence.jooq.tables.records.AdminUnitRecord;
import org.parcheck.persistence.jooq.tables.records.CriterionNodeRecord;
import org.parcheck.persistence.jooq.tables.records.FrameworkRecord;
import org.parcheck.persistence.jooq.tables.records.FrameworkVersionRecord;
import org.parcheck.persistence.jooq.tables.records.InspectionPlanRecord;
import org.parcheck.persistence.jooq.tables.records.VisitRecord;
import org.parcheck.exchange.ExchangeRepository.Application;
import org.parcheck.exchange.ExchangeRepository.VisitUpdate;

/**
 * Applies an import in one transaction: new framework versions, units, plans and visits are inserted (ids resolved
 * from uuids), the chosen changes are written to visits and plans both laptops have, each with a change-log line
 * naming the package, and the package is recorded as imported. A finalised visit's fingerprint parts are worked out
 * again from the content as imported.
 */
final class ExchangeWriter {

    private ExchangeWriter() {
    }

    /** Writes everything in one transaction, or nothing. */
    static void apply(Database database, Application a) {
        database.transaction(dsl -> {
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
            WriteLookups lookups = new WriteLookups(dsl);
            for (FrameworkData f : a.frameworks()) {
                insertFramework(dsl, f);
            }
            insertUnits(dsl, lookups, a.units(), a.unitUuids());
            for (PlanData p : a.plans()) {
                insertPlan(dsl, lookups, p);
                ExchangeHistories.save(dsl, UUID.fromString(p.uuid()), p.history());
            }
            for (VisitData v : a.newVisits()) {
                VisitRecord visit = insertVisit(dsl, lookups, v, a.unitUuids());
                long visitId = visit.getId();
                NewVisitRows rows = new NewVisitRows(dsl, lookups, visitId, visit.getFrameworkVersionId());
                for (Map.Entry<String, VisitItem> e : v.items().entrySet()) {
                    if (!"visit".equals(e.getKey())) {
                        rows.write(e.getKey(), e.getValue());
                    }
                }
                rows.flush();
                ChangeLogLines.log(dsl, visitId, "visit", visitId, "import", null, v.label(), a.reason(),
                        a.actor(), now);
                ExchangeHistories.save(dsl, UUID.fromString(v.uuid()), v.history());
                if (visit.getStatus() == null || "FINALISED".equals(visit.getStatus())) {
                    // a new visit has no parts to remove; only a finalised one gets them
                    fingerprintParts(database, dsl, visitId);
                }
            }
            for (VisitUpdate u : a.updates()) {
                if (u.isPlan()) {
                    updatePlan(dsl, lookups, u, a, now);
                    continue;
                }
                VisitRecord visit = dsl.fetchSingle(VISIT, VISIT.UUID.eq(UUID.fromString(u.visitUuid())));
                long visitId = visit.getId();
                for (Merge.Change c : u.changes()) {
                    if (c.incoming() == null) {
                        VisitItemWriter.delete(dsl, lookups, visitId, c.key());
                    } else {
                        VisitItemWriter.write(dsl, lookups, visitId, visit.getFrameworkVersionId(), c.key(),
                                c.incoming());
                    }
                    ChangeLogLines.log(dsl, visitId, logEntity(c.key()), null, "import", summary(c.local()),
                            summary(c.incoming()), a.reason(), a.actor(), now);
                }
                if (!u.changes().isEmpty()) {
                    dsl.update(VISIT).set(VISIT.UPDATED_AT, now).set(VISIT.REVISION, VISIT.REVISION.plus(1))
                            .where(VISIT.ID.eq(visitId)).execute();
                    fingerprintParts(database, dsl, visitId);
                }
                ExchangeHistories.save(dsl, visit.getUuid(), u.history());
            }
            dsl.insertInto(EXCHANGE_PACKAGE)
                    .set(EXCHANGE_PACKAGE.PACKAGE_ID, UUID.fromString(a.manifest().packageId()))
                    .set(EXCHANGE_PACKAGE.IMPORTED_AT, now)
                    .set(EXCHANGE_PACKAGE.IMPORTED_BY, a.actor())
                    .set(EXCHANGE_PACKAGE.CREATED_BY, a.manifest().createdBy())
                    .set(EXCHANGE_PACKAGE.CREATED_AT, a.manifest().createdAt())
                    .set(EXCHANGE_PACKAGE.FILE_NAME, a.fileName())
                    .set(EXCHANGE_PACKAGE.SUMMARY, a.summary())
                    .execute();
            return null;
        });
    }

    /**
     * A finalised visit travels with the fingerprint stored where it was finalised (a field of its details); the
     * part hashes that let "verify" name what changed are worked out again here, from the content as imported, and
     * kept only when that content still gives the travelling fingerprint. Otherwise the visit keeps its fingerprint
     * without parts, and verify says it was altered (without the list of parts): that is what happened to it.
     */
    private static void fingerprintParts(Database database, DSLContext dsl, long visitId) {
        dsl.deleteFrom(VISIT_FINGERPRINT_PART).where(VISIT_FINGERPRINT_PART.VISIT_ID.eq(visitId)).execute();
        VisitRecord visit = dsl.fetchSingle(VISIT, VISIT.ID.eq(visitId));
        if (!"FINALISED".equals(visit.getStatus()) || visit.getFingerprint() == null) {
            return;
        }
        StoredFingerprint recomputed = StoredFingerprint.of(new JooqAnswerRepository(database).content(visitId),
                visit.getFinalisedAt());
        if (!recomputed.sha256().equals(visit.getFingerprint())) {
            return;
        }
        var insert = dsl.insertInto(VISIT_FINGERPRINT_PART, VISIT_FINGERPRINT_PART.VISIT_ID,
                VISIT_FINGERPRINT_PART.PART_KEY, VISIT_FINGERPRINT_PART.SHA256);
        recomputed.parts().forEach((key, hash) -> insert.values(visitId, key, hash));
        insert.execute();
    }

    /** The change log's entity: the item key as the visit screen writes it ("answer:1.2"), or its kind. */
    private static String logEntity(String key) {
        if (key.length() <= 48 && (key.startsWith("answer:") || key.startsWith("figure:") || !key.contains(":"))) {
            return key;
        }
        return key.contains(":") ? key.substring(0, key.indexOf(':')) : key.substring(0, 48);
    }

    /** Writes the merged changes of a plan both laptops have: its header, team members, framework per type. */
    private static void updatePlan(DSLContext dsl, WriteLookups lookups, VisitUpdate u, Application a,
                                   LocalDateTime now) {
        InspectionPlanRecord plan = dsl.fetchSingle(INSPECTION_PLAN, INSPECTION_PLAN.UUID.eq(
                UUID.fromString(u.visitUuid())));
        for (Merge.Change c : u.changes()) {
            String key = c.key();
            VisitItem item = c.incoming();
            if ("plan".equals(key)) {
                fill(plan, item.fields(), "id", "uuid", "created_at", "updated_at");
                plan.setUpdatedAt(now);
                plan.store();
            } else if (key.startsWith("team:")) {
                UUID member = UUID.fromString(key.substring("team:".length()));
                dsl.deleteFrom(TEAM_MEMBER).where(TEAM_MEMBER.UUID.eq(member)).execute();
                if (item != null) {
                    var r = dsl.newRecord(TEAM_MEMBER);
                    fill(r, item.fields(), "id", "uuid", "plan_id");
                    r.setUuid(member);
                    r.setPlanId(plan.getId());
                    r.store();
                }
            } else if (key.startsWith("framework:")) {
                String type = key.substring("framework:".length());
                dsl.deleteFrom(PLAN_FRAMEWORK).where(PLAN_FRAMEWORK.PLAN_ID.eq(plan.getId())
                        .and(PLAN_FRAMEWORK.UNIT_TYPE.eq(type))).execute();
                if (item != null) {
                    dsl.insertInto(PLAN_FRAMEWORK).set(PLAN_FRAMEWORK.PLAN_ID, plan.getId())
                            .set(PLAN_FRAMEWORK.UNIT_TYPE, type)
                            .set(PLAN_FRAMEWORK.FRAMEWORK_VERSION_ID, lookups.idOf(FRAMEWORK_VERSION,
                                    FRAMEWORK_VERSION.UUID, FRAMEWORK_VERSION.ID,
                                    item.field("framework_version_uuid"), "framework version"))
                            .execute();
                }
            } else {
                throw new PackageException(PackageException.Kind.INVALID_JSON, "plan item " + key, "data.json");
            }
            ChangeLogLines.log(dsl, null, logEntity(key), plan.getId(), "import", summary(c.local()),
                    summary(item), a.reason(), a.actor(), now);
            // #15: the plan's finalised visits say so in their own logs; their reports keep what they froze
            dsl.select(VISIT.ID, VISIT.FROZEN_REPORT.isNotNull()).from(VISIT).where(VISIT.PLAN_ID.eq(plan.getId()))
                    .and(VISIT.STATUS.eq("FINALISED")).forEach(v -> ChangeLogLines.log(dsl, v.value1(),
                            "plan", plan.getId(), "import", summary(c.local()), summary(item),
                            v.value2() ? FinalisedVisitLog.REPORT_KEPT : FinalisedVisitLog.REPORT_LIVE, a.actor(),
                            now));
        }
        ExchangeHistories.save(dsl, plan.getUuid(), u.history());
    }

    private static String summary(VisitItem item) {
        if (item == null) {
            return null;
        }
        String text = item.fields().entrySet().stream()
                .filter(e -> e.getValue() != null && !VisitItem.NOT_CONTENT.contains(e.getKey())
                        && !ExchangeReader.FROZEN_REPORT.equals(e.getKey()))
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
        return text.length() > 8000 ? text.substring(0, 8000) : text;
    }

    static Long versionIdOf(DSLContext dsl, long visitId) {
        return dsl.select(VISIT.FRAMEWORK_VERSION_ID).from(VISIT).where(VISIT.ID.eq(visitId)).fetchSingle().value1();
    }

    private static void insertFramework(DSLContext dsl, FrameworkData f) {
        UUID lineage = UUID.fromString(f.version().get("framework_uuid"));
        Long frameworkId = dsl.select(FRAMEWORK.ID).from(FRAMEWORK).where(FRAMEWORK.UUID.eq(lineage))
                .fetchOne(FRAMEWORK.ID);
        if (frameworkId == null) {
            FrameworkRecord r = dsl.newRecord(FRAMEWORK);
            fill(r, f.framework(), "id");
            r.store();
            frameworkId = r.getId();
        }
        FrameworkVersionRecord v = dsl.newRecord(FRAMEWORK_VERSION);
        fill(v, f.version(), "id", "framework_id", "based_on_version_id");
        v.setFrameworkId(frameworkId);
        if (dsl.fetchExists(FRAMEWORK_VERSION, FRAMEWORK_VERSION.FRAMEWORK_ID.eq(frameworkId)
                .and(FRAMEWORK_VERSION.VERSION_NO.eq(v.getVersionNo())))) {
            Integer max = dsl.select(org.jooq.impl.DSL.max(FRAMEWORK_VERSION.VERSION_NO)).from(FRAMEWORK_VERSION)
                    .where(FRAMEWORK_VERSION.FRAMEWORK_ID.eq(frameworkId)).fetchSingle().value1();
            v.setVersionNo(max + 1);
        }
        v.store();
        long versionId = v.getId();
        Map<String, Long> nodeIds = new HashMap<>();
        for (Map<String, String> n : f.nodes()) {
            CriterionNodeRecord r = dsl.newRecord(CRITERION_NODE);
            fill(r, n, "id", "framework_version_id", "parent_id", "parent_code");
            r.setFrameworkVersionId(versionId);
            r.store();
            nodeIds.put(n.get("uuid"), r.getId());
        }
        for (Map<String, String> n : f.nodes()) {
            if (n.get("parent_uuid") != null) {
                Long parent = nodeIds.get(n.get("parent_uuid"));
                if (parent == null) {
                    throw new PackageException(PackageException.Kind.MISSING_REFERENCE, "node parent", f.label());
                }
                dsl.update(CRITERION_NODE).set(CRITERION_NODE.PARENT_ID, parent)
                        .where(CRITERION_NODE.ID.eq(nodeIds.get(n.get("uuid")))).execute();
            }
        }
        insertChildren(dsl, f.figures(), () -> dsl.newRecord(FIGURE_DEF), versionId);
        insertChildren(dsl, f.constraints(), () -> dsl.newRecord(FIGURE_CONSTRAINT), versionId);
        insertChildren(dsl, f.bands(), () -> dsl.newRecord(CLASSIFICATION_BAND), versionId);
    }

    private static void insertChildren(DSLContext dsl, List<Map<String, String>> rows,
                                       java.util.function.Supplier<? extends TableRecord<?>> factory,
                                       long versionId) {
        for (Map<String, String> row : rows) {
            TableRecord<?> r = factory.get();
            fill(r, row, "id", "framework_version_id");
            fill(r, Map.of("framework_version_id", Long.toString(versionId)));
            ((org.jooq.UpdatableRecord<?>) r).store();
        }
    }

    private static void insertUnits(DSLContext dsl, WriteLookups lookups, List<Map<String, String>> units,
                                    Map<String, String> mapping) {
        for (Map<String, String> u : units) {
            AdminUnitRecord r = dsl.newRecord(ADMIN_UNIT);
            fill(r, u, "id", "parent_id", "successor_id");
            r.store();
        }
        for (Map<String, String> u : units) {
            String parent = u.get("parent_uuid");
            String successor = u.get("successor_uuid");
            dsl.update(ADMIN_UNIT)
                    .set(ADMIN_UNIT.PARENT_ID, parent == null ? null : lookups.idOf(ADMIN_UNIT, ADMIN_UNIT.UUID,
                            ADMIN_UNIT.ID, mapping.getOrDefault(parent, parent), "unit"))
                    .set(ADMIN_UNIT.SUCCESSOR_ID, successor == null ? null : lookups.idOf(ADMIN_UNIT, ADMIN_UNIT.UUID,
                            ADMIN_UNIT.ID, mapping.getOrDefault(successor, successor), "unit"))
                    .where(ADMIN_UNIT.UUID.eq(UUID.fromString(u.get("uuid")))).execute();
        }
    }

    private static void insertPlan(DSLContext dsl, WriteLookups lookups, PlanData p) {
        InspectionPlanRecord r = dsl.newRecord(INSPECTION_PLAN);
        fill(r, p.plan(), "id");
        r.store();
        for (Map<String, String> member : p.team()) {
            var m = dsl.newRecord(TEAM_MEMBER);
            fill(m, member, "id", "plan_id");
            m.setPlanId(r.getId());
            m.store();
        }
        p.frameworks().forEach((unitType, versionUuid) -> dsl.insertInto(PLAN_FRAMEWORK)
                .set(PLAN_FRAMEWORK.PLAN_ID, r.getId())
                .set(PLAN_FRAMEWORK.UNIT_TYPE, unitType)
                .set(PLAN_FRAMEWORK.FRAMEWORK_VERSION_ID, lookups.idOf(FRAMEWORK_VERSION, FRAMEWORK_VERSION.UUID,
                        FRAMEWORK_VERSION.ID, versionUuid, "framework version"))
                .execute());
    }

    /** Inserts a new visit (its details item included); returns it as stored. */
    private static VisitRecord insertVisit(DSLContext dsl, WriteLookups lookups, VisitData v,
                                           Map<String, String> units) {
        VisitRecord r = dsl.newRecord(VISIT);
        r.setUuid(UUID.fromString(v.uuid()));
        r.setPlanId(lookups.idOf(INSPECTION_PLAN, INSPECTION_PLAN.UUID, INSPECTION_PLAN.ID, v.visit().get("plan_uuid"),
                "plan"));
        String unit = v.visit().get("unit_uuid");
        String localUnit = units.getOrDefault(unit, unit);
        r.setUnitId(lookups.idOf(ADMIN_UNIT, ADMIN_UNIT.UUID, ADMIN_UNIT.ID, localUnit, "unit"));
        // matched to a unit this laptop has under another uuid: the content keeps the uuid it was made with (V004)
        String contentUnit = v.visit().getOrDefault("content_unit_uuid", unit);
        if (!contentUnit.equals(localUnit)) {
            r.setContentUnitUuid(UUID.fromString(contentUnit));
        }
        String version = v.visit().get("framework_version_uuid");
        r.setFrameworkVersionId(version == null ? null : lookups.idOf(FRAMEWORK_VERSION, FRAMEWORK_VERSION.UUID,
                FRAMEWORK_VERSION.ID, version, "framework version"));
        VisitItem details = v.items().get("visit");
        if (details != null) {
            fill(r, details.fields(), VisitItemWriter.VISIT_IDENTITY);
            r.setNoUnitOpinion("true".equals(details.field("no_unit_opinion")));
            if (details.updatedAt() != null) {
                r.setUpdatedAt((LocalDateTime) parse(details.updatedAt(), LocalDateTime.class));
            }
        }
        if (v.visit().get("created_at") != null) {
            r.setCreatedAt((LocalDateTime) parse(v.visit().get("created_at"), LocalDateTime.class));
        }
        r.store();
        return r;
    }

}
