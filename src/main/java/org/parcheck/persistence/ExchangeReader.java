package org.parcheck.persistence;

import static org.parcheck.persistence.ExchangeRows.columns;
import static org.parcheck.persistence.ExchangeRows.pick;
import static org.parcheck.persistence.ExchangeRows.row;
import static org.parcheck.persistence.ExchangeRows.text;
import static org.parcheck.persistence.jooq.Tables.ADMIN_UNIT;
import static org.parcheck.persistence.jooq.Tables.ANSWER;
import static org.parcheck.persistence.jooq.Tables.CLASSIFICATION_BAND;
import static org.parcheck.persistence.jooq.Tables.CRITERION_NODE;
import static org.parcheck.persistence.jooq.Tables.EVIDENCE;
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
import static org.parcheck.persistence.jooq.Tables.VISIT_ATTENDEE;
import static org.parcheck.persistence.jooq.Tables.VISIT_HANDWRITTEN;
import static org.parcheck.persistence.jooq.Tables.VISIT_TEAM_PRESENT;

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
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.jooq.DSLContext;
import org.parcheck.common.util.Dates;
import org.parcheck.criteria.RuleCodec;
import org.parcheck.exchange.PackageData.Contents;
import org.parcheck.exchange.PackageData.FrameworkData;
import org.parcheck.exchange.PackageData.PlanData;
import org.parcheck.exchange.PackageData.VisitData;
import org.parcheck.exchange.VisitItem;
import org.parcheck.persistence.jooq.tables.records.AdminUnitRecord;
import org.parcheck.persistence.jooq.tables.records.AnswerRecord;
import org.parcheck.persistence.jooq.tables.records.CriterionNodeRecord;
import org.parcheck.persistence.jooq.tables.records.EvidenceRecord;
import org.parcheck.persistence.jooq.tables.records.FindingRecord;
import org.parcheck.persistence.jooq.tables.records.FrameworkRecord;
import org.parcheck.persistence.jooq.tables.records.FrameworkVersionRecord;
import org.parcheck.persistence.jooq.tables.records.InspectionPlanRecord;
import org.parcheck.persistence.jooq.tables.records.RecommendationRecord;
import org.parcheck.persistence.jooq.tables.records.VisitRecord;
import org.parcheck.scoring.rules.ChoiceOption;
import org.parcheck.scoring.rules.ChoiceRule;
import org.parcheck.scoring.rules.RuleType;
import org.parcheck.scoring.rules.ScoringRule;

/**
 * Reads a plan, its visits, units and framework versions from the database as a package carries them: UUID-keyed
 * text rows ({@link ExchangeRows}), each visit as items with the exchange history stored for it.
 */
final class ExchangeReader {

    private static final List<String> VISIT_FIELDS = List.of("visit_date", "start_time", "end_time", "place",
            "report_number", "status", "unit_opinion", "finalised_at", "fingerprint");
    /** The visit's frozen report (#15, V006): a field of the visit's details only when it has one. */
    static final String FROZEN_REPORT = "frozen_report";
    private static final List<String> ANSWER_FIELDS = List.of("value_text", "not_applicable", "self_score",
            "manual_score", "manual_reason", "note", "flagged");

    private ExchangeReader() {
    }

    /** The plan with the chosen visits (all when none are chosen), their units and framework versions. */
    static Contents read(DSLContext dsl, long planId, Collection<Long> visitIds) {
        return read(dsl, planId, visitIds, true);
    }

    /**
     * The plan with the chosen visits, their units and framework versions; with {@code noneMeansAll} false and no
     * visit chosen, the plan alone (sync, #17: a plan whose header or team changed).
     */
    static Contents read(DSLContext dsl, long planId, Collection<Long> visitIds, boolean noneMeansAll) {
        InspectionPlanRecord plan = dsl.fetchOne(INSPECTION_PLAN, INSPECTION_PLAN.ID.eq(planId));
        if (plan == null) {
            throw new IllegalArgumentException("No plan " + planId);
        }
        Set<Long> versionIds = new LinkedHashSet<>(dsl.select(PLAN_FRAMEWORK.FRAMEWORK_VERSION_ID).from(PLAN_FRAMEWORK)
                .where(PLAN_FRAMEWORK.PLAN_ID.eq(planId)).fetch(PLAN_FRAMEWORK.FRAMEWORK_VERSION_ID));
        PlanData planData = planData(dsl, plan);
        List<VisitRecord> visits = dsl.selectFrom(VISIT).where(VISIT.PLAN_ID.eq(planId))
                .and(visitIds.isEmpty() ? org.jooq.impl.DSL.condition(noneMeansAll) : VISIT.ID.in(visitIds))
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

    static PlanData planData(DSLContext dsl, InspectionPlanRecord plan) {
        Map<String, String> planFrameworks = new TreeMap<>();
        dsl.select(PLAN_FRAMEWORK.UNIT_TYPE, FRAMEWORK_VERSION.UUID).from(PLAN_FRAMEWORK)
                .join(FRAMEWORK_VERSION).on(FRAMEWORK_VERSION.ID.eq(PLAN_FRAMEWORK.FRAMEWORK_VERSION_ID))
                .where(PLAN_FRAMEWORK.PLAN_ID.eq(plan.getId())).orderBy(PLAN_FRAMEWORK.UNIT_TYPE)
                .forEach(r -> planFrameworks.put(r.value1(), r.value2().toString()));
        List<Map<String, String>> team = dsl.selectFrom(TEAM_MEMBER).where(TEAM_MEMBER.PLAN_ID.eq(plan.getId()))
                .orderBy(TEAM_MEMBER.POSITION, TEAM_MEMBER.ID).fetch(columns("id", "plan_id"));
        return new PlanData(row(plan, "id"), team, planFrameworks, ExchangeHistories.read(dsl, plan.getUuid()));
    }

    private static List<Map<String, String>> units(DSLContext dsl, Set<Long> start) {
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

    static FrameworkData frameworkData(DSLContext dsl, long versionId) {
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
                .fetch(columns("id", "framework_version_id"));
        List<Map<String, String>> constraints = dsl.selectFrom(FIGURE_CONSTRAINT)
                .where(FIGURE_CONSTRAINT.FRAMEWORK_VERSION_ID.eq(versionId))
                .orderBy(FIGURE_CONSTRAINT.POSITION, FIGURE_CONSTRAINT.KIND, FIGURE_CONSTRAINT.LHS_CODES,
                        FIGURE_CONSTRAINT.RHS_CODE)
                .fetch(columns("id", "framework_version_id"));
        List<Map<String, String>> bands = dsl.selectFrom(CLASSIFICATION_BAND)
                .where(CLASSIFICATION_BAND.FRAMEWORK_VERSION_ID.eq(versionId))
                .orderBy(CLASSIFICATION_BAND.POSITION, CLASSIFICATION_BAND.CODE)
                .fetch(columns("id", "framework_version_id"));
        return new FrameworkData(row(f, "id"), version, nodes, figures, constraints, bands);
    }

    static VisitData visitData(DSLContext dsl, VisitRecord v) {
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
        return new VisitData(identity, label, items, ExchangeHistories.read(dsl, v.getUuid()));
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

}
