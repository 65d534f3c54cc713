package org.parcheck.answering.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parcheck.answering.Answer;
import org.parcheck.answering.Attendee;
import org.parcheck.answering.EvidenceCitation;
import org.parcheck.answering.Finding;
import org.parcheck.answering.Recommendation;

/** The canonical form: deterministic, blind to save order and save stamps, and changed by every field that counts. */
class CanonicalFormTest {

    private static final UUID VISIT = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID A1 = UUID.fromString("10000000-0000-0000-0000-000000000001");
    private static final UUID A2 = UUID.fromString("10000000-0000-0000-0000-000000000002");
    private static final UUID E1 = UUID.fromString("20000000-0000-0000-0000-000000000001");
    private static final UUID F1 = UUID.fromString("30000000-0000-0000-0000-000000000001");
    private static final UUID F2 = UUID.fromString("30000000-0000-0000-0000-000000000002");
    private static final UUID R1 = UUID.fromString("40000000-0000-0000-0000-000000000001");
    private static final UUID R0 = UUID.fromString("40000000-0000-0000-0000-000000000000");

    /** A Hạ Lang-like visit. */
    static VisitContent base() {
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        figures.put("received", new BigDecimal("1081"));
        figures.put("resolvedOnTime", new BigDecimal("924"));
        figures.put("resolved", new BigDecimal("1068.000000"));
        Map<String, Answer> answers = new LinkedHashMap<>();
        answers.put("1.1", new Answer("1.1", Answer.YES, false, new BigDecimal("1"), null, null,
                "Kế hoạch ban hành đúng hạn", false, "miều", LocalDateTime.of(2021, 10, 1, 9, 0)));
        answers.put("3.2", new Answer("3.2", null, false, null, new BigDecimal("1.50"), "Chưa theo dõi", null, true,
                "miều", LocalDateTime.of(2021, 10, 1, 9, 5)));
        answers.put("4.1", new Answer("4.1", "B", true, null, null, null, null, false, "miều", null));
        return new VisitContent(VISIT, UUID.fromString("00000000-0000-0000-0000-0000000000aa"),
                UUID.fromString("00000000-0000-0000-0000-0000000000bb"),
                UUID.fromString("00000000-0000-0000-0000-0000000000cc"), LocalDate.of(2021, 10, 1),
                LocalTime.of(8, 0), LocalTime.of(11, 30), "UBND huyện Hạ Lang", "05/BB-ĐKT",
                "Đơn vị thống nhất với kết quả kiểm tra.",
                List.of(new Attendee(7L, A1, "Nông Văn Hùng", "Chủ tịch UBND huyện", true),
                        new Attendee(8L, A2, "Hoàng Thị Lý", "Chánh Văn phòng", false)),
                figures, answers,
                List.of(new EvidenceCitation(3L, E1, "1.1", "12/KH-UBND", LocalDate.of(2021, 1, 5), "UBND huyện",
                        "Kế hoạch CCHC năm 2021", "attachments/3/ke-hoach.pdf", "ab".repeat(32))),
                List.of(new Finding(1L, F1, Finding.Kind.STRENGTH, "Bộ phận một cửa niêm yết đầy đủ", null, null),
                        new Finding(2L, F2, Finding.Kind.LIMITATION, "Tỷ lệ đúng hạn thấp", "Thiếu người", "3.2")),
                List.of(new Recommendation(5L, R1, "Nâng tỷ lệ hồ sơ đúng hạn", "Văn phòng HĐND-UBND",
                        LocalDate.of(2021, 12, 31), Recommendation.Status.OPEN, 4L)),
                Map.of(4L, R0));
    }

    private static VisitContent with(VisitContent c, UnaryOperator<Builder> change) {
        return change.apply(new Builder(c)).build();
    }

    @Test
    void theFormIsDocumentedTextWithOneLinePerRecord() {
        String text = CanonicalForm.text(base());
        assertThat(text).startsWith("parcheck-visit-content 1\nvisit\t00000000-0000-0000-0000-000000000001\tplan=");
        assertThat(text).contains("\nfigure\tresolved\tvalue=1068\n");
        assertThat(text).contains("\nanswer\t3.2\tnotApplicable=false\tmanualScore=1.5\tmanualReason=Chưa theo dõi"
                + "\tflagged=true\n");
        assertThat(text).contains("\trepresentative=true\n");
        assertThat(text).contains("\tcarriedFrom=" + R0 + "\n");
        assertThat(text).doesNotContain("miều").doesNotContain("attachments/").doesNotContain("2021-10-01T09");
        assertThat(CanonicalForm.fingerprint(base())).matches("[0-9a-f]{64}");
        assertEquals(CanonicalForm.fingerprint(base()), CanonicalForm.fingerprint(base()));
    }

    /** Each change that matters to the content, and the part it shows up in. */
    static Stream<Arguments> changesThatMatter() {
        return Stream.of(
                change("visit date", "visit", b -> b.date(LocalDate.of(2021, 10, 2))),
                change("start time", "visit", b -> b.start(LocalTime.of(8, 30))),
                change("end time", "visit", b -> b.end(null)),
                change("place", "visit", b -> b.place("Hội trường UBND huyện")),
                change("report number", "visit", b -> b.reportNumber("06/BB-ĐKT")),
                change("unit opinion", "visit", b -> b.opinion("Đơn vị thống nhất.")),
                change("plan", "visit", b -> b.plan(UUID.randomUUID())),
                change("unit", "visit", b -> b.unit(UUID.randomUUID())),
                change("framework version", "visit", b -> b.version(UUID.randomUUID())),
                change("attendee name", "attendee " + A1, b -> b.attendee(0, a -> new Attendee(a.id(), a.uuid(),
                        "Nông Văn Hưng", a.jobTitle(), a.representative()))),
                change("attendee title", "attendee " + A1, b -> b.attendee(0, a -> new Attendee(a.id(), a.uuid(),
                        a.fullName(), null, a.representative()))),
                change("representative", "attendee " + A2, b -> b.attendee(1, a -> new Attendee(a.id(), a.uuid(),
                        a.fullName(), a.jobTitle(), true))),
                change("attendee removed", "attendee " + A2, b -> b.removeAttendee(1)),
                change("figure value", "figure received", b -> b.figure("received", new BigDecimal("1082"))),
                change("figure unknown", "figure received", b -> b.figure("received", null)),
                change("figure added", "figure postal", b -> b.figure("postal", new BigDecimal("94"))),
                change("answer value", "answer 1.1", b -> b.answer("1.1", a -> a.withValue(Answer.NO))),
                change("not applicable", "answer 4.1", b -> b.answer("4.1", a -> new Answer(a.itemCode(), a.value(),
                        false, a.selfScore(), a.manualScore(), a.manualReason(), a.note(), a.flagged(), null, null))),
                change("self score", "answer 1.1", b -> b.answer("1.1", a -> new Answer(a.itemCode(), a.value(),
                        a.notApplicable(), new BigDecimal("0.5"), a.manualScore(), a.manualReason(), a.note(),
                        a.flagged(), null, null))),
                change("manual score", "answer 3.2", b -> b.answer("3.2", a -> a.withManual(new BigDecimal("1.25"),
                        a.manualReason()))),
                change("manual reason", "answer 3.2", b -> b.answer("3.2", a -> a.withManual(a.manualScore(),
                        "Đã theo dõi một phần"))),
                change("note", "answer 1.1", b -> b.answer("1.1", a -> a.withNote("Ban hành muộn"))),
                change("flag", "answer 3.2", b -> b.answer("3.2", a -> a.withFlagged(false))),
                change("answer added", "answer 5.1", b -> b.answer("5.1", a -> Answer.empty("5.1").withValue("2"))),
                change("evidence number", "evidence " + E1, b -> b.evidence(e -> new EvidenceCitation(e.id(),
                        e.uuid(), e.itemCode(), "13/KH-UBND", e.docDate(), e.issuer(), e.title(), e.attachmentPath(),
                        e.attachmentSha256()))),
                change("evidence item", "evidence " + E1, b -> b.evidence(e -> new EvidenceCitation(e.id(), e.uuid(),
                        "1.2", e.docNumber(), e.docDate(), e.issuer(), e.title(), e.attachmentPath(),
                        e.attachmentSha256()))),
                change("evidence date", "evidence " + E1, b -> b.evidence(e -> new EvidenceCitation(e.id(),
                        e.uuid(), e.itemCode(), e.docNumber(), e.docDate().plusDays(1), e.issuer(), e.title(),
                        e.attachmentPath(), e.attachmentSha256()))),
                change("evidence issuer", "evidence " + E1, b -> b.evidence(e -> new EvidenceCitation(e.id(),
                        e.uuid(), e.itemCode(), e.docNumber(), e.docDate(), "Sở Nội vụ", e.title(),
                        e.attachmentPath(), e.attachmentSha256()))),
                change("evidence title", "evidence " + E1, b -> b.evidence(e -> new EvidenceCitation(e.id(),
                        e.uuid(), e.itemCode(), e.docNumber(), e.docDate(), e.issuer(), "Kế hoạch", e.attachmentPath(),
                        e.attachmentSha256()))),
                change("attachment content", "evidence " + E1, b -> b.evidence(e -> e.withAttachment(
                        e.attachmentPath(), "cd".repeat(32)))),
                change("finding text", "finding " + F1, b -> b.finding(0, f -> new Finding(f.id(), f.uuid(), f.kind(),
                        "Niêm yết đầy đủ", f.cause(), f.itemCode()))),
                change("finding kind", "finding " + F1, b -> b.finding(0, f -> new Finding(f.id(), f.uuid(),
                        Finding.Kind.LIMITATION, f.text(), f.cause(), f.itemCode()))),
                change("finding cause", "finding " + F2, b -> b.finding(1, f -> new Finding(f.id(), f.uuid(),
                        f.kind(), f.text(), "Khác", f.itemCode()))),
                change("finding item", "finding " + F2, b -> b.finding(1, f -> new Finding(f.id(), f.uuid(),
                        f.kind(), f.text(), f.cause(), null))),
                change("recommendation text", "recommendation " + R1, b -> b.recommendation(r -> new Recommendation(
                        r.id(), r.uuid(), "Khác", r.responsibleParty(), r.deadline(), r.status(), r.carriedFromId()))),
                change("responsible", "recommendation " + R1, b -> b.recommendation(r -> new Recommendation(r.id(),
                        r.uuid(), r.text(), "UBND huyện", r.deadline(), r.status(), r.carriedFromId()))),
                change("deadline", "recommendation " + R1, b -> b.recommendation(r -> new Recommendation(r.id(),
                        r.uuid(), r.text(), r.responsibleParty(), null, r.status(), r.carriedFromId()))),
                change("status", "recommendation " + R1, b -> b.recommendation(r -> r.withStatus(
                        Recommendation.Status.DONE))),
                change("carried from", "recommendation " + R1, b -> b.recommendation(r -> new Recommendation(r.id(),
                        r.uuid(), r.text(), r.responsibleParty(), r.deadline(), r.status(), null))),
                change("tab inside a text", "answer 1.1", b -> b.answer("1.1", a -> a.withNote(
                        "Kế hoạch ban hành\tđúng hạn"))),
                change("field moved between fields", "finding " + F2, b -> b.finding(1, f -> new Finding(f.id(),
                        f.uuid(), f.kind(), f.text() + "\tcause=Thiếu người", null, f.itemCode()))));
    }

    private static Arguments change(String what, String part, UnaryOperator<Builder> change) {
        return Arguments.of(what, part, change);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changesThatMatter")
    void everyFieldThatMattersChangesTheFingerprintAndNamesItsPart(String what, String part,
                                                                    UnaryOperator<Builder> change) {
        VisitContent changed = with(base(), change);
        assertNotEquals(CanonicalForm.fingerprint(base()), CanonicalForm.fingerprint(changed), what);
        Verification check = Verification.check(true, Optional.of(StoredFingerprint.of(base(),
                LocalDateTime.of(2021, 10, 1, 11, 40))), changed);
        assertEquals(Verification.Result.ALTERED, check.result());
        assertEquals(List.of(part), check.changedParts(), what);
    }

    @Test
    void saveStampsIdsPathsAndNumberScalesDoNotCount() {
        VisitContent stamped = with(base(), b -> b
                .answer("1.1", a -> new Answer(a.itemCode(), a.value(), a.notApplicable(), new BigDecimal("1.000"),
                        a.manualScore(), a.manualReason(), a.note(), a.flagged(), "someone else",
                        LocalDateTime.of(2030, 1, 1, 0, 0)))
                .figure("received", new BigDecimal("1081.000000"))
                .attendee(0, a -> new Attendee(99L, a.uuid(), a.fullName(), a.jobTitle(), a.representative()))
                .evidence(e -> new EvidenceCitation(42L, e.uuid(), e.itemCode(), e.docNumber(), e.docDate(),
                        e.issuer(), e.title(), "/elsewhere/ke-hoach.pdf", e.attachmentSha256()))
                .answer("9.9", a -> Answer.empty("9.9")));
        assertEquals(CanonicalForm.text(base()), CanonicalForm.text(stamped));
    }

    @Test
    void textIsComparedInNfc() {
        String decomposed = Normalizer.normalize("UBND huyện Hạ Lang", Normalizer.Form.NFD);
        assertNotEquals("UBND huyện Hạ Lang", decomposed);
        assertEquals(CanonicalForm.fingerprint(base()),
                CanonicalForm.fingerprint(with(base(), b -> b.place(decomposed))));
    }

    @Property(tries = 60)
    void theOrderThingsWereSavedInDoesNotMatter(@ForAll long seed) {
        Random random = new Random(seed);
        VisitContent c = base();
        List<Attendee> attendees = new ArrayList<>(c.attendees());
        List<Finding> findings = new ArrayList<>(c.findings());
        Collections.shuffle(attendees, random);
        Collections.shuffle(findings, random);
        List<Map.Entry<String, Answer>> answers = new ArrayList<>(c.answers().entrySet());
        Collections.shuffle(answers, random);
        Map<String, Answer> answerMap = new LinkedHashMap<>();
        answers.forEach(e -> answerMap.put(e.getKey(), e.getValue()));
        VisitContent shuffled = new VisitContent(c.visitUuid(), c.planUuid(), c.unitUuid(), c.frameworkVersionUuid(),
                c.date(), c.startTime(), c.endTime(), c.place(), c.reportNumber(), c.unitOpinion(), attendees,
                new HashMap<>(c.figures()), answerMap, c.evidence(), findings, c.recommendations(),
                c.carriedFromUuids());
        assertEquals(CanonicalForm.fingerprint(c), CanonicalForm.fingerprint(shuffled));
    }

    @Test
    void verificationSaysIntactNotFinalisedOrNoFingerprint() {
        StoredFingerprint stored = StoredFingerprint.of(base(), LocalDateTime.of(2021, 10, 1, 11, 40));
        assertEquals(Verification.Result.INTACT, Verification.check(true, Optional.of(stored), base())
                .result());
        assertEquals(Verification.Result.NOT_FINALISED, Verification.check(false, Optional.empty(),
                base()).result());
        assertEquals(Verification.Result.NO_FINGERPRINT, Verification.check(true, Optional.empty(),
                base()).result());
        StoredFingerprint withoutParts = new StoredFingerprint(stored.sha256(), stored.finalisedAt(), Map.of());
        Verification altered = Verification.check(true, Optional.of(withoutParts),
                with(base(), b -> b.place("x")));
        assertEquals(Verification.Result.ALTERED, altered.result());
        assertThat(altered.changedParts()).isEmpty();
    }

    /** Copy-and-change helper for the table above. */
    static final class Builder {
        private UUID plan;
        private UUID unit;
        private UUID version;
        private LocalDate date;
        private LocalTime start;
        private LocalTime end;
        private String place;
        private String reportNumber;
        private String opinion;
        private final List<Attendee> attendees;
        private final Map<String, BigDecimal> figures;
        private final Map<String, Answer> answers;
        private final List<EvidenceCitation> evidence;
        private final List<Finding> findings;
        private final List<Recommendation> recommendations;
        private final VisitContent c;

        Builder(VisitContent c) {
            this.c = c;
            plan = c.planUuid();
            unit = c.unitUuid();
            version = c.frameworkVersionUuid();
            date = c.date();
            start = c.startTime();
            end = c.endTime();
            place = c.place();
            reportNumber = c.reportNumber();
            opinion = c.unitOpinion();
            attendees = new ArrayList<>(c.attendees());
            figures = new HashMap<>(c.figures());
            answers = new HashMap<>(c.answers());
            evidence = new ArrayList<>(c.evidence());
            findings = new ArrayList<>(c.findings());
            recommendations = new ArrayList<>(c.recommendations());
        }

        Builder plan(UUID v) {
            plan = v;
            return this;
        }

        Builder unit(UUID v) {
            unit = v;
            return this;
        }

        Builder version(UUID v) {
            version = v;
            return this;
        }

        Builder date(LocalDate v) {
            date = v;
            return this;
        }

        Builder start(LocalTime v) {
            start = v;
            return this;
        }

        Builder end(LocalTime v) {
            end = v;
            return this;
        }

        Builder place(String v) {
            place = v;
            return this;
        }

        Builder reportNumber(String v) {
            reportNumber = v;
            return this;
        }

        Builder opinion(String v) {
            opinion = v;
            return this;
        }

        Builder attendee(int i, UnaryOperator<Attendee> f) {
            attendees.set(i, f.apply(attendees.get(i)));
            return this;
        }

        Builder removeAttendee(int i) {
            attendees.remove(i);
            return this;
        }

        Builder figure(String code, BigDecimal value) {
            if (value == null) {
                figures.remove(code);
            } else {
                figures.put(code, value);
            }
            return this;
        }

        Builder answer(String code, UnaryOperator<Answer> f) {
            answers.put(code, f.apply(answers.getOrDefault(code, Answer.empty(code))));
            return this;
        }

        Builder evidence(UnaryOperator<EvidenceCitation> f) {
            evidence.set(0, f.apply(evidence.get(0)));
            return this;
        }

        Builder finding(int i, UnaryOperator<Finding> f) {
            findings.set(i, f.apply(findings.get(i)));
            return this;
        }

        Builder recommendation(UnaryOperator<Recommendation> f) {
            recommendations.set(0, f.apply(recommendations.get(0)));
            return this;
        }

        VisitContent build() {
            return new VisitContent(c.visitUuid(), plan, unit, version, date, start, end, place, reportNumber,
                    opinion, attendees, figures, answers, evidence, findings, recommendations, c.carriedFromUuids());
        }
    }
}
