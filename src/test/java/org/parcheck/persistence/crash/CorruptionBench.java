package org.parcheck.persistence.crash;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.parcheck.answering.Answer;
import org.parcheck.app.AppServices;
import org.parcheck.persistence.DatabaseException;
import org.parcheck.persistence.backup.DatabaseBackup;
import org.parcheck.plan.PlanOverview;
import org.parcheck.plan.Visit;

/**
 * The corruption bench: a demo database taken through many random damages, each opened through the real open path
 * ({@link AppServices#open}), and classified. Run it with
 * <pre>
 * ./mvnw -B -q test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *     -Dexec.args="-cp %classpath org.parcheck.persistence.crash.CorruptionBench 200 42"
 * </pre>
 * (arguments: trials, default 200; random seed, default the clock; printed, so any run can be replayed; a third
 * argument {@code rewritten} damages a demo file that was rewritten whole at close, D34). Each trial
 * copies the demo file and applies one damage: a single byte flipped (one random bit) at a random offset, a 4 KB
 * block (4 KB aligned) zeroed, or the file truncated at a random length. Outcomes:
 * <ul>
 *   <li>{@code IDENTICAL}: opened, no damage reported, same content as the original (every row of every table),
 *       and report, package export and backup all worked;</li>
 *   <li>{@code REFUSED}: the open was refused (damaged, not ParCheck data, ...) and the file keeps every byte;</li>
 *   <li>{@code DETECTED}: opened read-only with the damage reported (visits/tables), the file keeps every byte;</li>
 *   <li>{@code REFUSED_CHANGED} / {@code DETECTED_CHANGED}: as above, but the file's bytes changed (target 0);</li>
 *   <li>{@code SILENT}: opened, no damage reported, but the content differs from the original (target 0);</li>
 *   <li>{@code CRASHED}: opened with no damage reported, then the report, the export or the backup failed with an
 *       error, or the open failed with something other than a {@link DatabaseException} (target 0).</li>
 * </ul>
 * Exits with status 1 if any of the last four occurred.
 */
public final class CorruptionBench {

    /** What happened to one damaged copy. */
    enum Outcome { IDENTICAL, REFUSED, DETECTED, REFUSED_CHANGED, DETECTED_CHANGED, SILENT, CRASHED }

    /** The three kinds of damage. */
    enum Damage { BYTE_FLIP, ZERO_4K, TRUNCATE }

    private CorruptionBench() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        System.setProperty("java.awt.headless", "true");
        Logger.getLogger("").setLevel(Level.OFF);
        int trials = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : System.nanoTime();
        Path work = Files.createTempDirectory("parcheck-corruption-bench");
        long start = System.nanoTime();
        Map<Damage, Map<Outcome, Integer>> counts = new EnumMap<>(Damage.class);
        for (Damage d : Damage.values()) {
            counts.put(d, new EnumMap<>(Outcome.class));
        }
        List<String> problems = new ArrayList<>();
        long demoBytes;
        try {
            Path demo = Files.createDirectories(work.resolve("demo"));
            String original = makeDemo(demo, args.length > 2 && args[2].equals("rewritten"));
            byte[] bytes = Files.readAllBytes(demo.resolve("parcheck.mv.db"));
            demoBytes = bytes.length;
            Random random = new Random(seed);
            for (int i = 0; i < trials; i++) {
                Damage damage = Damage.values()[i % 3];
                Path dir = work.resolve("trial-" + i);
                Files.createDirectories(dir);
                String what = damage(random, damage, bytes, dir.resolve("parcheck.mv.db"));
                Trial trial = trial(dir, original);
                counts.get(damage).merge(trial.outcome(), 1, Integer::sum);
                if (trial.outcome().ordinal() >= Outcome.REFUSED_CHANGED.ordinal()) {
                    problems.add("trial " + i + " " + what + ": " + trial.outcome() + " " + trial.detail());
                }
                deleteTree(dir);
            }
        } finally {
            deleteTree(work);
        }
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        System.out.println("corruption bench (seed " + seed + ", " + trials + " trials, " + seconds + " s, demo file "
                + demoBytes + " bytes)");
        StringBuilder header = new StringBuilder(String.format("%-10s", "damage"));
        for (Outcome o : Outcome.values()) {
            header.append(String.format(" %16s", o));
        }
        System.out.println(header);
        Map<Outcome, Integer> total = new EnumMap<>(Outcome.class);
        for (Map.Entry<Damage, Map<Outcome, Integer>> row : counts.entrySet()) {
            StringBuilder line = new StringBuilder(String.format("%-10s", row.getKey()));
            for (Outcome o : Outcome.values()) {
                int n = row.getValue().getOrDefault(o, 0);
                total.merge(o, n, Integer::sum);
                line.append(String.format(" %16d", n));
            }
            System.out.println(line);
        }
        StringBuilder line = new StringBuilder(String.format("%-10s", "all"));
        for (Outcome o : Outcome.values()) {
            line.append(String.format(" %16d", total.getOrDefault(o, 0)));
        }
        System.out.println(line);
        problems.forEach(p -> System.out.println("PROBLEM " + p));
        System.out.println(problems.isEmpty() ? "RESULT OK" : "RESULT FAILED");
        System.exit(problems.isEmpty() ? 0 : 1);
    }

    /**
     * The demo database (demo data plus a few saves), closed; returns its content revision. {@code rewritten}: saves
     * until the file is over 5 MB, so that it is rewritten whole (and compressed) at close (D34), and damage hits that
     * form of the file.
     */
    private static String makeDemo(Path dir, boolean rewritten) throws IOException {
        try (AppServices services = AppServices.open(dir)) {
            long visit = visitWithAnswers(services).id();
            List<String> codes = services.answerService().sheet(visit).answers().keySet().stream().sorted().toList();
            Path file = services.database().file();
            for (int i = 0; i < 20 || rewritten && Files.size(file) < 5L << 20; i++) {
                Answer answer = services.answerService().sheet(visit).answers().get(codes.get(i % codes.size()));
                services.answerService().saveAnswer(visit, answer.withNote("ghi chú số " + i));
            }
        }
        try (AppServices services = AppServices.open(dir)) {
            return new DatabaseBackup(services.database()).revision();
        }
    }

    private static Visit visitWithAnswers(AppServices services) {
        for (PlanOverview plan : services.plans().overviews()) {
            for (Visit visit : services.plans().visits(plan.plan().id())) {
                if (!services.answerService().sheet(visit.id()).answers().isEmpty()) {
                    return visit;
                }
            }
        }
        throw new IllegalStateException("no visit in the demo data");
    }

    private static String damage(Random random, Damage damage, byte[] original, Path target) throws IOException {
        byte[] bytes = original.clone();
        String what;
        switch (damage) {
            case BYTE_FLIP -> {
                int offset = random.nextInt(bytes.length);
                int bit = random.nextInt(8);
                bytes[offset] ^= (byte) (1 << bit);
                what = "bit " + bit + " flipped at " + offset;
            }
            case ZERO_4K -> {
                int block = random.nextInt(bytes.length / 4096);
                Arrays.fill(bytes, block * 4096, Math.min(bytes.length, (block + 1) * 4096), (byte) 0);
                what = "4 KB block zeroed at " + block * 4096;
            }
            default -> {
                int length = random.nextInt(bytes.length);
                bytes = Arrays.copyOf(bytes, length);
                what = "truncated to " + length + " of " + original.length;
            }
        }
        Files.write(target, bytes);
        return what;
    }

    private record Trial(Outcome outcome, String detail) {
    }

    private static Trial trial(Path dir, String original) throws IOException {
        Path file = dir.resolve("parcheck.mv.db");
        byte[] before = Files.readAllBytes(file);
        AppServices services;
        try {
            services = AppServices.open(dir);
        } catch (DatabaseException e) {
            boolean same = Arrays.equals(before, Files.readAllBytes(file));
            return new Trial(same ? Outcome.REFUSED : Outcome.REFUSED_CHANGED, e.kind() + ": " + e.getMessage());
        } catch (RuntimeException e) {
            return new Trial(Outcome.CRASHED, "open: " + e);
        }
        try (services) {
            if (services.database().damage().isPresent()) {
                boolean same = Arrays.equals(before, Files.readAllBytes(file));
                return new Trial(same ? Outcome.DETECTED : Outcome.DETECTED_CHANGED,
                        String.valueOf(services.database().damage().get()));
            }
            String content;
            try {
                content = new DatabaseBackup(services.database()).revision();
            } catch (RuntimeException e) {
                return new Trial(Outcome.CRASHED, "reading: " + e);
            }
            if (!content.equals(original)) {
                return new Trial(Outcome.SILENT, "content revision " + content);
            }
            try {
                for (PlanOverview plan : services.plans().overviews()) {
                    List<Long> ids = new ArrayList<>();
                    for (Visit visit : services.plans().visits(plan.plan().id())) {
                        services.writeVisitReport(visit.id(), dir.resolve("visit-" + visit.id() + ".pdf"));
                        ids.add(visit.id());
                    }
                    services.exchangeService().export(plan.plan().id(), ids, dir.resolve("plan.parcheck"));
                }
                services.backups().backupNow();
            } catch (IOException | RuntimeException e) {
                return new Trial(Outcome.CRASHED, "report/export/backup: " + e);
            }
            return new Trial(Outcome.IDENTICAL, "");
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
