package org.parcheck.persistence.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.parcheck.answering.Answer;
import org.parcheck.answering.AnswerService;
import org.parcheck.answering.AnswerSheet;
import org.parcheck.app.AppServices;
import org.parcheck.persistence.Database;
import org.parcheck.report.SeedReports;

/**
 * Measures how the H2 file grows through a long working day (#18 §2; not a test): opens a new demo data folder and
 * saves N single answers of the Hạ Lang visit, one commit each (the answers already there, saved again in turn:
 * the live data does not grow), printing the file size every N/10 saves, the median and largest save time, then the
 * size after closing and after opening again. Run with
 * {@code java -cp target/test-classes:target/classes:<test classpath> org.parcheck.persistence.bench.GrowthBench
 * 150000 [DIR]}.
 */
public final class GrowthBench {

    private GrowthBench() {
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        int saves = Integer.parseInt(args[0]);
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("parcheck-growth");
        Files.createDirectories(dir);
        Path file = Database.fileIn(dir);
        long[] nanos = new long[saves];
        long start = System.nanoTime();
        try (AppServices services = AppServices.open(dir)) {
            AnswerService answers = services.answerService();
            long visit = SeedReports.haLangVisitId(services);
            AnswerSheet sheet = answers.sheet(visit);
            List<Answer> all = new ArrayList<>(sheet.answers().values());
            System.out.printf("start: %d KB, %d answers to save again in turn%n", size(file), all.size());
            for (int i = 0; i < saves; i++) {
                long t = System.nanoTime();
                answers.saveAnswer(visit, all.get(i % all.size()));
                nanos[i] = System.nanoTime() - t;
                if ((i + 1) % Math.max(1, saves / 10) == 0) {
                    System.out.printf("%7d saves: %8d KB (%d s)%n", i + 1, size(file),
                            (System.nanoTime() - start) / 1_000_000_000L);
                }
            }
        }
        System.out.printf("closed: %d KB%n", size(file));
        try (AppServices services = AppServices.open(dir)) {
            System.out.printf("opened again: %d KB%n", size(file));
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("save: median %.2f ms, p99 %.2f ms, max %.1f ms%n", sorted[saves / 2] / 1e6,
                sorted[(int) (saves * 0.99)] / 1e6, sorted[saves - 1] / 1e6);
    }

    private static long size(Path file) {
        try {
            return Files.size(file) / 1024;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
