package org.parcheck.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parcheck.exchange.TwoLaptops.HA_LANG;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.parcheck.answering.Answer;
import org.parcheck.answering.ChangeEntry;
import org.parcheck.answering.EvidenceCitation;
import org.parcheck.answering.EvidenceFiles;
import org.parcheck.answering.Finding;
import org.parcheck.answering.audit.Verification;
import org.parcheck.exchange.ImportPlan.Choice;
import org.parcheck.plan.VisitOverview;
import org.parcheck.testing.OnBothEngines;

/**
 * Two laptops (two data folders, two real H2 files; run again with B on PostgreSQL) work on the same plan and combine
 * their work through packages: A exports the plan, B imports it, both edit, B sends the visit back, A merges
 * (conflicts shown with both values and who/when, picks applied), A sends the result to B: both end with the same
 * answers, nothing lost.
 */
class ExchangeRoundTripTest {

    @RegisterExtension
    final TwoLaptops laptops = new TwoLaptops();
    private Laptop a;
    private Laptop b;

    @BeforeEach
    void open() throws Exception {
        a = laptops.a();
        b = laptops.b();
    }

    @OnBothEngines
    void twoLaptopsCombineTheirWorkWithEveryConflictShownAndNothingLost() throws Exception {
        UUID planUuid = laptops.planUuid();
        long visitA = a.haLang(planUuid);
        // an evidence file attached on A
        EvidenceFiles.Stored stored = laptops.attach(a, visitA, "cong-van-12.pdf",
                "%PDF-1.4 công văn số 12/UBND".getBytes(StandardCharsets.UTF_8), "12/UBND", "UBND huyện Hạ Lang",
                "Công văn 12");

        // A → B: the whole plan
        Path first = laptops.exportDemoPlan(a, "a-plan.parcheck");
        ImportPlan toB = b.exchange().analyse(first);
        assertEquals(1, toB.newPlans().size());
        assertEquals(3, toB.newVisits().size());
        assertThat(toB.newVisits()).extracting(PackageData.VisitData::label).as("dates as users write them")
                .contains("Hạ Lang · 01/10/2021");
        assertTrue(toB.newFrameworks().isEmpty(), "the demo frameworks have the same uuids and content on both");
        assertTrue(toB.conflicts().isEmpty());
        assertTrue(b.exchange().apply(toB, Map.of()));
        long visitB = b.haLang(planUuid);
        assertEquals(a.answersOf(visitA), b.answersOf(visitB));
        EvidenceCitation arrived = b.services.answerService().sheet(visitB).evidence().stream()
                .filter(e -> "12/UBND".equals(e.docNumber())).findFirst().orElseThrow();
        byte[] file = Files.readAllBytes(b.services.dataDir().resolve(arrived.attachmentPath()));
        assertEquals(stored.sha256(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file)));
        assertEquals(stored.sha256(), arrived.attachmentSha256());

        // both edit: different items, the same item differently, the same item the same way
        List<String> codes = List.copyOf(new java.util.TreeSet<>(a.answersOf(visitA).keySet()));
        String onlyA = codes.get(0);
        String onlyB = codes.get(1);
        String both = codes.get(2);
        String same = codes.get(3);
        a.note(visitA, onlyA, "A: đã xem hồ sơ", "An (máy A)");
        b.note(visitB, onlyB, "B: thiếu biên bản", "Bình (máy B)");
        a.note(visitA, both, "A: đạt", "An (máy A)");
        b.note(visitB, both, "B: không đạt", "Bình (máy B)");
        a.note(visitA, same, "cùng ý kiến", "An (máy A)");
        b.note(visitB, same, "cùng ý kiến", "Bình (máy B)");
        a.services.answerService().saveFigure(visitA, "received", new java.math.BigDecimal("1090"));
        Finding added = b.services.answerService().saveFinding(visitB,
                Finding.of(Finding.Kind.LIMITATION, "Chưa niêm yết đủ thủ tục", "Thiếu nhân lực"));

        // B → A: only that visit
        Path second = laptops.exportVisits(b, "b-ha-lang.parcheck", visitB);
        ImportPlan toA = a.exchange().analyse(second);
        assertTrue(toA.newPlans().isEmpty());
        assertTrue(toA.newVisits().isEmpty());
        List<String> automatic = toA.automaticChanges().stream().map(Merge.Change::label).toList();
        assertThat(automatic).anyMatch(l -> l.startsWith(onlyB + " "));
        assertThat(automatic).contains("Chưa niêm yết đủ thủ tục");
        assertThat(automatic).noneMatch(l -> l.startsWith(onlyA + " ") || l.startsWith(same + " "));
        assertThat(automatic).noneMatch(l -> l.startsWith("received"));
        assertEquals(1, toA.conflicts().size(), () -> "conflicts: " + toA.conflicts());
        ImportPlan.Conflict conflict = toA.conflicts().get(0);
        assertThat(conflict.change().label()).startsWith(both + " ");
        assertEquals("A: đạt", conflict.change().local().field("note"));
        assertEquals("An (máy A)", conflict.change().local().updatedBy());
        assertEquals("B: không đạt", conflict.change().incoming().field("note"));
        assertEquals("Bình (máy B)", conflict.change().incoming().updatedBy());
        assertTrue(conflict.change().local().updatedAt() != null && conflict.change().incoming().updatedAt() != null);
        assertTrue(a.exchange().apply(toA, Map.of(conflict.id(), Choice.THEIRS)));

        Map<String, List<Object>> merged = a.answersOf(visitA);
        assertEquals("A: đã xem hồ sơ", merged.get(onlyA).get(2));
        assertEquals("B: thiếu biên bản", merged.get(onlyB).get(2));
        assertEquals("B: không đạt", merged.get(both).get(2));
        assertEquals("cùng ý kiến", merged.get(same).get(2));
        assertEquals(0, new java.math.BigDecimal("1090")
                .compareTo(a.services.answerService().sheet(visitA).figures().get("received")));
        assertThat(a.services.answerService().sheet(visitA).findings()).anyMatch(f -> f.uuid().equals(added.uuid()));
        List<ChangeEntry> log = a.services.answerService().changeLog(visitA);
        assertThat(log).anyMatch(e -> e.reason() != null && e.reason().contains("b-ha-lang.parcheck")
                && e.newValue() != null && e.newValue().contains("B: không đạt"));

        // the same package again: nothing changes, and the plan says so
        String before = a.dump();
        ImportPlan again = a.exchange().analyse(second);
        assertTrue(again.alreadyImported());
        assertTrue(again.nothingToDo());
        assertFalse(a.exchange().apply(again, Map.of()));
        assertEquals(before, a.dump());

        // A → B: the merged visit; B takes everything without a conflict
        Path third = laptops.exportVisits(a, "a-merged.parcheck", visitA);
        ImportPlan back = b.exchange().analyse(third);
        assertTrue(back.conflicts().isEmpty(), () -> "conflicts: " + back.conflicts());
        assertTrue(b.exchange().apply(back, Map.of()));
        assertEquals(a.answersOf(visitA), b.answersOf(visitB));
        assertEquals(0, new java.math.BigDecimal("1090")
                .compareTo(b.services.answerService().sheet(visitB).figures().get("received")));
        Answer onB = b.services.answerService().sheet(visitB).answers().get(onlyA);
        assertEquals("An (máy A)", onB.updatedBy(), "who travels with the answer");
    }

    @OnBothEngines
    void aDatabaseWithoutTheFrameworksAndUnitsGetsThemAndScoresTheVisitTheSame() throws Exception {
        Laptop c = laptops.withoutDemoData("c");
        UUID planUuid = laptops.planUuid();
        ImportPlan plan = c.exchange().analyse(laptops.exportDemoPlan(a, "to-c.parcheck"));
        assertEquals(2, plan.newFrameworks().size(), "the district and commune demo frameworks");
        assertThat(plan.newUnits()).hasSizeGreaterThanOrEqualTo(3);
        assertTrue(c.exchange().apply(plan, Map.of()));

        long visitA = a.haLang(planUuid);
        long visitC = c.haLang(planUuid);
        var sessionA = a.services.answerService().open(visitA);
        var sessionC = c.services.answerService().open(visitC);
        var cardA = a.services.answerService().score(sessionA, a.services.answerService().sheet(visitA));
        var cardC = c.services.answerService().score(sessionC, c.services.answerService().sheet(visitC));
        assertEquals(0, cardA.total().compareTo(cardC.total()));
        assertEquals(0, cardA.percent().compareTo(cardC.percent()));
        assertEquals(sessionA.framework().content(), sessionC.framework().content());
        assertEquals(cardA.items().size(), cardC.items().size());

        // C sends the plan back unchanged: A has nothing new to take
        Path back = laptops.export(c, c.plan(planUuid).plan().id(), List.of(), "from-c.parcheck");
        ImportPlan toA = a.exchange().analyse(back);
        assertTrue(toA.nothingToDo(), () -> "changes: " + toA.automaticChanges() + " " + toA.conflicts());
        a.exchange().discard(toA);
    }

    @OnBothEngines
    void aFinalisedVisitKeepsItsFingerprintOnTheOtherLaptopAndVerifiesThere() throws Exception {
        UUID planUuid = laptops.planUuid();
        long visitA = a.haLang(planUuid);
        a.finalise(visitA);
        String fingerprint = a.fingerprint(visitA);
        Path file = laptops.exportVisits(a, "finalised.parcheck", visitA);

        Laptop c = laptops.withoutDemoData("c");
        assertTrue(TwoLaptops.send(file, c));
        long visitC = c.haLang(planUuid);
        var stored = c.services.answerService().fingerprint(visitC).orElseThrow();
        assertEquals(fingerprint, stored.sha256(), "the fingerprint printed on A's report travels");
        assertThat(stored.parts()).as("part hashes rebuilt from the imported content").isNotEmpty();
        assertEquals(Verification.Result.INTACT, c.verify(visitC));
    }

    @OnBothEngines
    void aFinalisedVisitWhoseUnitThisLaptopKnowsUnderAnotherUuidVerifiesIntactAndTravelsOn() throws Exception {
        UUID planUuid = laptops.planUuid();
        long visitA = a.haLang(planUuid);
        a.finalise(visitA);
        String fingerprint = a.fingerprint(visitA);
        UUID unitOnA = a.answers.content(visitA).unitUuid();
        Path file = laptops.exportVisits(a, "finalised.parcheck", visitA);

        // B has demo data of its own: the same unit, matched by type, code and name, under another uuid
        VisitOverview ownDemoVisit = b.visit(b.demoPlan().plan().uuid(), HA_LANG);
        assertThat(ownDemoVisit.unit().uuid()).isNotEqualTo(unitOnA);
        assertTrue(TwoLaptops.send(file, b));
        VisitOverview arrived = b.visit(planUuid, HA_LANG);
        assertEquals(ownDemoVisit.unit().id(), arrived.unit().id(), "matched to B's unit, not duplicated");
        long visitB = arrived.visit().id();
        assertEquals(unitOnA, b.answers.content(visitB).unitUuid(), "the content keeps the unit as A knew it");
        assertEquals(fingerprint, b.fingerprint(visitB));
        assertThat(b.services.answerService().fingerprint(visitB).orElseThrow().parts()).isNotEmpty();
        assertEquals(Verification.Result.INTACT, b.verify(visitB));

        // B passes it on to a third laptop with its own demo units: still intact there
        Path onward = laptops.exportVisits(b, "onward.parcheck", visitB);
        Laptop c = laptops.another("c");
        assertTrue(TwoLaptops.send(onward, c));
        long visitC = c.haLang(planUuid);
        assertThat(c.visit(planUuid, HA_LANG).unit().uuid()).isNotIn(unitOnA, arrived.unit().uuid());
        assertEquals(fingerprint, c.fingerprint(visitC));
        assertEquals(Verification.Result.INTACT, c.verify(visitC));
    }

    @OnBothEngines
    void aVisitFirstSentAsADraftAndFinalisedLaterVerifiesIntactOnALaptopWithItsOwnUnits() throws Exception {
        UUID planUuid = laptops.planUuid();
        assertTrue(laptops.sendDemoPlanToB("draft.parcheck"));

        long visitA = a.haLang(planUuid);
        a.finalise(visitA);
        String fingerprint = a.fingerprint(visitA);
        Path finalised = laptops.exportVisits(a, "finalised.parcheck", visitA);
        ImportPlan merge = b.exchange().analyse(finalised);
        assertTrue(merge.newVisits().isEmpty(), "B has the visit: this is a merge");
        assertTrue(b.exchange().apply(merge, Map.of()));

        long visitB = b.haLang(planUuid);
        assertEquals(fingerprint, b.fingerprint(visitB));
        assertEquals(Verification.Result.INTACT, b.verify(visitB));
    }

    @OnBothEngines
    void aVisitMovedToAnotherUnitIsIdentifiedByTheNewUnit() throws Exception {
        UUID planUuid = laptops.planUuid();
        assertTrue(laptops.sendDemoPlanToB("plan.parcheck"));
        VisitOverview arrived = b.visit(planUuid, HA_LANG);
        UUID unitOnA = a.visit(planUuid, HA_LANG).unit().uuid();
        assertEquals(unitOnA, b.answers.content(arrived.visit().id()).unitUuid());

        org.parcheck.plan.AdminUnit other = b.services.planService().units().stream()
                .filter(u -> !u.id().equals(arrived.unit().id())).findFirst().orElseThrow();
        org.parcheck.plan.Visit v = arrived.visit();
        new org.parcheck.persistence.JooqPlanRepository(b.services.database()).updateVisit(
                new org.parcheck.plan.Visit(v.id(), v.uuid(), v.planId(), other.id(), v.frameworkVersionId(),
                        v.date(), v.startTime(), v.endTime(), v.place(), v.reportNumber(), v.status()));
        assertEquals(other.uuid(), b.answers.content(v.id()).unitUuid(), "a visit to another unit is other content");
    }

    @OnBothEngines
    void changesToAVisitFinalisedHereAreAskedNotApplied() throws Exception {
        UUID planUuid = laptops.planUuid();
        laptops.sendDemoPlanToB("a.parcheck");
        long visitA = a.haLang(planUuid);
        long visitB = b.haLang(planUuid);
        String code = a.answersOf(visitA).keySet().iterator().next();
        a.finalise(visitA);
        b.note(visitB, code, "sửa sau khi đã hoàn tất", "Bình");
        Path fromB = laptops.exportVisits(b, "b.parcheck", visitB);
        ImportPlan plan = a.exchange().analyse(fromB);
        assertTrue(plan.automaticChanges().isEmpty());
        assertThat(plan.conflicts()).anyMatch(c -> c.change().label().startsWith(code + " "));
        Object before = a.answersOf(visitA).get(code).get(2);
        a.exchange().apply(plan, Map.of());
        assertEquals(before, a.answersOf(visitA).get(code).get(2), "no choice made: the finalised value stays");
    }

    @OnBothEngines
    void planHeadersTeamsAndFrameworksMergeToo() throws Exception {
        UUID planUuid = laptops.planUuid();
        laptops.sendDemoPlanToB("a.parcheck");
        long planB = b.plan(planUuid).plan().id();
        UUID member = UUID.randomUUID();
        b.services.database().dsl().execute("INSERT INTO team_member (uuid, plan_id, position, full_name, role) "
                + "VALUES (?, ?, 9, 'Nông Thị Hoa', 'MEMBER')", member, planB);
        a.services.database().dsl().execute("UPDATE inspection_plan SET title = 'Kế hoạch đã sửa ở máy A' "
                + "WHERE uuid = ?", planUuid);
        Path fromB = laptops.export(b, planB, List.of(), "b.parcheck");
        ImportPlan toA = a.exchange().analyse(fromB);
        assertTrue(toA.conflicts().isEmpty(), () -> "conflicts: " + toA.conflicts());
        assertThat(toA.automaticChanges()).extracting(Merge.Change::key).containsExactly("team:" + member);
        a.exchange().apply(toA, Map.of());
        assertEquals(1, a.services.database().dsl().fetchCount(org.jooq.impl.DSL.table("team_member"),
                org.jooq.impl.DSL.field("uuid").eq(member)));
        Path fromA = laptops.exportDemoPlan(a, "a2.parcheck");
        TwoLaptops.send(fromA, b);
        assertEquals("Kế hoạch đã sửa ở máy A", b.plan(planUuid).plan().title());
        assertEquals(1, b.services.database().dsl().fetchCount(org.jooq.impl.DSL.table("team_member"),
                org.jooq.impl.DSL.field("uuid").eq(member)));
    }

    @OnBothEngines
    void choosingMineKeepsTheLocalValueAndTheNextRoundTripDoesNotAskAgain() throws Exception {
        UUID planUuid = laptops.planUuid();
        laptops.sendDemoPlanToB("a.parcheck");
        VisitOverview va = a.visit(planUuid, HA_LANG);
        VisitOverview vb = b.visit(planUuid, HA_LANG);
        String code = a.answersOf(va.visit().id()).keySet().iterator().next();
        a.note(va.visit().id(), code, "mine", "An");
        b.note(vb.visit().id(), code, "theirs", "Bình");
        Path fromB = laptops.export(b, b.plan(planUuid).plan().id(), List.of(), "b.parcheck");
        ImportPlan plan = a.exchange().analyse(fromB);
        assertEquals(1, plan.conflicts().size());
        a.exchange().apply(plan, Map.of(plan.conflicts().get(0).id(), Choice.MINE));
        assertEquals("mine", a.answersOf(va.visit().id()).get(code).get(2));
        // A's decision travels back: B takes "mine" without a new conflict
        Path fromA = laptops.exportDemoPlan(a, "a2.parcheck");
        ImportPlan toB = b.exchange().analyse(fromA);
        assertTrue(toB.conflicts().isEmpty(), () -> "conflicts: " + toB.conflicts());
        b.exchange().apply(toB, Map.of());
        assertEquals("mine", b.answersOf(vb.visit().id()).get(code).get(2));
    }
}
