package org.parcheck.persistence;

import static org.parcheck.persistence.ExchangeRows.fill;
import static org.parcheck.persistence.ExchangeRows.parse;
import static org.parcheck.persistence.jooq.Tables.ANSWER;
import static org.parcheck.persistence.jooq.Tables.EVIDENCE;
import static org.parcheck.persistence.jooq.Tables.FIGURE_VALUE;
import static org.parcheck.persistence.jooq.Tables.FINDING;
import static org.parcheck.persistence.jooq.Tables.RECOMMENDATION;
import static org.parcheck.persistence.jooq.Tables.VISIT;
import static org.parcheck.persistence.jooq.Tables.VISIT_ATTENDEE;
import static org.parcheck.persistence.jooq.Tables.VISIT_HANDWRITTEN;
import static org.parcheck.persistence.jooq.Tables.VISIT_TEAM_PRESENT;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jooq.DSLContext;
import org.parcheck.answering.HandwrittenPart;
import org.parcheck.exchange.PackageException;
import org.parcheck.exchange.VisitItem;
import org.parcheck.persistence.jooq.tables.records.AnswerRecord;
import org.parcheck.persistence.jooq.tables.records.EvidenceRecord;
import org.parcheck.persistence.jooq.tables.records.FigureValueRecord;
import org.parcheck.persistence.jooq.tables.records.FindingRecord;
import org.parcheck.persistence.jooq.tables.records.RecommendationRecord;
import org.parcheck.persistence.jooq.tables.records.VisitAttendeeRecord;
import org.parcheck.persistence.jooq.tables.records.VisitRecord;

/**
 * Writes one item of a visit from a package ({@code answer:1.2}, {@code finding:<uuid>}, {@code visit}…): inserted,
 * updated in place (found by its uuid or its item code) or deleted. Items name framework items by code, which is
 * unique within the visit's version.
 */
final class VisitItemWriter {

    /** A visit's identity and links come from the package's visit identity, never from its details item. */
    static final String[] VISIT_IDENTITY = {"id", "uuid", "plan_id", "unit_id", "framework_version_id",
        "previous_visit_id", "content_unit_uuid", "revision", "created_at"};

    private VisitItemWriter() {
    }

    private static LocalDateTime when(VisitItem item) {
        return item.updatedAt() == null ? LocalDateTime.now(ZoneOffset.UTC)
                : (LocalDateTime) parse(item.updatedAt(), LocalDateTime.class);
    }

    /** Writes one item (insert or update) of a visit; items are found by code through {@code lookups}. */
    static void write(DSLContext dsl, WriteLookups lookups, long visitId, Long versionId, String key,
                      VisitItem item) {
        int colon = key.indexOf(':');
        String kind = colon < 0 ? key : key.substring(0, colon);
        String id = colon < 0 ? null : key.substring(colon + 1);
        switch (kind) {
            case "visit" -> {
                VisitRecord r = dsl.fetchSingle(VISIT, VISIT.ID.eq(visitId));
                fill(r, item.fields(), VISIT_IDENTITY);
                if (!item.fields().containsKey(ExchangeReader.FROZEN_REPORT)) {
                    r.setFrozenReport(null); // #15: details from a laptop that froze nothing
                }
                r.setNoUnitOpinion("true".equals(item.field("no_unit_opinion")));
                r.store();
            }
            case "answer" -> {
                long node = lookups.nodeId(versionId, id);
                AnswerRecord r = dsl.fetchOne(ANSWER, ANSWER.VISIT_ID.eq(visitId).and(ANSWER.NODE_ID.eq(node)));
                answer(dsl, r, visitId, node, item).store();
            }
            case "figure" -> {
                dsl.deleteFrom(FIGURE_VALUE).where(FIGURE_VALUE.VISIT_ID.eq(visitId)
                        .and(FIGURE_VALUE.FIGURE_CODE.eq(id))).execute();
                figure(dsl, visitId, id, item).store();
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
                r.setNodeId(lookups.nodeId(versionId, item.field("node_code")));
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
                r.setNodeId(lookups.nodeId(versionId, item.field("node_code")));
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

    /**
     * An answer as the package has it: {@code existing} (the visit's answer to that item, or null for a new one)
     * updated with one more revision, or a new record with a new uuid and revision 0; not yet stored.
     */
    static AnswerRecord answer(DSLContext dsl, AnswerRecord existing, long visitId, long node, VisitItem item) {
        AnswerRecord r = revised(dsl, existing, visitId, node);
        fill(r, item.fields(), "id", "uuid", "visit_id", "node_id", "revision");
        r.setUpdatedBy(item.updatedBy());
        r.setUpdatedAt(when(item));
        return r;
    }

    /**
     * The record an answer is saved into, by the visit screen ({@link JooqAnswerRepository#saveAnswer}) and by an
     * import: {@code existing} with one more revision, or (null) a new one for the visit's item with a new uuid and
     * revision 0; its content is left to the caller, nothing is stored.
     */
    static AnswerRecord revised(DSLContext dsl, AnswerRecord existing, long visitId, long node) {
        if (existing == null) {
            AnswerRecord r = dsl.newRecord(ANSWER);
            r.setUuid(UUID.randomUUID());
            r.setVisitId(visitId);
            r.setNodeId(node);
            r.setRevision(0L);
            return r;
        }
        existing.setRevision(existing.getRevision() + 1);
        return existing;
    }

    /** A figure's value as the package has it, as a new record (the caller removes the old one); not yet stored. */
    static FigureValueRecord figure(DSLContext dsl, long visitId, String code, VisitItem item) {
        FigureValueRecord r = dsl.newRecord(FIGURE_VALUE);
        r.setVisitId(visitId);
        r.setFigureCode(code);
        fill(r, item.fields(), "visit_id", "figure_code");
        r.setUpdatedBy(item.updatedBy());
        r.setUpdatedAt(when(item));
        return r;
    }

    static void delete(DSLContext dsl, WriteLookups lookups, long visitId, String key) {
        int colon = key.indexOf(':');
        String kind = colon < 0 ? key : key.substring(0, colon);
        String id = colon < 0 ? null : key.substring(colon + 1);
        switch (kind) {
            case "answer" -> dsl.deleteFrom(ANSWER).where(ANSWER.VISIT_ID.eq(visitId)
                    .and(ANSWER.NODE_ID.eq(lookups.nodeId(ExchangeWriter.versionIdOf(dsl, visitId), id)))).execute();
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
