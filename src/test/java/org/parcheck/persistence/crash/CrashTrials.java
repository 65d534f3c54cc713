package org.parcheck.persistence.crash;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.parcheck.answering.Answer;
import org.parcheck.answering.AnswerSheet;
import org.parcheck.app.AppServices;
import org.parcheck.criteria.CriteriaItem;
import org.parcheck.persistence.Database;
import org.parcheck.persistence.DatabaseException;
import org.parcheck.persistence.JooqAnswerRepository;
import org.parcheck.plan.PlanOverview;

/**
 * Kill-at-random trials: a {@link CrashWriter} child saves answers of the demo Hạ Lang visit; the parent kills it
 * with SIGKILL ({@link Process#destroyForcibly()} on Linux) a random time after a random number of acknowledged
 * saves, then opens the database in-process and checks that every item holds its last acknowledged value (or the
 * one save that was in flight when the kill came, committed but not yet acknowledged).
 */
public final class CrashTrials {

    /** What a series of trials found. */
    public record Result(int trials, long acknowledged, long lost, int cleanOpens, List<String> problems) {

        public String summary() {
            return "trials=" + trials + " answersAcknowledged=" + acknowledged + " answersLost=" + lost
                    + " openedCleanly=" + cleanOpens + "/" + trials;
        }
    }

    private record Save(long seq, String code, String value) {

        static Save parse(String line) {
            String[] parts = line.split(" ", 4);
            return new Save(Long.parseLong(parts[1]), parts[2], parts[3]);
        }
    }

    /** The longest a trial may take before the child is killed anyway and the trial fails. */
    private static final long TRIAL_TIMEOUT_SECONDS = 120;
    private static final int MAX_ACKS_BEFORE_KILL = 80;
    private static final int MAX_KILL_DELAY_MICROS = 20_000;

    private final Path dataDir;
    private final Random random;
    private final long visitId;
    private final List<String> codes;
    /** Item code → last acknowledged save, over all trials so far. */
    private final Map<String, Save> expected = new HashMap<>();
    /** The save that was printed as SAVING but not acknowledged when the last child was killed. */
    private Save inFlight;
    private long seq;

    private CrashTrials(Path dataDir, long seed) {
        this.dataDir = dataDir;
        this.random = new Random(seed);
        try (AppServices services = AppServices.open(dataDir)) {
            PlanOverview plan = services.planService().overviews().get(0);
            this.visitId = services.planService().visits(plan.plan().id()).stream()
                    .filter(v -> v.unitDisplayName().equals("huyện Hạ Lang")).findFirst().orElseThrow()
                    .visit().id();
            this.codes = services.answerService().open(visitId).framework().content().leaves().stream()
                    .map(CriteriaItem::code).limit(40).toList();
        }
    }

    /** Runs {@code trials} kill trials on a fresh demo database in {@code dataDir}. */
    public static Result run(Path dataDir, int trials, long seed) throws IOException, InterruptedException {
        CrashTrials run = new CrashTrials(dataDir, seed);
        long acknowledged = 0;
        long lost = 0;
        int cleanOpens = 0;
        List<String> problems = new ArrayList<>();
        for (int trial = 1; trial <= trials; trial++) {
            acknowledged += run.killOneWriter(trial);
            Database database;
            try {
                database = Database.open(dataDir);
            } catch (DatabaseException e) {
                problems.add("trial " + trial + ": database did not open: " + e.kind() + " " + e.getMessage());
                return new Result(trial, acknowledged, lost, cleanOpens, problems);
            }
            cleanOpens++;
            try (database) {
                lost += run.check(trial, new JooqAnswerRepository(database).load(run.visitId), problems);
            }
        }
        return new Result(trials, acknowledged, lost, cleanOpens, problems);
    }

    /** One child: started, killed, its output read to the end; returns how many saves it acknowledged. */
    private int killOneWriter(int trial) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), "-Dorg.jooq.no-logo=true",
                "-Dorg.jooq.no-tips=true", "-Djava.util.logging.config.file=" + loggingConfig(),
                CrashWriter.class.getName(), dataDir.toString(), Long.toString(visitId),
                Long.toString(random.nextLong()), Long.toString(seq)));
        command.addAll(codes);
        Path outputFile = dataDir.resolve("crash-writer-" + trial + ".out");
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(outputFile.toFile()).start();
        int killAfter = 1 + random.nextInt(MAX_ACKS_BEFORE_KILL);
        long killDelayMicros = random.nextInt(MAX_KILL_DELAY_MICROS);
        ScheduledExecutorService killer = Executors.newSingleThreadScheduledExecutor();
        int acks = 0;
        Save pending = null;
        StringBuilder other = new StringBuilder();
        try (OutputTail tail = new OutputTail(outputFile)) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TRIAL_TIMEOUT_SECONDS);
            boolean ended = false;
            while (!ended) {
                // read what is there, then stop once the child is dead and its last lines are read
                ended = !process.isAlive();
                List<String> lines = tail.newLines();
                for (String line : lines) {
                    if (line.startsWith("SAVING ")) {
                        pending = Save.parse(line);
                        seq = Math.max(seq, pending.seq());
                    } else if (line.startsWith("ACK ")) {
                        Save save = Save.parse(line);
                        expected.put(save.code(), save);
                        pending = null;
                        acks++;
                        if (acks == killAfter) {
                            killer.schedule(process::destroyForcibly, killDelayMicros, TimeUnit.MICROSECONDS);
                        }
                    } else if (!line.equals("READY")) {
                        other.append(line).append('\n');
                    }
                }
                if (System.nanoTime() > deadline) {
                    process.destroyForcibly();
                }
                if (lines.isEmpty() && !ended) {
                    process.waitFor(1, TimeUnit.MILLISECONDS); // wait for output or the end, whichever first
                }
            }
        } finally {
            killer.shutdownNow();
            process.destroyForcibly();
            process.waitFor();
            Files.deleteIfExists(outputFile);
        }
        if (acks < killAfter) {
            throw new IllegalStateException("trial " + trial + ": writer ended after " + acks + " saves:\n" + other);
        }
        inFlight = pending;
        return acks;
    }

    private static String loggingConfig() {
        String config = System.getProperty("java.util.logging.config.file");
        return config != null ? config : "src/test/resources/logging-test.properties";
    }

    /** Counts the items whose stored answer is not their last acknowledged (or in-flight) save. */
    private long check(int trial, AnswerSheet sheet, List<String> problems) {
        long lost = 0;
        if (inFlight != null) {
            Answer stored = sheet.answer(inFlight.code());
            if (matches(stored, inFlight)) {
                expected.put(inFlight.code(), inFlight); // committed, killed before the ACK line: not a loss
            }
        }
        for (Save save : expected.values()) {
            Answer stored = sheet.answer(save.code());
            if (!matches(stored, save)) {
                lost++;
                problems.add("trial " + trial + ": item " + save.code() + " expected save " + save.seq() + " '"
                        + save.value() + "', found '" + stored.value() + "' / " + stored.note());
            }
        }
        return lost;
    }

    private static boolean matches(Answer stored, Save save) {
        return save.value().equals(stored.value()) && CrashWriter.note(save.seq()).equals(stored.note());
    }
}
