package org.parcheck.exchange.crash;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The evidence crash bench: {@code import package} killed mid-copy of a large evidence file, then imported again,
 * N times ({@link EvidenceCrashTrials}). Run it with
 * <pre>
 * ./mvnw -B -q test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *     -Dexec.args="-cp %classpath org.parcheck.exchange.crash.EvidenceCrashBench 10 40"
 * </pre>
 * (arguments: trials, default 10; file size in MB, default 40). Exits with status 1 if any file ended other than
 * whole.
 */
public final class EvidenceCrashBench {

    private EvidenceCrashBench() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        int trials = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int size = (args.length > 1 ? Integer.parseInt(args[1]) : 40) * 1024 * 1024;
        Path dir = Files.createTempDirectory("parcheck-evidence-crash");
        long start = System.nanoTime();
        EvidenceCrashTrials.Result result;
        try {
            result = EvidenceCrashTrials.run(dir, EvidenceCrashTrials.preparePackage(dir, size, 15), size, trials);
        } finally {
            deleteTree(dir);
        }
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        System.out.println("evidence crash bench (" + size / (1024 * 1024) + " MB file, " + seconds + " s)");
        System.out.println("trials:                          " + result.trials());
        System.out.println("killed mid-copy:                 " + result.midCopy());
        System.out.println("short file under its real name:  " + result.shortLeft());
        System.out.println("whole after importing again:     " + result.whole() + "/" + result.trials());
        result.problems().forEach(p -> System.out.println("PROBLEM " + p));
        boolean ok = result.whole() == trials && result.problems().isEmpty();
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
