package org.parcheck.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.parcheck.answering.Answer;
import org.parcheck.answering.ChangeEntry;
import org.parcheck.exchange.ImportPlan.Choice;
import org.parcheck.plan.Inspector;
import org.parcheck.testing.OnBothEngines;

/**
 * #15 §3 on two real H2 files: the package names the inspector who exported it, the importing laptop records its
 * own inspector, and a conflict shows each side's person (not the computer account).
 */
class InspectorExchangeTest {

    private static final Inspector AN = Inspector.create("Trần Thị An", "Chuyên viên", "Sở Nội vụ tỉnh Cao Bằng");
    private static final Inspector BINH = Inspector.create("Hoàng Văn Bình", "Thanh tra viên", "Thanh tra tỉnh");

    @RegisterExtension
    final TwoLaptops laptops = new TwoLaptops();
    private Path dir;
    private Laptop a;
    private Laptop b;

    @BeforeEach
    void open() throws Exception {
        dir = laptops.dir();
        a = laptops.a();
        b = laptops.b();
        a.services.inspectors().choose(AN);
        b.services.inspectors().choose(BINH);
    }

    @OnBothEngines
    void packagesImportsAndConflictsNameTheInspectorOfEachLaptop() throws Exception {
        UUID planUuid = laptops.planUuid();
        Path first = dir.resolve("a-plan.parcheck");
        PackageManifest manifest = a.exchange().export(a.demoPlan().plan().id(), List.of(), first);
        assertEquals(AN.recordText(), manifest.createdBy());

        ImportPlan toB = b.exchange().analyse(first);
        assertEquals(AN.recordText(), toB.manifest().createdBy(), "the import screen shows who made the package");
        assertTrue(b.exchange().apply(toB, Map.of()));
        assertEquals(List.of(BINH.recordText() + " | " + AN.recordText()), b.services.database().dsl()
                .fetch("SELECT imported_by || ' | ' || created_by FROM exchange_package").getValues(0, String.class));

        long visitA = a.haLang(planUuid);
        long visitB = b.haLang(planUuid);
        String code = List.copyOf(new TreeSet<>(a.answersOf(visitA).keySet())).get(0);
        note(a, visitA, code, "A: đạt");
        note(b, visitB, code, "B: không đạt");

        Path second = laptops.exportVisits(b, "b-ha-lang.parcheck", visitB);
        ImportPlan toA = a.exchange().analyse(second);
        assertEquals(1, toA.conflicts().size(), () -> "conflicts: " + toA.conflicts());
        ImportPlan.Conflict conflict = toA.conflicts().get(0);
        assertEquals(AN.recordText(), conflict.change().local().updatedBy());
        assertEquals(BINH.recordText(), conflict.change().incoming().updatedBy());
        assertTrue(a.exchange().apply(toA, Map.of(conflict.id(), Choice.THEIRS)));

        List<ChangeEntry> log = a.services.answerService().changeLog(visitA);
        assertThat(log).as("the merge is logged by A's inspector, the package's author in the reason")
                .anyMatch(e -> AN.recordText().equals(e.actor()) && e.reason() != null
                        && e.reason().contains(BINH.recordText()));
        String os = System.getProperty("user.name");
        assertThat(log).extracting(ChangeEntry::actor).noneMatch(actor -> actor == null || actor.equals(os));
    }

    private static void note(Laptop laptop, long visitId, String code, String note) {
        Answer current = laptop.services.answerService().sheet(visitId).answers()
                .getOrDefault(code, Answer.empty(code));
        laptop.services.answerService().saveAnswer(visitId, current.withNote(note));
    }
}
