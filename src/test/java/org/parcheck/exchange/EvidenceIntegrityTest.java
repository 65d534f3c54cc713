package org.parcheck.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parcheck.exchange.TwoLaptops.HA_LANG;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.parcheck.answering.AnswerService;
import org.parcheck.answering.AttachmentProblem;
import org.parcheck.answering.EvidenceCitation;
import org.parcheck.answering.EvidenceFiles;
import org.parcheck.answering.audit.FinalisedVisits;
import org.parcheck.common.util.HashedFiles;
import org.parcheck.testing.OnBothEngines;

/**
 * Evidence files are what their hash says across packages (two real H2 files): a file cut short or deleted on the
 * importing laptop is reported by name (the check, finalise) and put back by a package carrying it; an import
 * killed mid-copy leaves a short file that the next import replaces instead of trusting its presence.
 */
class EvidenceIntegrityTest {

    private static final String NAME = "Biên bản niêm yết.pdf";

    @RegisterExtension
    final TwoLaptops laptops = new TwoLaptops();
    private Path dir;
    private Laptop a;
    private Laptop b;
    private byte[] content;
    private String sha;
    private Path pkg;
    private UUID planUuid;

    @BeforeEach
    void exportAnAttachedFile() throws Exception {
        dir = laptops.dir();
        a = laptops.a();
        b = laptops.b();
        planUuid = laptops.planUuid();
        long visitA = a.haLang(planUuid);
        content = new byte[300_000];
        new Random(15).nextBytes(content);
        sha = laptops.attach(a, visitA, NAME, content, "15/BB", "UBND huyện", "Biên bản niêm yết").sha256();
        pkg = dir.resolve("a.parcheck");
        a.exchange().export(a.demoPlan().plan().id(), List.of(), pkg);
    }

    private long visitB() {
        return b.haLang(planUuid);
    }

    private Path arrived(long visitB) {
        EvidenceCitation e = b.services.answerService().sheet(visitB).evidence().stream()
                .filter(c -> "15/BB".equals(c.docNumber())).findFirst().orElseThrow();
        assertEquals(sha, e.attachmentSha256());
        return b.services.dataDir().resolve(e.attachmentPath());
    }

    @OnBothEngines
    void aCutOrDeletedAttachmentIsNamedBlocksFinalisingAndTheSamePackageRepairsIt() throws Exception {
        assertTrue(TwoLaptops.send(pkg, b));
        long visitB = visitB();
        Path file = arrived(visitB);
        assertEquals(sha, HashedFiles.sha256(file));
        AnswerService answering = b.services.answerService();
        assertThat(answering.attachmentProblems(visitB)).isEmpty();

        // cut short, as by a copy that was killed
        Files.write(file, Arrays.copyOf(content, 6_300));
        List<AttachmentProblem> problems = answering.attachmentProblems(visitB);
        assertThat(problems).hasSize(1);
        assertEquals(NAME, problems.get(0).fileName());
        assertEquals(AttachmentProblem.Kind.ALTERED, problems.get(0).kind());
        AnswerService.NotReadyException refused = assertThrows(AnswerService.NotReadyException.class,
                () -> FinalisedVisits.completeAndFinalise(answering, visitB));
        assertThat(refused.blockers().attachments()).extracting(AttachmentProblem::fileName).containsExactly(NAME);

        // the same package again: nothing to import, but the file is put back
        ImportPlan again = b.exchange().analyse(pkg);
        assertTrue(again.alreadyImported());
        assertThat(again.repaired()).containsExactly(b.services.dataDir().relativize(file).toString()
                .replace('\\', '/'));
        assertFalse(b.exchange().apply(again, Map.of()));
        assertEquals(sha, HashedFiles.sha256(file));
        assertThat(answering.attachmentProblems(visitB)).isEmpty();

        // deleted
        Files.delete(file);
        assertThat(answering.attachmentProblems(visitB)).extracting(AttachmentProblem::kind)
                .containsExactly(AttachmentProblem.Kind.MISSING);
        assertThat(b.exchange().analyse(pkg).repaired()).hasSize(1);
        assertEquals(sha, HashedFiles.sha256(file));

        // whole again: finalising goes through
        FinalisedVisits.completeAndFinalise(answering, visitB);
        assertThat(answering.attachmentProblems(visitB)).isEmpty();
        assertThat(Files.list(file.getParent()).map(p -> p.getFileName().toString()))
                .as("no temporary copies left").noneMatch(n -> n.endsWith(HashedFiles.PART_SUFFIX));
    }

    @OnBothEngines
    void anImportKilledMidCopyLeavesAShortFileThatTheNextImportReplaces() throws Exception {
        UUID visitUuid = a.visit(planUuid, HA_LANG).visit().uuid();
        for (int cut : new int[] {0, 6_300}) {
            try (Laptop fresh = new Laptop(dir.resolve("c" + cut))) {
                // what a killed import left behind: the file in its final place, short, and no database row
                Path target = fresh.services.dataDir().resolve("attachments").resolve(visitUuid.toString())
                        .resolve(EvidenceFiles.storedName(sha, NAME));
                Files.createDirectories(target.getParent());
                Files.write(target, Arrays.copyOf(content, cut));
                assertTrue(TwoLaptops.send(pkg, fresh));
                assertEquals(sha, HashedFiles.sha256(target), "the short file was replaced (cut " + cut + ")");
                long visit = fresh.haLang(planUuid);
                assertThat(fresh.services.answerService().attachmentProblems(visit)).isEmpty();
            }
        }
    }
}
