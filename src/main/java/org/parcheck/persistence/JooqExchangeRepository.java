package org.parcheck.persistence;

import static org.parcheck.persistence.jooq.Tables.ADMIN_UNIT;
import static org.parcheck.persistence.jooq.Tables.ANSWER;
import static org.parcheck.persistence.jooq.Tables.CLASSIFICATION_BAND;
import static org.parcheck.persistence.jooq.Tables.CRITERION_NODE;
import static org.parcheck.persistence.jooq.Tables.EVIDENCE;
import static org.parcheck.persistence.jooq.Tables.EXCHANGE_PACKAGE;
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
import static org.parcheck.persistence.jooq.Tables.VISIT_FINGERPRINT_PART;
import static org.parcheck.persistence.jooq.Tables.VISIT_ATTENDEE;
import static org.parcheck.persistence.jooq.Tables.VISIT_HANDWRITTEN;
import static org.parcheck.persistence.jooq.Tables.VISIT_TEAM_PRESENT;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.TableRecord;
import org.parcheck.answering.HandwrittenPart;
import org.parcheck.answering.audit.StoredFingerprint;
import org.parcheck.common.util.Dates;
import org.parcheck.common.util.Numbers;
import org.parcheck.criteria.RuleCodec;
import org.parcheck.exchange.ExchangeRepository;
import org.parcheck.exchange.Merge;
import org.parcheck.exchange.PackageData.Contents;
import org.parcheck.exchange.PackageData.FrameworkData;
import org.parcheck.exchange.PackageData.PlanData;
import org.parcheck.exchange.PackageData.VisitData;
import org.parcheck.exchange.PackageException;
import org.parcheck.exchange.VisitItem;
import org.parcheck.plan.FinalisedVisitLog;
import org.parcheck.persistence.jooq.tables.records.AdminUnitRecord;
import org.parcheck.persistence.jooq.tables.records.AnswerRecord;
import org.parcheck.persistence.jooq.tables.records.CriterionNodeRecord;
import org.parcheck.persistence.jooq.tables.records.EvidenceRecord;
import org.parcheck.persistence.jooq.tables.records.FindingRecord;
import org.parcheck.persistence.jooq.tables.records.FrameworkRecord;
import org.parcheck.persistence.jooq.tables.records.FrameworkVersionRecord;
import org.parcheck.persistence.jooq.tables.records.InspectionPlanRecord;
import org.parcheck.persistence.jooq.tables.records.RecommendationRecord;
import org.parcheck.persistence.jooq.tables.records.VisitAttendeeRecord;
import org.parcheck.persistence.jooq.tables.records.VisitRecord;
import org.parcheck.scoring.rules.ChoiceOption;
import org.parcheck.scoring.rules.ChoiceRule;
import org.parcheck.scoring.rules.RuleType;
import org.parcheck.scoring.rules.ScoringRule;

/**
 * Team exchange in the database: reads plans, visits, units and framework versions as UUID-keyed rows for a
 * package, and applies an import in one transaction (with change-log lines naming the package).
 */
public final class JooqExchangeRepository implements ExchangeRepository {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> VISIT_FIELDS = List.of("visit_date", "start_time", "end_time", "place",
            "report_number", "status", "unit_opinion", "finalised_at", "fingerprint");
    /** The visit's frozen report (#15, V006): a field of the visit's details only when it has one. */
    private static final String FROZEN_REPORT = "frozen_report";
    private static final List<String> ANSWER_FIELDS = List.of("value_text", "not_applicable", "self_score",
            "manual_score", "manual_reason", "note", "flagged");
    /** A visit's identity and links come from the package's visit identity, never from its details item. */
    private static final String[] VISIT_IDENTITY = {"id", "uuid", "plan_id", "unit_id", "framework_version_id",
        "previous_visit_id", "content_unit_uuid", "revision", "created_at"};

    private final Database database;

    public JooqExchangeRepository(Database database) {
        this.database = database;
    }

    // ---------------------------------------------------------------- rows as text

    static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal) {
            return Numbers.plain((BigDecimal) value).toPlainString();
        }
        return value.toString();
    }

    private static Map<String, String> row(Record r, String... skip) {
        Set<String> skipped = Set.of(skip);
        Map<String, String> map = new TreeMap<>();
        for (Field<?> f : r.fields()) {
            String name = f.getName().toLowerCase(java.util.Locale.ROOT);
            if (!skipped.contains(name)) {
                map.put(name, text(r.get(f)));
            }
        }
        return map;
    }

    private static Map<String, String> pick(Record r, List<String> names) {
        Map<String, String> map = new TreeMap<>();
        for (String name : names) {
            map.put(name, text(r.get(name.toUpperCase(java.util.Locale.ROOT))));
        }
        return map;
    }

    static Object parse(String value, Class<?> type) {
        if (value == null) {
            return null;
        }
        try {
            if (type == String.class) {
                return value;
            } else if (type == Long.class) {
                return Long.valueOf(value);
            } else if (type == Integer.class) {
                return Integer.valueOf(value);
            } else if (type == BigDecimal.class) {
                return new BigDecimal(value);
            } else if (type == Boolean.class) {
                if (!"true".equals(value) && !"false".equals(value)) {
                    throw new IllegalArgumentException(value);
                }
                return Boolean.valueOf(value);
            } else if (type == UUID.class) {
                return UUID.fromString(value);
            } else if (type == LocalDate.class) {
                return LocalDate.parse(value);
            } else if (type == LocalTime.class) {
                return LocalTime.parse(value);
            } else if (type == LocalDateTime.class) {
                return LocalDateTime.parse(value);
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new PackageException(PackageException.Kind.INVALID_JSON, "value " + value, e, "data.json");
        }
        throw new IllegalStateException("No conversion to " + type);
    }

    /** The label of a choice item's chosen option ("Hài lòng" for "B"), shown on the import screen; else null. */
    private static String optionLabel(CriterionNodeRecord node, String value) {
        if (value == null || !RuleType.CHOICE.name().equals(node.getRuleType()) || node.getRuleJson() == null) {
            return null;
        }
        try {
            ScoringRule rule = RuleCodec.fromJson(RuleType.CHOICE, node.getRuleJson());
            if (rule instanceof ChoiceRule) {
                return ((ChoiceRule) rule).options().stream().filter(o -> value.equals(o.code()))
                        .map(ChoiceOption::label).findFirst().orElse(null);
            }
        } catch (RuntimeException e) {
            // a rule that does not read is shown by its stored value
        }
        return null;
    }

    /** Sets every field named in {@code values} (and not skipped) from its text. */
    @SuppressWarnings("unchecked")
    private static void fill(Record r, Map<String, String> values, String... skip) {
        Set<String> skipped = Set.of(skip);
        for (Field<?> f : r.fields()) {
            String name = f.getName().toLowerCase(java.util.Locale.ROOT);
            if (!skipped.contains(name) && values.containsKey(name)) {
                r.set((Field<Object>) f, parse(values.get(name), f.getType()));
            }
        }
    }

    // ---------------------------------------------------------------- reading

    @Override
    public Contents read(long planId, Collection<Long> visitIds) {
        DSLContext dsl = database.dsl();
        InspectionPlanRecord plan = dsl.fetchOne(INSPECTION_PLAN, INSPECTION_PLAN.ID.eq(planId));
        if (plan == null) {
            throw new IllegalArgumentException("No plan " + planId);
        }
        Set<Long> versionIds = new LinkedHashSet<>(dsl.select(PLAN_FRAMEWORK.FRAMEWORK_VERSION_ID).from(PLAN_FRAMEWORK)
                .where(PLAN_FRAMEWORK.PLAN_ID.eq(planId)).fetch(PLAN_FRAMEWORK.FRAMEWORK_VERSION_ID));
        PlanData planData = planData(dsl, plan);
        List<VisitRecord> visits = dsl.selectFrom(VISIT).where(VISIT.PLAN_ID.eq(planId))
                .and(visitIds.isEmpty() ? org.jooq.impl.DSL.trueCondition() : VISIT.ID.in(visitIds))
                .orderBy(VISIT.VISIT_DATE, VISIT.ID).fetch();
        if (visits.size() != new LinkedHashSet<>(visitIds).size() && !visitIds.isEmpty()) {
            throw new IllegalArgumentException("Visits " + visitIds + " are not all in plan " + planId);
        }
        List<VisitData> visitData = new ArrayList<>();
        Set<Long> unitIds = new LinkedHashSet<>();
        for (VisitRecord v : visits) {
            visitData.add(visitData(dsl, v));
            unitIds.add(v.getUnitId());
            if (v.getFrameworkVersionId() != null) {
                versionIds.add(v.getFrameworkVersionId());
            }
        }
        List<FrameworkData> frameworks = versionIds.stream().map(id -> frameworkData(dsl, id)).toList();
        return new Contents(frameworks, units(dsl, unitIds), List.of(planData), visitData);
    }

    private static PlanData planData(DSLContext dsl, InspectionPlanRecord plan) {
        Map<String, String> planFrameworks = new TreeMap<>();
        dsl.select(PLAN_FRAMEWORK.UNIT_TYPE, FRAMEWORK_VERSION.UUID).from(PLAN_FRAMEWORK)
                .join(FRAMEWORK_VERSION).on(FRAMEWORK_VERSION.ID.eq(PLAN_FRAMEWORK.FRAMEWORK_VERSION_ID))
                .where(PLAN_FRAMEWORK.PLAN_ID.eq(plan.getId())).orderBy(PLAN_FRAMEWORK.UNIT_TYPE)
                .forEach(r -> planFrameworks.put(r.value1(), r.value2().toString()));
        List<Map<String, String>> team = dsl.selectFrom(TEAM_MEMBER).where(TEAM_MEMBER.PLAN_ID.eq(plan.getId()))
                .orderBy(TEAM_MEMBER.POSITION, TEAM_MEMBER.ID).fetch(r -> row(r, "id", "plan_id"));
        return new PlanData(row(plan, "id"), team, planFrameworks, history(dsl, plan.getUuid()));
    }

    @Override
    public Optional<PlanData> plan(String uuid) {
        DSLContext dsl = database.dsl();
        return dsl.fetchOptional(INSPECTION_PLAN, INSPECTION_PLAN.UUID.eq(UUID.fromString(uuid)))
                .map(p -> planData(dsl, p));
    }

    private List<Map<String, String>> units(DSLContext dsl, Set<Long> start) {
        Map<Long, AdminUnitRecord> found = new LinkedHashMap<>();
        Deque<Long> todo = new ArrayDeque<>(start);
        while (!todo.isEmpty()) {
            Long id = todo.pop();
            if (id == null || found.containsKey(id)) {
                continue;
            }
            AdminUnitRecord u = dsl.fetchSingle(ADMIN_UNIT, ADMIN_UNIT.ID.eq(id));
            found.put(id, u);
            if (u.getParentId() != null) {
                todo.push(u.getParentId());
            }
            if (u.getSuccessorId() != null) {
                todo.push(u.getSuccessorId());
            }
        }
        Map<Long, String> uuids = new HashMap<>();
        found.forEach((id, u) -> uuids.put(id, u.getUuid().toString()));
        List<Map<String, String>> rows = new ArrayList<>();
        for (AdminUnitRecord u : found.values()) {
            Map<String, String> r = row(u, "id", "parent_id", "successor_id");
            r.put("parent_uuid", u.getParentId() == null ? null : uuids.get(u.getParentId()));
            r.put("successor_uuid", u.getSuccessorId() == null ? null : uuids.get(u.getSuccessorId()));
            rows.add(r);
        }
        return rows;
    }

    private FrameworkData frameworkData(DSLContext dsl, long versionId) {
        FrameworkVersionRecord v = dsl.fetchSingle(FRAMEWORK_VERSION, FRAMEWORK_VERSION.ID.eq(versionId));
        FrameworkRecord f = dsl.fetchSingle(FRAMEWORK, FRAMEWORK.ID.eq(v.getFrameworkId()));
        Map<String, String> version = row(v, "id", "framework_id", "based_on_version_id");
        version.put("framework_uuid", f.getUuid().toString());
        List<CriterionNodeRecord> nodeRecords = dsl.selectFrom(CRITERION_NODE)
                .where(CRITERION_NODE.FRAMEWORK_VERSION_ID.eq(versionId))
                .orderBy(CRITERION_NODE.POSITION, CRITERION_NODE.CODE).fetch();
        Map<Long, String> nodeUuids = new HashMap<>();
        nodeRecords.forEach(n -> nodeUuids.put(n.getId(), n.getUuid().toString()));
        List<Map<String, String>> nodes = new ArrayList<>();
        for (CriterionNodeRecord n : nodeRecords) {
            Map<String, String> r = row(n, "id", "framework_version_id", "parent_id");
            r.put("parent_uuid", n.getParentId() == null ? null : nodeUuids.get(n.getParentId()));
            r.put("parent_code", n.getParentId() == null ? null : nodeRecords.stream()
                    .filter(p -> p.getId().equals(n.getParentId())).findFirst().map(CriterionNodeRecord::getCode)
                    .orElse(null));
            nodes.add(r);
        }
        List<Map<String, String>> figures = dsl.selectFrom(FIGURE_DEF).where(FIGURE_DEF.FRAMEWORK_VERSION_ID
                .eq(versionId)).orderBy(FIGURE_DEF.POSITION, FIGURE_DEF.CODE)
                .fetch(r -> row(r, "id", "framework_version_id"));
        List<Map<String, String>> constraints = dsl.selectFrom(FIGURE_CONSTRAINT)
                .where(FIGURE_CONSTRAINT.FRAMEWORK_VERSION_ID.eq(versionId))
                .orderBy(FIGURE_CONSTRAINT.POSITION, FIGURE_CONSTRAINT.KIND, FIGURE_CONSTRAINT.LHS_CODES,
                        FIGURE_CONSTRAINT.RHS_CODE)
                .fetch(r -> row(r, "id", "framework_version_id"));
        List<Map<String, String>> bands = dsl.selectFrom(CLASSIFICATION_BAND)
                .where(CLASSIFICATION_BAND.FRAMEWORK_VERSION_ID.eq(versionId))
                .orderBy(CLASSIFICATION_BAND.POSITION, CLASSIFICATION_BAND.CODE)
                .fetch(r -> row(r, "id", "framework_version_id"));
        return new FrameworkData(row(f, "id"), version, nodes, figures, constraints, bands);
    }

    private VisitData visitData(DSLContext dsl, VisitRecord v) {
        long visitId = v.getId();
        Map<String, String> identity = new TreeMap<>();
        identity.put("uuid", v.getUuid().toString());
        identity.put("plan_uuid", dsl.select(INSPECTION_PLAN.UUID).from(INSPECTION_PLAN)
                .where(INSPECTION_PLAN.ID.eq(v.getPlanId())).fetchSingle().value1().toString());
        AdminUnitRecord unit = dsl.fetchSingle(ADMIN_UNIT, ADMIN_UNIT.ID.eq(v.getUnitId()));
        identity.put("unit_uuid", unit.getUuid().toString());
        if (v.getContentUnitUuid() != null) {
            // the unit as the visit was made with it, when this laptop knows it under another uuid (V004)
            identity.put("content_unit_uuid", v.getContentUnitUuid().toString());
        }
        identity.put("framework_version_uuid", v.getFrameworkVersionId() == null ? null
                : dsl.select(FRAMEWORK_VERSION.UUID).from(FRAMEWORK_VERSION)
                .where(FRAMEWORK_VERSION.ID.eq(v.getFrameworkVersionId())).fetchSingle().value1().toString());
        identity.put("created_at", text(v.getCreatedAt()));
        String label = unit.getName() + (v.getVisitDate() == null ? "" : " · " + Dates.format(v.getVisitDate()));
        Map<Long, CriterionNodeRecord> nodes = new HashMap<>();
        if (v.getFrameworkVersionId() != null) {
            dsl.selectFrom(CRITERION_NODE).where(CRITERION_NODE.FRAMEWORK_VERSION_ID.eq(v.getFrameworkVersionId()))
                    .forEach(n -> nodes.put(n.getId(), n));
        }
        Map<String, VisitItem> items = new TreeMap<>();
        Map<String, String> details = pick(v, VISIT_FIELDS);
        if (v.getFrozenReport() != null) {
            // #15: the frozen report travels with the fingerprint it is covered by (absent when none: older hashes)
            details.put(FROZEN_REPORT, v.getFrozenReport());
        }
        if (Boolean.TRUE.equals(v.getNoUnitOpinion())) {
            // #15 §1 (V005): only when set, so that a visit without it has the same item (and hash) as before
            details.put("no_unit_opinion", "true");
        }
        items.put("visit", new VisitItem(label, details, null, text(v.getUpdatedAt())));
        for (AnswerRecord a : dsl.selectFrom(ANSWER).where(ANSWER.VISIT_ID.eq(visitId)).fetch()) {
            CriterionNodeRecord n = nodes.get(a.getNodeId());
            Map<String, String> fields = pick(a, ANSWER_FIELDS);
            String optionLabel = optionLabel(n, a.getValueText());
            if (optionLabel != null) {
                fields.put(VisitItem.VALUE_LABEL, optionLabel);
            }
            items.put("answer:" + n.getCode(), new VisitItem(n.getCode() + " " + n.getTitle(), fields,
                    a.getUpdatedBy(), text(a.getUpdatedAt())));
        }
        Map<String, String> figureNames = new HashMap<>();
        if (v.getFrameworkVersionId() != null) {
            dsl.selectFrom(FIGURE_DEF).where(FIGURE_DEF.FRAMEWORK_VERSION_ID.eq(v.getFrameworkVersionId()))
                    .forEach(f -> figureNames.put(f.getCode(), f.getName()));
        }
        dsl.selectFrom(FIGURE_VALUE).where(FIGURE_VALUE.VISIT_ID.eq(visitId)).forEach(f -> items.put(
                "figure:" + f.getFigureCode(), new VisitItem(figureNames.getOrDefault(f.getFigureCode(),
                        f.getFigureCode()),
                        pick(f, List.of("amount", "note")), f.getUpdatedBy(), text(f.getUpdatedAt()))));
        dsl.selectFrom(VISIT_ATTENDEE).where(VISIT_ATTENDEE.VISIT_ID.eq(visitId)).forEach(a -> items.put(
                "attendee:" + a.getUuid(), new VisitItem(a.getFullName(),
                        pick(a, List.of("full_name", "job_title", "is_representative", "position")), null, null)));
        for (FindingRecord f : dsl.selectFrom(FINDING).where(FINDING.VISIT_ID.eq(visitId)).fetch()) {
            Map<String, String> fields = pick(f, List.of("kind", "text", "cause", "position"));
            fields.put("node_code", nodeCode(nodes, f.getNodeId()));
            items.put("finding:" + f.getUuid(), new VisitItem(f.getText(), fields, null, null));
        }
        for (RecommendationRecord r : dsl.selectFrom(RECOMMENDATION).where(RECOMMENDATION.VISIT_ID.eq(visitId))
                .fetch()) {
            Map<String, String> fields = pick(r, List.of("text", "responsible_party", "deadline", "status",
                    "position"));
            fields.put("carried_from_uuid", r.getCarriedFromId() == null ? null
                    : text(dsl.select(RECOMMENDATION.UUID).from(RECOMMENDATION)
                    .where(RECOMMENDATION.ID.eq(r.getCarriedFromId())).fetchOne(RECOMMENDATION.UUID)));
            items.put("recommendation:" + r.getUuid(), new VisitItem(r.getText(), fields, null, null));
        }
        for (EvidenceRecord e : dsl.selectFrom(EVIDENCE).where(EVIDENCE.VISIT_ID.eq(visitId)).fetch()) {
            Map<String, String> fields = pick(e, List.of("doc_number", "doc_date", "issuer", "title",
                    "attachment_path", "attachment_sha256"));
            fields.put("node_code", nodeCode(nodes, e.getNodeId()));
            fields.put("attachment_name", attachmentName(e.getAttachmentPath()));
            items.put("evidence:" + e.getUuid(), new VisitItem(Objects.toString(e.getDocNumber(), "") + " "
                    + Objects.toString(e.getTitle(), ""), fields, null, text(e.getCreatedAt())));
        }
        reportPartItems(dsl, v, items);
        return new VisitData(identity, label, items, history(dsl, v.getUuid()));
    }

    /**
     * #15 §1 (V005): the team members present ({@code team_present:<member uuid>}) and the parts left to write by
     * hand ({@code handwritten:<PART>}, with the reason) travel as items of their own; older packages have none.
     */
    private static void reportPartItems(DSLContext dsl, VisitRecord v, Map<String, VisitItem> items) {
        Map<UUID, String> names = new HashMap<>();
        dsl.selectFrom(TEAM_MEMBER).where(TEAM_MEMBER.PLAN_ID.eq(v.getPlanId()))
                .forEach(m -> names.put(m.getUuid(), m.getFullName()));
        dsl.selectFrom(VISIT_TEAM_PRESENT).where(VISIT_TEAM_PRESENT.VISIT_ID.eq(v.getId())).forEach(t -> items.put(
                "team_present:" + t.getTeamMemberUuid(), new VisitItem(names.getOrDefault(t.getTeamMemberUuid(),
                        t.getTeamMemberUuid().toString()), Map.of("present", "true"), null, null)));
        dsl.selectFrom(VISIT_HANDWRITTEN).where(VISIT_HANDWRITTEN.VISIT_ID.eq(v.getId())).forEach(h -> items.put(
                "handwritten:" + h.getPart(), new VisitItem(h.getPart(), Map.of("reason", h.getReason()), null,
                        null)));
    }

    private static String attachmentName(String path) {
        if (path == null) {
            return null;
        }
        String name = path.substring(path.replace('\\', '/').lastIndexOf('/') + 1);
        return name.matches("[0-9a-f]{12}-.+") ? name.substring(13) : name;
    }

    private static String nodeCode(Map<Long, CriterionNodeRecord> nodes, Long id) {
        return id == null || !nodes.containsKey(id) ? null : nodes.get(id).getCode();
    }

    private static Map<String, List<String>> history(DSLContext dsl, UUID visitUuid) {
        String json = dsl.select(EXCHANGE_HISTORY.HISTORY_JSON).from(EXCHANGE_HISTORY)
                .where(EXCHANGE_HISTORY.OWNER_UUID.eq(visitUuid)).fetchOne(EXCHANGE_HISTORY.HISTORY_JSON);
        if (json == null) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<Map<String, List<String>>>() { });
        } catch (IOException e) {
            throw new IllegalStateException("Stored exchange history is not JSON", e);
        }
    }

    private static void saveHistory(DSLContext dsl, UUID visitUuid, Map<String, List<String>> history) {
        String json;
        try {
            json = JSON.writeValueAsString(new TreeMap<>(history));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        dsl.mergeInto(EXCHANGE_HISTORY)
                .using(dsl.selectOne())
                .on(EXCHANGE_HISTORY.OWNER_UUID.eq(visitUuid))
                .whenMatchedThenUpdate()
                .set(EXCHANGE_HISTORY.HISTORY_JSON, json)
                .set(EXCHANGE_HISTORY.UPDATED_AT, now)
                .whenNotMatchedThenInsert(EXCHANGE_HISTORY.OWNER_UUID, EXCHANGE_HISTORY.HISTORY_JSON,
                        EXCHANGE_HISTORY.UPDATED_AT)
                .values(visitUuid, json, now)
                .execute();
    }

    @Override
    public void saveHistories(Map<String, Map<String, List<String>>> histories) {
        database.transaction(dsl -> {
            histories.forEach((uuid, history) -> saveHistory(dsl, UUID.fromString(uuid), history));
            return null;
        });
    }

    @Override
    public Optional<FrameworkData> frameworkVersion(String uuid) {
        DSLContext dsl = database.dsl();
        return dsl.select(FRAMEWORK_VERSION.ID).from(FRAMEWORK_VERSION)
                .where(FRAMEWORK_VERSION.UUID.eq(UUID.fromString(uuid))).fetchOptional(FRAMEWORK_VERSION.ID)
                .map(id -> frameworkData(dsl, id));
    }

    @Override
    public Optional<String> matchUnit(Map<String, String> unit) {
        DSLContext dsl = database.dsl();
        UUID uuid = UUID.fromString(unit.get("uuid"));
        if (dsl.fetchExists(ADMIN_UNIT, ADMIN_UNIT.UUID.eq(uuid))) {
            return Optional.of(uuid.toString());
        }
        if (unit.get("name") == null || unit.get("unit_type") == null) {
            return Optional.empty();
        }
        return dsl.selectFrom(ADMIN_UNIT).where(ADMIN_UNIT.UNIT_TYPE.eq(unit.get("unit_type")))
                .and(ADMIN_UNIT.NAME.eq(unit.get("name"))).fetch().stream()
                .filter(u -> Objects.equals(u.getCode(), unit.get("code"))
                        && Objects.equals(text(u.getValidFrom()), unit.get("valid_from"))
                        && Objects.equals(text(u.getValidTo()), unit.get("valid_to")))
                .map(u -> u.getUuid().toString()).findFirst();
    }

    @Override
    public boolean planExists(String uuid) {
        return database.dsl().fetchExists(INSPECTION_PLAN, INSPECTION_PLAN.UUID.eq(UUID.fromString(uuid)));
    }

    @Override
    public Optional<VisitData> visit(String uuid) {
        DSLContext dsl = database.dsl();
        return dsl.fetchOptional(VISIT, VISIT.UUID.eq(UUID.fromString(uuid))).map(v -> visitData(dsl, v));
    }

    @Override
    public boolean packageImported(String packageId) {
        return database.dsl().fetchExists(EXCHANGE_PACKAGE, EXCHANGE_PACKAGE.PACKAGE_ID.eq(UUID.fromString(packageId)));
    }

    @Override
    public Map<String, String> attachmentsWithHashes(Collection<String> sha256s) {
        Map<String, String> out = new LinkedHashMap<>();
        if (sha256s.isEmpty()) {
            return out;
        }
        List<String> lower = sha256s.stream().map(s -> s.toLowerCase(java.util.Locale.ROOT)).toList();
        database.dsl().select(EVIDENCE.ATTACHMENT_PATH, EVIDENCE.ATTACHMENT_SHA256).from(EVIDENCE)
                .where(EVIDENCE.ATTACHMENT_PATH.isNotNull())
                .and(org.jooq.impl.DSL.lower(EVIDENCE.ATTACHMENT_SHA256).in(lower))
                .orderBy(EVIDENCE.ID)
                .forEach(r -> out.put(r.value1(), r.value2().toLowerCase(java.util.Locale.ROOT)));
        return out;
    }

    @Override
    public void check(Contents data, org.parcheck.exchange.PackageManifest manifest, String fileName) {
        PackageValues.check(database.dsl(), data, manifest, fileName);
    }

    @Override
    public long planOf(long visitId) {
        return database.dsl().select(VISIT.PLAN_ID).from(VISIT).where(VISIT.ID.eq(visitId)).fetchSingle().value1();
    }

    @Override
    public String suggestedName(long visitId) {
        return database.dsl().select(INSPECTION_PLAN.NUMBER_SYMBOL, ADMIN_UNIT.NAME).from(VISIT)
                .join(INSPECTION_PLAN).on(INSPECTION_PLAN.ID.eq(VISIT.PLAN_ID))
                .join(ADMIN_UNIT).on(ADMIN_UNIT.ID.eq(VISIT.UNIT_ID))
                .where(VISIT.ID.eq(visitId)).fetchSingle(r -> r.value1() + " " + r.value2());
    }

    // ---------------------------------------------------------------- applying

    @Override
    public void apply(Application a) {
        database.transaction(dsl -> {
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
            for (FrameworkData f : a.frameworks()) {
                insertFramework(dsl, f);
            }
            insertUnits(dsl, a.units(), a.unitUuids());
            for (PlanData p : a.plans()) {
                insertPlan(dsl, p);
                saveHistory(dsl, UUID.fromString(p.uuid()), p.history());
            }
            for (VisitData v : a.newVisits()) {
                long visitId = insertVisit(dsl, v, a.unitUuids());
                Long versionId = versionIdOf(dsl, visitId);
                for (Map.Entry<String, VisitItem> e : v.items().entrySet()) {
                    if (!"visit".equals(e.getKey())) {
                        write(dsl, visitId, versionId, e.getKey(), e.getValue());
                    }
                }
                JooqAnswerRepository.log(dsl, visitId, "visit", visitId, "import", null, v.label(), a.reason(),
                        a.actor(), now);
                saveHistory(dsl, UUID.fromString(v.uuid()), v.history());
                fingerprintParts(dsl, visitId);
            }
            for (VisitUpdate u : a.updates()) {
                if (u.isPlan()) {
                    updatePlan(dsl, u, a, now);
                    continue;
                }
                VisitRecord visit = dsl.fetchSingle(VISIT, VISIT.UUID.eq(UUID.fromString(u.visitUuid())));
                long visitId = visit.getId();
                for (Merge.Change c : u.changes()) {
                    if (c.incoming() == null) {
                        delete(dsl, visitId, c.key());
                    } else {
                        write(dsl, visitId, visit.getFrameworkVersionId(), c.key(), c.incoming());
                    }
                    JooqAnswerRepository.log(dsl, visitId, logEntity(c.key()), null, "import", summary(c.local()),
                            summary(c.incoming()), a.reason(), a.actor(), now);
                }
                if (!u.changes().isEmpty()) {
                    dsl.update(VISIT).set(VISIT.UPDATED_AT, now).set(VISIT.REVISION, VISIT.REVISION.plus(1))
                            .where(VISIT.ID.eq(visitId)).execute();
                    fingerprintParts(dsl, visitId);
                }
                saveHistory(dsl, visit.getUuid(), u.history());
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
    private void fingerprintParts(DSLContext dsl, long visitId) {
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
    private static void updatePlan(DSLContext dsl, VisitUpdate u, Application a, LocalDateTime now) {
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
                            .set(PLAN_FRAMEWORK.FRAMEWORK_VERSION_ID, idOf(dsl, FRAMEWORK_VERSION,
                                    FRAMEWORK_VERSION.UUID, FRAMEWORK_VERSION.ID,
                                    item.field("framework_version_uuid"), "framework version"))
                            .execute();
                }
            } else {
                throw new PackageException(PackageException.Kind.INVALID_JSON, "plan item " + key, "data.json");
            }
            JooqAnswerRepository.log(dsl, null, logEntity(key), plan.getId(), "import", summary(c.local()),
                    summary(item), a.reason(), a.actor(), now);
            // #15: the plan's finalised visits say so in their own logs; their reports keep what they froze
            dsl.select(VISIT.ID, VISIT.FROZEN_REPORT.isNotNull()).from(VISIT).where(VISIT.PLAN_ID.eq(plan.getId()))
                    .and(VISIT.STATUS.eq("FINALISED")).forEach(v -> JooqAnswerRepository.log(dsl, v.value1(),
                            "plan", plan.getId(), "import", summary(c.local()), summary(item),
                            v.value2() ? FinalisedVisitLog.REPORT_KEPT : FinalisedVisitLog.REPORT_LIVE, a.actor(),
                            now));
        }
        saveHistory(dsl, plan.getUuid(), u.history());
    }

    private static String summary(VisitItem item) {
        if (item == null) {
            return null;
        }
        String text = item.fields().entrySet().stream()
                .filter(e -> e.getValue() != null && !VisitItem.NOT_CONTENT.contains(e.getKey())
                        && !FROZEN_REPORT.equals(e.getKey()))
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
        return text.length() > 8000 ? text.substring(0, 8000) : text;
    }

    private static Long versionIdOf(DSLContext dsl, long visitId) {
        return dsl.select(VISIT.FRAMEWORK_VERSION_ID).from(VISIT).where(VISIT.ID.eq(visitId)).fetchSingle().value1();
    }

    private static long idOf(DSLContext dsl, org.jooq.Table<?> table, Field<UUID> uuidField, Field<Long> idField,
                             String uuid, String what) {
        Long id = uuid == null ? null : dsl.select(idField).from(table).where(uuidField.eq(UUID.fromString(uuid)))
                .fetchOne(idField);
        if (id == null) {
            throw new PackageException(PackageException.Kind.MISSING_REFERENCE, what + " " + uuid, what);
        }
        return id;
    }

    private void insertFramework(DSLContext dsl, FrameworkData f) {
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

    private static void insertUnits(DSLContext dsl, List<Map<String, String>> units, Map<String, String> mapping) {
        for (Map<String, String> u : units) {
            AdminUnitRecord r = dsl.newRecord(ADMIN_UNIT);
            fill(r, u, "id", "parent_id", "successor_id");
            r.store();
        }
        for (Map<String, String> u : units) {
            String parent = u.get("parent_uuid");
            String successor = u.get("successor_uuid");
            dsl.update(ADMIN_UNIT)
                    .set(ADMIN_UNIT.PARENT_ID, parent == null ? null : idOf(dsl, ADMIN_UNIT, ADMIN_UNIT.UUID,
                            ADMIN_UNIT.ID, mapping.getOrDefault(parent, parent), "unit"))
                    .set(ADMIN_UNIT.SUCCESSOR_ID, successor == null ? null : idOf(dsl, ADMIN_UNIT, ADMIN_UNIT.UUID,
                            ADMIN_UNIT.ID, mapping.getOrDefault(successor, successor), "unit"))
                    .where(ADMIN_UNIT.UUID.eq(UUID.fromString(u.get("uuid")))).execute();
        }
    }

    private static void insertPlan(DSLContext dsl, PlanData p) {
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
                .set(PLAN_FRAMEWORK.FRAMEWORK_VERSION_ID, idOf(dsl, FRAMEWORK_VERSION, FRAMEWORK_VERSION.UUID,
                        FRAMEWORK_VERSION.ID, versionUuid, "framework version"))
                .execute());
    }

    private static long insertVisit(DSLContext dsl, VisitData v, Map<String, String> units) {
        VisitRecord r = dsl.newRecord(VISIT);
        r.setUuid(UUID.fromString(v.uuid()));
        r.setPlanId(idOf(dsl, INSPECTION_PLAN, INSPECTION_PLAN.UUID, INSPECTION_PLAN.ID, v.visit().get("plan_uuid"),
                "plan"));
        String unit = v.visit().get("unit_uuid");
        String localUnit = units.getOrDefault(unit, unit);
        r.setUnitId(idOf(dsl, ADMIN_UNIT, ADMIN_UNIT.UUID, ADMIN_UNIT.ID, localUnit, "unit"));
        // matched to a unit this laptop has under another uuid: the content keeps the uuid it was made with (V004)
        String contentUnit = v.visit().getOrDefault("content_unit_uuid", unit);
        if (!contentUnit.equals(localUnit)) {
            r.setContentUnitUuid(UUID.fromString(contentUnit));
        }
        String version = v.visit().get("framework_version_uuid");
        r.setFrameworkVersionId(version == null ? null : idOf(dsl, FRAMEWORK_VERSION, FRAMEWORK_VERSION.UUID,
                FRAMEWORK_VERSION.ID, version, "framework version"));
        VisitItem details = v.items().get("visit");
        if (details != null) {
            fill(r, details.fields(), VISIT_IDENTITY);
            r.setNoUnitOpinion("true".equals(details.field("no_unit_opinion")));
            if (details.updatedAt() != null) {
                r.setUpdatedAt((LocalDateTime) parse(details.updatedAt(), LocalDateTime.class));
            }
        }
        if (v.visit().get("created_at") != null) {
            r.setCreatedAt((LocalDateTime) parse(v.visit().get("created_at"), LocalDateTime.class));
        }
        r.store();
        return r.getId();
    }

    /** An item of the visit's version by its code (codes are unique within a version and never change). */
    private static Long nodeId(DSLContext dsl, Long versionId, String code) {
        if (code == null) {
            return null;
        }
        Long id = dsl.select(CRITERION_NODE.ID).from(CRITERION_NODE)
                .where(CRITERION_NODE.CODE.eq(code))
                .and(CRITERION_NODE.FRAMEWORK_VERSION_ID.eq(versionId)).fetchOne(CRITERION_NODE.ID);
        if (id == null) {
            throw new PackageException(PackageException.Kind.MISSING_REFERENCE, "item " + code, code);
        }
        return id;
    }

    private static LocalDateTime when(VisitItem item) {
        return item.updatedAt() == null ? LocalDateTime.now(ZoneOffset.UTC)
                : (LocalDateTime) parse(item.updatedAt(), LocalDateTime.class);
    }

    /** Writes one item (insert or update) of a visit. */
    private static void write(DSLContext dsl, long visitId, Long versionId, String key, VisitItem item) {
        int colon = key.indexOf(':');
        String kind = colon < 0 ? key : key.substring(0, colon);
        String id = colon < 0 ? null : key.substring(colon + 1);
        switch (kind) {
            case "visit" -> {
                VisitRecord r = dsl.fetchSingle(VISIT, VISIT.ID.eq(visitId));
                fill(r, item.fields(), VISIT_IDENTITY);
                if (!item.fields().containsKey(FROZEN_REPORT)) {
                    r.setFrozenReport(null); // #15: details from a laptop that froze nothing
                }
                r.setNoUnitOpinion("true".equals(item.field("no_unit_opinion")));
                r.store();
            }
            case "answer" -> {
                long node = nodeId(dsl, versionId, id);
                AnswerRecord r = dsl.fetchOne(ANSWER, ANSWER.VISIT_ID.eq(visitId).and(ANSWER.NODE_ID.eq(node)));
                if (r == null) {
                    r = dsl.newRecord(ANSWER);
                    r.setUuid(UUID.randomUUID());
                    r.setVisitId(visitId);
                    r.setNodeId(node);
                    r.setRevision(0L);
                } else {
                    r.setRevision(r.getRevision() + 1);
                }
                fill(r, item.fields(), "id", "uuid", "visit_id", "node_id", "revision");
                r.setUpdatedBy(item.updatedBy());
                r.setUpdatedAt(when(item));
                r.store();
            }
            case "figure" -> {
                dsl.deleteFrom(FIGURE_VALUE).where(FIGURE_VALUE.VISIT_ID.eq(visitId)
                        .and(FIGURE_VALUE.FIGURE_CODE.eq(id))).execute();
                var r = dsl.newRecord(FIGURE_VALUE);
                r.setVisitId(visitId);
                r.setFigureCode(id);
                fill(r, item.fields(), "visit_id", "figure_code");
                r.setUpdatedBy(item.updatedBy());
                r.setUpdatedAt(when(item));
                r.store();
            }
            case "attendee" -> {
                VisitAttendeeRecord r = dsl.fetchOne(VISIT_ATTENDEE, VISIT_ATTENDEE.UUID.eq(UUID.fromString(id)));
                if (r == null) {
                    r = dsl.newRecord(VISIT_ATTENDEE);
                    r.setUuid(UUID.fromString(id));
                }
                r.setVisitId(visitId);
                fill(r, item.fields(), "id", "uuid", "visit_id");
                r.store();
            }
            case "finding" -> {
                FindingRecord r = dsl.fetchOne(FINDING, FINDING.UUID.eq(UUID.fromString(id)));
                if (r == null) {
                    r = dsl.newRecord(FINDING);
                    r.setUuid(UUID.fromString(id));
                }
                r.setVisitId(visitId);
                fill(r, item.fields(), "id", "uuid", "visit_id", "node_id", "node_code");
                r.setNodeId(nodeId(dsl, versionId, item.field("node_code")));
                r.store();
            }
            case "recommendation" -> {
                RecommendationRecord r = dsl.fetchOne(RECOMMENDATION, RECOMMENDATION.UUID.eq(UUID.fromString(id)));
                if (r == null) {
                    r = dsl.newRecord(RECOMMENDATION);
                    r.setUuid(UUID.fromString(id));
                }
                r.setVisitId(visitId);
                fill(r, item.fields(), "id", "uuid", "visit_id", "carried_from_id");
                String from = item.field("carried_from_uuid");
                r.setCarriedFromId(from == null ? null : dsl.select(RECOMMENDATION.ID).from(RECOMMENDATION)
                        .where(RECOMMENDATION.UUID.eq(UUID.fromString(from))).fetchOne(RECOMMENDATION.ID));
                r.store();
            }
            case "evidence" -> {
                EvidenceRecord r = dsl.fetchOne(EVIDENCE, EVIDENCE.UUID.eq(UUID.fromString(id)));
                if (r == null) {
                    r = dsl.newRecord(EVIDENCE);
                    r.setUuid(UUID.fromString(id));
                    r.setCreatedAt(when(item));
                }
                r.setVisitId(visitId);
                fill(r, item.fields(), "id", "uuid", "visit_id", "node_id", "node_code", "created_at");
                r.setNodeId(nodeId(dsl, versionId, item.field("node_code")));
                r.store();
            }
            case "team_present" -> { // #15 §1 (V005)
                UUID member = UUID.fromString(id);
                dsl.deleteFrom(VISIT_TEAM_PRESENT).where(VISIT_TEAM_PRESENT.VISIT_ID.eq(visitId)
                        .and(VISIT_TEAM_PRESENT.TEAM_MEMBER_UUID.eq(member))).execute();
                dsl.insertInto(VISIT_TEAM_PRESENT).set(VISIT_TEAM_PRESENT.VISIT_ID, visitId)
                        .set(VISIT_TEAM_PRESENT.TEAM_MEMBER_UUID, member).execute();
            }
            case "handwritten" -> { // #15 §1 (V005)
                String part;
                try {
                    part = HandwrittenPart.valueOf(id).name();
                } catch (IllegalArgumentException e) {
                    throw new PackageException(PackageException.Kind.INVALID_JSON, "item " + key, e, "data.json");
                }
                String reason = item.field("reason");
                if (reason == null || reason.isBlank()) {
                    throw new PackageException(PackageException.Kind.INVALID_JSON, "item " + key, "data.json");
                }
                dsl.deleteFrom(VISIT_HANDWRITTEN).where(VISIT_HANDWRITTEN.VISIT_ID.eq(visitId)
                        .and(VISIT_HANDWRITTEN.PART.eq(part))).execute();
                dsl.insertInto(VISIT_HANDWRITTEN).set(VISIT_HANDWRITTEN.VISIT_ID, visitId)
                        .set(VISIT_HANDWRITTEN.PART, part).set(VISIT_HANDWRITTEN.REASON, reason).execute();
            }
            default -> throw new PackageException(PackageException.Kind.INVALID_JSON, "item " + key, "data.json");
        }
    }

    private static void delete(DSLContext dsl, long visitId, String key) {
        int colon = key.indexOf(':');
        String kind = colon < 0 ? key : key.substring(0, colon);
        String id = colon < 0 ? null : key.substring(colon + 1);
        switch (kind) {
            case "answer" -> dsl.deleteFrom(ANSWER).where(ANSWER.VISIT_ID.eq(visitId)
                    .and(ANSWER.NODE_ID.eq(nodeId(dsl, versionIdOf(dsl, visitId), id)))).execute();
            case "figure" -> dsl.deleteFrom(FIGURE_VALUE).where(FIGURE_VALUE.VISIT_ID.eq(visitId)
                    .and(FIGURE_VALUE.FIGURE_CODE.eq(id))).execute();
            case "attendee" -> dsl.deleteFrom(VISIT_ATTENDEE).where(VISIT_ATTENDEE.VISIT_ID.eq(visitId)
                    .and(VISIT_ATTENDEE.UUID.eq(UUID.fromString(id)))).execute();
            case "finding" -> dsl.deleteFrom(FINDING).where(FINDING.VISIT_ID.eq(visitId)
                    .and(FINDING.UUID.eq(UUID.fromString(id)))).execute();
            case "recommendation" -> {
                UUID uuid = UUID.fromString(id);
                dsl.update(RECOMMENDATION).setNull(RECOMMENDATION.CARRIED_FROM_ID)
                        .where(RECOMMENDATION.CARRIED_FROM_ID.in(dsl.select(RECOMMENDATION.ID).from(RECOMMENDATION)
                                .where(RECOMMENDATION.UUID.eq(uuid)))).execute();
                dsl.deleteFrom(RECOMMENDATION).where(RECOMMENDATION.VISIT_ID.eq(visitId)
                        .and(RECOMMENDATION.UUID.eq(uuid))).execute();
            }
            case "evidence" -> dsl.deleteFrom(EVIDENCE).where(EVIDENCE.VISIT_ID.eq(visitId)
                    .and(EVIDENCE.UUID.eq(UUID.fromString(id)))).execute();
            case "team_present" -> dsl.deleteFrom(VISIT_TEAM_PRESENT).where(VISIT_TEAM_PRESENT.VISIT_ID.eq(visitId)
                    .and(VISIT_TEAM_PRESENT.TEAM_MEMBER_UUID.eq(UUID.fromString(id)))).execute();
            case "handwritten" -> dsl.deleteFrom(VISIT_HANDWRITTEN).where(VISIT_HANDWRITTEN.VISIT_ID.eq(visitId)
                    .and(VISIT_HANDWRITTEN.PART.eq(id))).execute();
            default -> throw new PackageException(PackageException.Kind.INVALID_JSON, "item " + key, "data.json");
        }
    }
}
