package org.parcheck.persistence.crash;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The crash bench: many kill-at-random trials on a fresh demo database in a temp folder. Run it with
 * <pre>
 * ./mvnw -B -q test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *     -Dexec.args="-cp %classpath org.parcheck.persistence.crash.CrashBench 50"
 * </pre>
 * (arguments: trials, default 50; random seed, default the clock). Exits with status 1 if any answer was lost or
 * the database did not open.
 */
public final class CrashBench {

    private CrashBench() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        int trials = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : System.nanoTime();
        Path dataDir = Files.createTempDirectory("parcheck-crash-bench");
        long start = System.nanoTime();
        CrashTrials.Result result;
        try {
            result = CrashTrials.run(dataDir, trials, seed);
        } finally {
            deleteTree(dataDir);
        }
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        System.out.println("crash bench (seed " + seed + ", " + seconds + " s)");
        System.out.println("trials:                 " + result.trials());
        System.out.println("answers acknowledged:   " + result.acknowledged());
        System.out.println("answers lost:           " + result.lost());
        System.out.println("opened cleanly:         " + result.cleanOpens() + "/" + result.trials());
        result.problems().forEach(p -> System.out.println("PROBLEM " + p));
        boolean ok = result.lost() == 0 && result.cleanOpens() == trials && result.problems().isEmpty();
        System.out.println(ok ? "RESULT OK" : "RESULT FAILED");
        System.exit(ok ? 0 : 1);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
