package org.parcheck.persistence;

import static org.parcheck.persistence.ChangeLogLines.documentLabel;
import static org.parcheck.persistence.ChangeLogLines.log;
import static org.parcheck.persistence.ChangeLogLines.touchVisit;
import static org.parcheck.persistence.jooq.Tables.EVIDENCE;
import static org.parcheck.persistence.jooq.Tables.FINDING;
import static org.parcheck.persistence.jooq.Tables.RECOMMENDATION;
import static org.parcheck.persistence.jooq.Tables.VISIT_ATTENDEE;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.parcheck.answering.Attendee;
import org.parcheck.answering.EvidenceCitation;
import org.parcheck.answering.Finding;
import org.parcheck.answering.Recommendation;
import org.parcheck.common.util.Text;
import org.parcheck.persistence.jooq.tables.records.EvidenceRecord;
import org.parcheck.persistence.jooq.tables.records.FindingRecord;
import org.parcheck.persistence.jooq.tables.records.RecommendationRecord;

/** A visit's evidence citations, findings, recommendations and attendees: each save its transaction, logged. */
final class VisitNotesStore {

    private final Database database;
    private final VisitNodes nodes;

    VisitNotesStore(Database database, VisitNodes nodes) {
        this.database = database;
        this.nodes = nodes;
    }

    public EvidenceCitation addEvidence(long visitId, EvidenceCitation c, String actor) {
        return database.transaction(dsl -> {
            EvidenceRecord r = dsl.newRecord(EVIDENCE);
            r.setUuid(c.uuid());
            r.setVisitId(visitId);
            r.setNodeId(c.itemCode() == null ? null : nodes.nodeId(dsl, visitId, c.itemCode()));
            r.setDocNumber(Text.nfcOrNull(c.docNumber()));
            r.setDocDate(c.docDate());
            r.setIssuer(Text.nfcOrNull(c.issuer()));
            r.setTitle(Text.nfcOrNull(c.title()));
            r.setAttachmentPath(c.attachmentPath());
            r.setAttachmentSha256(c.attachmentSha256());
            r.store();
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
            log(dsl, visitId, "evidence:" + c.itemCode(), r.getId(), "document", null,
                    documentLabel(r.getDocNumber(), r.getTitle()), null, actor, now);
            touchVisit(dsl, visitId, now);
            return new EvidenceCitation(r.getId(), c.uuid(), c.itemCode(), r.getDocNumber(), r.getDocDate(),
                    r.getIssuer(), r.getTitle(), r.getAttachmentPath(), r.getAttachmentSha256());
        });
    }

    public void removeEvidence(long visitId, long evidenceId, String actor) {
        database.transaction(dsl -> {
            EvidenceRecord r = dsl.fetchOne(EVIDENCE, EVIDENCE.ID.eq(evidenceId).and(EVIDENCE.VISIT_ID.eq(visitId)));
            if (r != null) {
                r.delete();
                LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
                log(dsl, visitId, "evidence", evidenceId, "document", documentLabel(r.getDocNumber(), r.getTitle()),
                        null, null, actor, now);
                touchVisit(dsl, visitId, now);
            }
            return null;
        });
    }

    public Finding saveFinding(long visitId, Finding f, String actor) {
        return database.transaction(dsl -> {
            FindingRecord r = f.id() == null ? null : dsl.fetchOne(FINDING, FINDING.ID.eq(f.id()));
            String before = r == null ? null : r.getText();
            if (r == null) {
                r = dsl.newRecord(FINDING);
                r.setUuid(f.uuid());
                r.setVisitId(visitId);
                r.setPosition(dsl.fetchCount(FINDING, FINDING.VISIT_ID.eq(visitId)));
            }
            r.setKind(f.kind().name());
            r.setText(Text.nfc(f.text()));
            r.setCause(Text.nfcOrNull(f.cause()));
            r.setNodeId(f.itemCode() == null ? null : nodes.nodeId(dsl, visitId, f.itemCode()));
            r.store();
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
            log(dsl, visitId, "finding:" + f.kind(), r.getId(), "text", before, r.getText(), null, actor, now);
            touchVisit(dsl, visitId, now);
            return new Finding(r.getId(), f.uuid(), f.kind(), r.getText(), r.getCause(), f.itemCode());
        });
    }

    public void removeFinding(long visitId, long findingId, String actor) {
        database.transaction(dsl -> {
            FindingRecord r = dsl.fetchOne(FINDING, FINDING.ID.eq(findingId).and(FINDING.VISIT_ID.eq(visitId)));
            if (r != null) {
                r.delete();
                log(dsl, visitId, "finding", findingId, "text", r.getText(), null, null, actor,
                        LocalDateTime.now(ZoneOffset.UTC));
            }
            return null;
        });
    }

    public Recommendation saveRecommendation(long visitId, Recommendation rec, String actor) {
        return database.transaction(dsl -> {
            RecommendationRecord r = rec.id() == null ? null
                    : dsl.fetchOne(RECOMMENDATION, RECOMMENDATION.ID.eq(rec.id()));
            String before = r == null ? null : r.getText() + " [" + r.getStatus() + "]";
            if (r == null) {
                r = dsl.newRecord(RECOMMENDATION);
                r.setUuid(rec.uuid());
                r.setVisitId(visitId);
                r.setPosition(dsl.fetchCount(RECOMMENDATION, RECOMMENDATION.VISIT_ID.eq(visitId)));
            }
            r.setText(Text.nfc(rec.text()));
            r.setResponsibleParty(Text.nfcOrNull(rec.responsibleParty()));
            r.setDeadline(rec.deadline());
            r.setStatus(rec.status().name());
            r.setCarriedFromId(rec.carriedFromId());
            r.store();
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
            log(dsl, visitId, "recommendation", r.getId(), "text", before, r.getText() + " [" + r.getStatus() + "]",
                    null, actor, now);
            touchVisit(dsl, visitId, now);
            return toRecommendation(r);
        });
    }

    public void removeRecommendation(long visitId, long recommendationId, String actor) {
        database.transaction(dsl -> {
            RecommendationRecord r = dsl.fetchOne(RECOMMENDATION,
                    RECOMMENDATION.ID.eq(recommendationId).and(RECOMMENDATION.VISIT_ID.eq(visitId)));
            if (r != null) {
                r.delete();
                log(dsl, visitId, "recommendation", recommendationId, "text", r.getText(), null, null, actor,
                        LocalDateTime.now(ZoneOffset.UTC));
            }
            return null;
        });
    }
    public List<Attendee> attendees(long visitId) {
        return database.dsl().selectFrom(VISIT_ATTENDEE).where(VISIT_ATTENDEE.VISIT_ID.eq(visitId))
                .orderBy(VISIT_ATTENDEE.POSITION, VISIT_ATTENDEE.ID)
                .fetch(r -> new Attendee(r.getId(), r.getUuid(), r.getFullName(), r.getJobTitle(),
                        Boolean.TRUE.equals(r.getIsRepresentative())));
    }

    public Attendee addAttendee(long visitId, Attendee a, String actor) {
        return database.transaction(dsl -> {
            long id = dsl.insertInto(VISIT_ATTENDEE)
                    .set(VISIT_ATTENDEE.UUID, a.uuid())
                    .set(VISIT_ATTENDEE.VISIT_ID, visitId)
                    .set(VISIT_ATTENDEE.POSITION, dsl.fetchCount(VISIT_ATTENDEE, VISIT_ATTENDEE.VISIT_ID.eq(visitId)))
                    .set(VISIT_ATTENDEE.FULL_NAME, Text.nfc(a.fullName()))
                    .set(VISIT_ATTENDEE.JOB_TITLE, Text.nfcOrNull(a.jobTitle()))
                    .set(VISIT_ATTENDEE.IS_REPRESENTATIVE, a.representative())
                    .returning(VISIT_ATTENDEE.ID).fetchSingle().getId();
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
            log(dsl, visitId, "attendee", id, "name", null, Text.nfc(a.fullName()), null, actor, now);
            touchVisit(dsl, visitId, now);
            return new Attendee(id, a.uuid(), Text.nfc(a.fullName()), Text.nfcOrNull(a.jobTitle()),
                    a.representative());
        });
    }

    public void removeAttendee(long visitId, long attendeeId, String actor) {
        database.transaction(dsl -> {
            var r = dsl.fetchOne(VISIT_ATTENDEE, VISIT_ATTENDEE.ID.eq(attendeeId)
                    .and(VISIT_ATTENDEE.VISIT_ID.eq(visitId)));
            if (r != null) {
                r.delete();
                log(dsl, visitId, "attendee", attendeeId, "name", r.getFullName(), null, null, actor,
                        LocalDateTime.now(ZoneOffset.UTC));
            }
            return null;
        });
    }

    static Recommendation toRecommendation(RecommendationRecord r) {
        return new Recommendation(r.getId(), r.getUuid(), r.getText(), r.getResponsibleParty(), r.getDeadline(),
                Recommendation.Status.valueOf(r.getStatus()), r.getCarriedFromId());
    }
}
