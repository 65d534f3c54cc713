package org.parcheck.protection.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import javax.crypto.SecretKey;
import org.parcheck.protection.DataKey;
import org.parcheck.protection.FolderKeys;
import org.parcheck.protection.SealedStreams;

/**
 * Timing harness of #19's protection core (a main, not a test): the time to unlock a protected folder
 * ({@link FolderKeys#unlock}: read the key file, PBKDF2 at the count in use, unwrap the key) in a fresh JVM each time,
 * as a user meets it, with the JVM's default compilers and with {@code -XX:TieredStopAtLevel=1}; the same warm, in
 * this JVM; and the throughput of {@link SealedStreams} (sealing and opening 64 MiB in memory).
 *
 * <p>Run (after {@code ./mvnw -B -o -q test-compile -Dcheckstyle.skip}, classpath from
 * {@code ./mvnw -B -o -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt}):
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt)
 * org.parcheck.protection.bench.ProtectionBench 9}. Figures: docs/data-safety/protection.md.
 */
public final class ProtectionBench {

    private static final String PASSWORD = "một mật khẩu dài vừa phải";
    private static final int MIB = 1024 * 1024;

    private ProtectionBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--unlock-once")) {
            unlockOnce(Path.of(args[1]));
            return;
        }
        if (args.length > 0 && args[0].equals("--throughput")) {
            throughput();
            return;
        }
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 9;
        System.out.println("ProtectionBench: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + ", load average before: " + loadAverage());
        Path dir = Files.createTempDirectory("parcheck-keys-bench");
        try {
            try (DataKey key = DataKey.random()) {
                FolderKeys.create(dir, PASSWORD.toCharArray(), key);
            }
            String iterations = Files.readAllLines(FolderKeys.fileIn(dir)).stream()
                    .filter(line -> line.startsWith("password.iterations=")).findFirst().orElse("?");
            System.out.println("key file: " + iterations);
            for (List<String> options : List.of(List.<String>of(), List.of("-XX:TieredStopAtLevel=1"))) {
                List<long[]> times = new ArrayList<>();
                for (int i = 0; i < runs; i++) {
                    String line = child(options, "--unlock-once", dir.toString());
                    String[] parts = line.split(" ");
                    times.add(new long[] {Long.parseLong(parts[1]), Long.parseLong(parts[2])});
                }
                String mode = options.isEmpty() ? "(default compilers)" : options.toString();
                System.out.println("unlock in a fresh JVM " + mode + ", " + runs + " runs: wall " + summary(times, 0)
                        + "; CPU of the thread " + summary(times, 1));
            }
            List<long[]> warm = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                warm.add(timeUnlock(dir));
            }
            System.out.println("unlock warm (this JVM), " + runs + " runs: wall " + summary(warm, 0));
            System.out.println("SealedStreams (default compilers): " + child(List.of(), "--throughput"));
            System.out.println("SealedStreams (-XX:TieredStopAtLevel=1): "
                    + child(List.of("-XX:TieredStopAtLevel=1"), "--throughput"));
            System.out.println("load average after: " + loadAverage());
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    private static void unlockOnce(Path dir) throws IOException {
        long[] time = timeUnlock(dir);
        System.out.println("unlock " + time[0] + " " + time[1]);
    }

    /** Wall and thread CPU time of one unlock, in ms. */
    private static long[] timeUnlock(Path dir) throws IOException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        try (DataKey key = FolderKeys.unlock(dir, PASSWORD.toCharArray())) {
            long wall = System.nanoTime() - start;
            return new long[] {wall / 1_000_000, (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000};
        }
    }

    private static void throughput() throws IOException {
        byte[] plain = new byte[64 * MIB];
        new Random(1).nextBytes(plain);
        SecretKey key = DataKey.random().fileKey();
        List<Long> seal = new ArrayList<>();
        List<Long> open = new ArrayList<>();
        byte[] sealed = null;
        for (int round = 0; round < 5; round++) {
            long start = System.nanoTime();
            ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length + MIB);
            try (OutputStream sealing = SealedStreams.encrypting(out, key)) {
                sealing.write(plain);
            }
            sealed = out.toByteArray();
            seal.add(System.nanoTime() - start);
            start = System.nanoTime();
            byte[] buffer = new byte[8192];
            try (InputStream in = SealedStreams.decrypting(new ByteArrayInputStream(sealed), key)) {
                while (in.read(buffer) >= 0) {
                    continue;
                }
            }
            open.add(System.nanoTime() - start);
        }
        System.out.println("64 MiB, median of 5 (first round included): seal " + mibPerSecond(seal) + " MiB/s, open "
                + mibPerSecond(open) + " MiB/s, first round seal " + (seal.get(0) / 1_000_000) + " ms");
    }

    private static String mibPerSecond(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return Long.toString(Math.round(64 / (sorted.get(sorted.size() / 2) / 1e9)));
    }

    private static String child(List<String> options, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ProtectionBench.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (process.waitFor() != 0) {
            throw new IOException("The child failed: " + output);
        }
        return output;
    }

    private static String summary(List<long[]> times, int column) {
        List<Long> values = new ArrayList<>(times.stream().map(time -> time[column]).toList());
        Collections.sort(values);
        return "median " + values.get(values.size() / 2) + " ms (min " + values.get(0) + ", max "
                + values.get(values.size() - 1) + ")";
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
