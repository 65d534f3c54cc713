package org.parcheck.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #19: "killing the process during a password change leaves a folder that opens with the old or the new
 * password". A child JVM ({@link PasswordChangeLoop}) changes the password A → B → A … as fast as it can; the test
 * kills it ({@link Process#destroyForcibly()}, SIGKILL on Linux) a random time after it starts looping, {@value #KILLS}
 * times, and after each kill opens the folder with A or B and checks the data key is the one it was created with.
 * The child uses a low PBKDF2 count (the file writing is the same code), so most of its time is spent writing the
 * key file and most kills land there; the test prints how many kills left a half-written temporary file.
 *
 * <p>The seed is printed; replay with {@code -Dparcheck.keys.kill.seed=<seed>}:
 * {@code ./mvnw -B -o -q verify -Dtest=KillDuringPasswordChangeTest -Dparcheck.keys.kill.seed=42
 * -Dsurefire.failIfNoSpecifiedTests=false -Dcheckstyle.skip}. The seed replays the delays; the exact moment of each
 * kill still depends on the machine.
 */
class KillDuringPasswordChangeTest {

    static final String SEED_PROPERTY = "parcheck.keys.kill.seed";
    static final int KILLS = 24;
    private static final int ITERATIONS = FolderKeysTest.FAST;
    private static final String A = "mật khẩu cũ";
    private static final String B = "mật khẩu mới";

    @TempDir
    Path dir;

    @Test
    void aKillDuringAPasswordChangeLeavesAFolderThatOpensWithTheOldOrTheNewPassword(TestReporter reporter)
            throws Exception {
        String given = System.getProperty(SEED_PROPERTY);
        long seed = given == null || given.isBlank() ? System.nanoTime() : Long.parseLong(given.strip());
        String replay = "kill trials seed " + seed + " (replay with -D" + SEED_PROPERTY + "=" + seed + ")";
        System.out.println(replay);
        reporter.publishEntry(SEED_PROPERTY, Long.toString(seed));
        Random random = new Random(seed);
        byte[] original;
        try (DataKey key = DataKey.random()) {
            original = key.bytes();
            FolderKeys.create(dir, A.toCharArray(), key, ITERATIONS);
        }

        int openedWithA = 0;
        int openedWithB = 0;
        int leftTemporaryFile = 0;
        List<String> problems = new ArrayList<>();
        for (int trial = 0; trial < KILLS; trial++) {
            long delayMicros = random.nextInt(150_000);
            runAndKill(delayMicros);
            if (hasTemporaryFile()) {
                leftTemporaryFile++;
            }
            String what = "trial " + trial + " (kill " + delayMicros + " µs after looping), " + replay;
            DataKey key = openWith(A);
            if (key != null) {
                openedWithA++;
            } else {
                key = openWith(B);
                if (key == null) {
                    problems.add(what + ": opens with neither password");
                    continue;
                }
                openedWithB++;
            }
            try (DataKey opened = key) {
                assertThat(opened.bytes()).as(what).isEqualTo(original);
            }
        }
        System.out.println("kill trials: " + openedWithA + " opened with A, " + openedWithB + " with B, "
                + leftTemporaryFile + " killed while writing (a temporary file left)");

        assertThat(problems).as(replay).isEmpty();
        assertThat(openedWithA + openedWithB).as(replay).isEqualTo(KILLS);
    }

    private void runAndKill(long delayMicros) throws IOException, InterruptedException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), PasswordChangeLoop.class.getName(), dir.toString(),
                A, B, Integer.toString(ITERATIONS));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line = out.readLine();
            assertThat(line).as("the child's first line").isEqualTo("looping");
            LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(delayMicros));
            assertThat(process.isAlive()).as("the child still changing passwords").isTrue();
        } finally {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    private boolean hasTemporaryFile() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(file -> file.getFileName().toString().endsWith(".tmp"));
        }
    }

    private DataKey openWith(String password) throws IOException {
        try {
            return FolderKeys.unlock(dir, password.toCharArray());
        } catch (ProtectionException e) {
            assertThat(e.kind()).as(e.getMessage()).isEqualTo(ProtectionException.Kind.WRONG_PASSWORD);
            return null;
        }
    }
}
