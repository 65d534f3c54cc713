package org.parcheck.answering.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.parcheck.answering.Answer;
import org.parcheck.answering.ui.TestExporters;
import org.parcheck.answering.ui.VisitViewModel;
import org.parcheck.app.AppServices;
import org.parcheck.app.protection.FolderProtection;
import org.parcheck.common.fx.SameThreadExecutor;
import org.parcheck.common.i18n.Messages;
import org.parcheck.protection.DataKey;

/**
 * #19 bench ratios: the same 150-item visit in an unprotected and in a protected data folder, measured in the same
 * run, alternating (plain, protected, plain, ...) so that the machine's other load falls on both: answer save (median
 * of many, as {@link AnsweringBenchmark#saveAnswer}), opening the visit to input (as
 * {@link AnsweringBenchmark#openToInput}), start-up (the folder's services opened and closed), the visit report
 * (PDF), and the time to open with the password (key derivation included). A main, not a timed test:
 *
 * <pre>
 * ./mvnw -B -o -q test-compile -Dcheckstyle.skip
 * ./mvnw -B -o -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.parcheck.answering.bench.ProtectionBench
 * </pre>
 */
public final class ProtectionBench {

    private static final char[] PASSWORD = "mật khẩu đo thời gian".toCharArray();
    private static final int ROUNDS = 5;

    private ProtectionBench() {
    }

    public static void main(String[] args) throws Exception {
        Messages messages = new Messages(Messages.VIETNAMESE);
        try (BenchVisit plain = new BenchVisit(); BenchVisit sealed = new BenchVisit(PASSWORD)) {
            Answer[] current = {plain.answering.sheet(plain.visitId).answer(plain.yesNoItem),
                sealed.answering.sheet(sealed.visitId).answer(sealed.yesNoItem)};
            BenchVisit[] both = {plain, sealed};
            for (int warm = 0; warm < 200; warm++) {
                for (int i = 0; i < 2; i++) {
                    current[i] = both[i].answering.saveAnswer(both[i].visitId, both[i].toggled(current[i]));
                }
            }
            List<List<Double>> save = List.of(new ArrayList<>(), new ArrayList<>());
            for (int round = 0; round < ROUNDS * 40; round++) {
                for (int i = 0; i < 2; i++) {
                    int k = i;
                    save.get(i).add(millis(() -> current[k] = both[k].answering.saveAnswer(both[k].visitId,
                            both[k].toggled(current[k]))));
                }
            }
            report("answer save (median of " + save.get(0).size() + ")", save);

            List<List<Double>> open = List.of(new ArrayList<>(), new ArrayList<>());
            for (int round = 0; round < ROUNDS * 4 + 3; round++) {
                for (int i = 0; i < 2; i++) {
                    BenchVisit b = both[i];
                    double ms = millis(() -> {
                        VisitViewModel model = new VisitViewModel(b.visitId, b.answering, new SameThreadExecutor(),
                                messages, () -> { }, TestExporters.none());
                        model.load();
                        return model;
                    });
                    if (round >= 3) {
                        open.get(i).add(ms);
                    }
                }
            }
            report("opening the 150-item visit to input", open);

            List<List<Double>> pdf = List.of(new ArrayList<>(), new ArrayList<>());
            for (int round = 0; round < ROUNDS + 1; round++) {
                for (int i = 0; i < 2; i++) {
                    BenchVisit b = both[i];
                    Path file = b.dataDir.resolve("bench-report.pdf");
                    double ms = millis(() -> {
                        try {
                            b.services.writeVisitReport(b.visitId, file);
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                        return file;
                    });
                    Files.deleteIfExists(file);
                    if (round >= 1) {
                        pdf.get(i).add(ms);
                    }
                }
            }
            report("visit report (PDF)", pdf);

            plain.services.close();
            sealed.services.close();
            List<List<Double>> start = List.of(new ArrayList<>(), new ArrayList<>());
            List<List<Double>> close = List.of(new ArrayList<>(), new ArrayList<>());
            List<Double> unlock = new ArrayList<>();
            for (int round = 0; round < ROUNDS * 2 + 1; round++) {
                for (int i = 0; i < 2; i++) {
                    BenchVisit b = both[i];
                    AppServices[] opened = new AppServices[1];
                    double ms = millis(() -> opened[0] = AppServices.open(b.dataDir, true, b.key));
                    double closing = millis(() -> {
                        opened[0].close();
                        return opened[0];
                    });
                    if (round >= 1) {
                        start.get(i).add(ms);
                        close.get(i).add(closing);
                    }
                }
                double ms = millis(() -> {
                    try (DataKey key = FolderProtection.unlock(sealed.dataDir, PASSWORD)) {
                        return key;
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
                unlock.add(ms);
            }
            report("start-up (the folder's services opened, key given)", start);
            report("closing (H2 compacts the file)", close);
            System.out.printf("unlock with the password (key derivation): median %.0f ms (target <= 500 ms)%n",
                    median(unlock));
            System.out.printf("unlock and start-up together: %.0f ms (start-up unprotected: %.0f ms)%n",
                    median(unlock) + median(start.get(1)), median(start.get(0)));

            // start-up as the user has it: a new JVM, from its start to the services ready (password typed in:
            // key derivation included), alternating plain and protected
            List<List<Double>> cold = List.of(new ArrayList<>(), new ArrayList<>());
            for (int round = 0; round < ROUNDS * 2 + 1; round++) {
                for (int i = 0; i < 2; i++) {
                    double ms = coldStart(both[i].dataDir, i == 1 ? new String(PASSWORD) : null);
                    if (round >= 1) {
                        cold.get(i).add(ms);
                    }
                }
            }
            report("cold start in a new JVM to the services ready (password and key derivation included)", cold);
        }
    }

    /** One {@link ColdStart} in a new JVM with this JVM's class path; its milliseconds from JVM start to ready. */
    private static double coldStart(Path dataDir, String password) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), ColdStart.class.getName(),
                dataDir.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (password != null) {
            builder.environment().put(ColdStart.PASSWORD_VARIABLE, password); // never an argument (#19)
        }
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("cold start failed: " + out);
        }
        return out.lines().filter(l -> l.startsWith("ready-ms ")).mapToDouble(l -> Double.parseDouble(
                l.split(" ")[1])).findFirst().orElseThrow(() -> new IllegalStateException(out));
    }

    private static double millis(Supplier<Object> work) {
        long t0 = System.nanoTime();
        work.get();
        return (System.nanoTime() - t0) / 1e6;
    }

    private static void report(String what, List<List<Double>> times) {
        double off = median(times.get(0));
        double on = median(times.get(1));
        System.out.printf("%s: off %.2f ms, on %.2f ms, ratio %.2f%n", what, off, on, on / off);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
