package org.parcheck.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.parcheck.answering.audit.FinalisedVisits;
import org.parcheck.answering.audit.Verification;
import org.parcheck.persistence.JooqExchangeRepository;
import org.parcheck.plan.VisitStatus;
import org.parcheck.testing.OnBothEngines;

/**
 * D29: a package that brings a visit finalised on another laptop into a laptop where the same visit was edited and
 * not finalised takes the finalised visit whole (as sync does): the visit is, item by item, what was finalised and
 * verifies intact; every item replaced here is in the visit's change log with its old value and is counted. Before,
 * the merge kept this laptop's newer items (and asked about the others): a finalised visit that verify calls altered.
 * A laptop that had the finalised visit and reopened it keeps its changes, as before. Laptop B runs on H2 and on
 * PostgreSQL.
 */
class FinalisedElsewhereExchangeTest {

    @RegisterExtension
    final TwoLaptops laptops = new TwoLaptops();
    private Laptop a;
    private Laptop b;
    private UUID planUuid;

    @BeforeEach
    void open() throws Exception {
        a = laptops.a();
        b = laptops.b();
        planUuid = laptops.planUuid();
        // B has the plan and its visits as drafts
        assertTrue(laptops.sendDemoPlanToB("plan.parcheck"));
    }

    @OnBothEngines
    void aVisitFinalisedElsewhereIsTakenWholeOverEditsHereAndEveryReplacedValueIsLogged() throws Exception {
        long visitA = a.haLang(planUuid);
        long visitB = b.haLang(planUuid);
        List<String> codes = List.copyOf(new java.util.TreeSet<>(a.answersOf(visitA).keySet()));
        String both = codes.get(0);
        String onlyB = codes.get(1);
        // A changes one item and finalises; B, not knowing, changes the same item and one A did not touch
        a.note(visitA, both, "A: đạt trước khi hoàn tất", "An (máy A)");
        FinalisedVisits.completeAndFinalise(a.services.answerService(), visitA);
        b.note(visitB, both, "B: ghi chú cùng mục, chưa biết đã hoàn tất", "Bình (máy B)");
        b.note(visitB, onlyB, "B: ghi chú mục khác, chưa biết đã hoàn tất", "Bình (máy B)");

        Path finalised = laptops.exportVisits(a, "finalised.parcheck", visitA);
        ImportPlan plan = b.exchange().analyse(finalised);

        assertThat(plan.conflicts()).as("nothing to ask: the finalised visit is taken whole").isEmpty();
        assertEquals(2, plan.replacedByFinalised(), "B's two notes");
        ImportPlan.VisitMerge merge = plan.merges().stream().filter(m -> m.replacedByFinalised() > 0)
                .findFirst().orElseThrow();
        assertThat(merge.label()).startsWith("Hạ Lang");
        assertTrue(b.exchange().apply(plan, Map.of()));

        assertEquals(VisitStatus.FINALISED.name(), b.services.database().dsl()
                .fetchValue("SELECT status FROM visit WHERE id = ?", visitB));
        assertEquals(itemHashes(a, visitA), itemHashes(b, visitB), "B's visit is what A finalised, item by item");
        assertEquals(a.answersOf(visitA), b.answersOf(visitB));
        assertEquals(Verification.Result.INTACT, b.verify(visitB));
        for (String replaced : List.of("B: ghi chú cùng mục, chưa biết đã hoàn tất",
                "B: ghi chú mục khác, chưa biết đã hoàn tất")) {
            assertEquals(1, b.services.database().dsl().fetchCount(DSL.table("change_log"),
                    DSL.field("visit_id").eq(visitB).and(DSL.field("old_value").like("%" + replaced + "%"))),
                    "the replaced note is in B's change log: " + replaced);
        }
        // the next package from A changes nothing more
        Path again = laptops.exportVisits(a, "again.parcheck", visitA);
        ImportPlan next = b.exchange().analyse(again);
        assertEquals(0, next.replacedByFinalised());
        assertThat(next.conflicts()).isEmpty();
        assertThat(next.automaticChanges()).isEmpty();
        b.exchange().discard(next);
    }

    @OnBothEngines
    void aVisitReopenedHereAfterHavingItFinalisedKeepsItsChanges() throws Exception {
        long visitA = a.haLang(planUuid);
        long visitB = b.haLang(planUuid);
        FinalisedVisits.completeAndFinalise(a.services.answerService(), visitA);
        assertTrue(TwoLaptops.send(laptops.exportVisits(a, "finalised.parcheck", visitA), b));
        assertEquals(Verification.Result.INTACT, b.verify(visitB));
        b.services.answerService().reopen(visitB, "Sở yêu cầu bổ sung tài liệu");
        String code = b.answersOf(visitB).keySet().iterator().next();
        b.note(visitB, code, "B: bổ sung sau khi mở lại", "Bình (máy B)");
        // A, where it is still finalised, sends the visit again (a new package)

        ImportPlan plan = b.exchange().analyse(laptops.exportVisits(a, "again.parcheck", visitA));

        assertEquals(0, plan.replacedByFinalised(), "B had the finalised visit: its reopening was on purpose");
        b.exchange().apply(plan, Map.of());
        assertEquals("B: bổ sung sau khi mở lại", b.answersOf(visitB).get(code).get(2));
        assertThat((String) b.services.database().dsl().fetchValue("SELECT status FROM visit WHERE id = ?", visitB))
                .isNotEqualTo(VisitStatus.FINALISED.name());
    }

    /** A visit's items as the exchange reads them, key → content hash. */
    private static Map<String, String> itemHashes(Laptop laptop, long visitId) {
        String uuid = laptop.services.database().dsl().fetchValue("SELECT uuid FROM visit WHERE id = ?", visitId)
                .toString();
        Map<String, String> hashes = new TreeMap<>();
        new JooqExchangeRepository(laptop.services.database()).visit(uuid).orElseThrow().items()
                .forEach((key, item) -> hashes.put(key, VisitItem.hashOf(item)));
        return hashes;
    }
}
