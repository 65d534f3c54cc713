package org.parcheck.exchange.crash;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.parcheck.answering.EvidenceCitation;
import org.parcheck.answering.EvidenceFiles;
import org.parcheck.app.AppServices;
import org.parcheck.common.util.HashedFiles;
import org.parcheck.persistence.ChildProcess;
import org.parcheck.plan.PlanOverview;

/**
 * The trial of issue #15: {@code import package} killed (SIGKILL) while it copies a large evidence file, then the
 * same package imported again. Laptop A attaches a {@code size}-byte file of random bytes to the demo Hạ Lang visit
 * and exports the plan; each trial imports it into a fresh data folder in a child process, watches the folder's
 * {@code attachments/} and kills the child as soon as a file there is shorter than the evidence (so, mid-copy),
 * then opens the folder in this process, imports the package again and checks that the evidence file is whole
 * (its SHA-256) and that no check reports it.
 */
public final class EvidenceCrashTrials {

    /**
     * The outcome.
     *
     * @param trials       trials run
     * @param midCopy      trials whose kill landed while an evidence file was being copied (short file seen)
     * @param shortLeft    trials that left a short file under the evidence's real name at the kill
     * @param whole        trials after which the re-imported evidence file had the right hash and no problem
     * @param problems     what went wrong, one line each
     */
    public record Result(int trials, int midCopy, int shortLeft, int whole, List<String> problems) {
    }

    private EvidenceCrashTrials() {
    }

    /** Exports the demo plan from a data folder in {@code dir} with a random {@code size}-byte evidence file. */
    public static Path preparePackage(Path dir, int size, long seed) throws IOException {
        Path a = dir.resolve("laptop-a");
        Files.createDirectories(a);
        Path pkg = dir.resolve("with-evidence.parcheck");
        try (AppServices services = AppServices.open(a)) {
            PlanOverview plan = services.planService().overviews().get(0);
            long visitId = services.planService().visits(plan.plan().id()).stream()
                    .filter(v -> v.unitDisplayName().equals("huyện Hạ Lang")).findFirst().orElseThrow().visit().id();
            byte[] content = new byte[size];
            new Random(seed).nextBytes(content);
            Path original = dir.resolve("Ảnh chụp hồ sơ.jpg");
            Files.write(original, content);
            EvidenceFiles.Stored stored = new EvidenceFiles(a).store(visitId, original);
            services.answerService().addEvidence(visitId, EvidenceCitation.of(null, "Ảnh 1", null, null,
                    "Ảnh chụp hồ sơ").withAttachment(stored.relativePath(), stored.sha256()));
            services.exchangeService().export(plan.plan().id(), List.of(), pkg);
        }
        return pkg;
    }

    public static Result run(Path dir, Path pkg, int size, int trials) throws Exception {
        int midCopy = 0;
        int shortLeft = 0;
        int whole = 0;
        List<String> problems = new ArrayList<>();
        for (int t = 0; t < trials; t++) {
            Path b = dir.resolve("laptop-b-" + t);
            Files.createDirectories(b);
            Path attachments = b.resolve("attachments");
            boolean seenShort = false;
            boolean shortUnderRealName = false;
            try (ChildProcess child = ChildProcess.start(ImportChild.class, b.toString(), pkg.toString())) {
                child.awaitLine("APPLYING");
                long deadline = System.nanoTime() + 20_000_000_000L;
                while (System.nanoTime() < deadline && child.process().isAlive()) {
                    Optional<Path> partial = shortFile(attachments, size);
                    if (partial.isPresent()) {
                        child.process().destroyForcibly();
                        child.process().waitFor();
                        seenShort = true;
                        String name = partial.get().getFileName().toString();
                        shortUnderRealName = !name.endsWith(HashedFiles.PART_SUFFIX);
                        break;
                    }
                    Thread.onSpinWait();
                }
            }
            if (seenShort) {
                midCopy++;
            }
            if (shortUnderRealName || shortFile(attachments, size).filter(p -> !p.getFileName().toString()
                    .endsWith(HashedFiles.PART_SUFFIX)).isPresent()) {
                shortLeft++;
            }
            // the same package again, in this process
            try (AppServices services = AppServices.open(b)) {
                services.exchangeService().apply(services.exchangeService().analyse(pkg), Map.of());
                long visitId = services.database().dsl()
                        .fetchOne("SELECT visit_id FROM evidence WHERE doc_number = 'Ảnh 1'").get(0, Long.class);
                EvidenceCitation e = services.answerService().sheet(visitId).evidence().stream()
                        .filter(c -> "Ảnh 1".equals(c.docNumber())).findFirst().orElse(null);
                if (e == null) {
                    problems.add("trial " + t + ": no evidence row after the second import");
                } else if (!HashedFiles.matches(b.resolve(e.attachmentPath()), e.attachmentSha256())) {
                    problems.add("trial " + t + ": " + e.attachmentPath() + " is " + Files.size(
                            b.resolve(e.attachmentPath())) + " of " + size + " bytes after the second import");
                } else if (!services.answerService().attachmentProblems(visitId).isEmpty()) {
                    problems.add("trial " + t + ": a check reports the file");
                } else {
                    whole++;
                }
            }
        }
        return new Result(trials, midCopy, shortLeft, whole, problems);
    }

    /** A file under {@code attachments} shorter than {@code size} bytes (a copy in progress or cut short). */
    private static Optional<Path> shortFile(Path attachments, long size) {
        if (!Files.isDirectory(attachments)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.walk(attachments)) {
            return files.filter(p -> {
                try {
                    return Files.isRegularFile(p) && Files.size(p) < size;
                } catch (IOException e) {
                    return false; // renamed meanwhile
                }
            }).findFirst();
        } catch (IOException | java.io.UncheckedIOException e) {
            return Optional.empty();
        }
    }
}
