package org.parcheck.report.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.parcheck.app.AppServices;
import org.parcheck.plan.Visit;
import org.parcheck.report.PlanSummaries;
import org.parcheck.report.SeedReports;
import org.parcheck.report.docx.PlanSummaryDocx;
import org.parcheck.report.pdf.PlanSummaryPdf;

/**
 * Prints warm timings of the plan summary of 60 visits (not a test): the demo plan plus 57 visits to new districts
 * with the Hạ Lang answers, every second one without its last answers so that the percentages differ. Keeps the
 * PDF as target/reports/plan-summary-60.pdf. Run with {@code ./mvnw -q exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.parcheck.report.bench.PlanSummaryTiming}.
 */
public final class PlanSummaryTiming {

    private static final int EXTRA_VISITS = BenchFolder.EXTRA_VISITS;
    private static final int WARM_UP = 3;
    private static final int RUNS = 7;

    private PlanSummaryTiming() {
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        Path dataDir = Files.createTempDirectory("parcheck-timing");
        try (AppServices services = AppServices.open(dataDir)) {
            Visit original = BenchFolder.addVisits(services, SeedReports.haLangVisitId(services), EXTRA_VISITS);
            PlanSummaries summaries = services.planSummaries();
            long planId = original.planId();
            byte[] pdf = PlanSummaryPdf.toBytes(summaries.model(planId));
            SeedReports.keep("plan-summary-60.pdf", pdf);
            SeedReports.keep("plan-summary-60.docx", PlanSummaryDocx.toBytes(summaries.model(planId)));
            for (int i = 0; i < WARM_UP; i++) {
                var model = summaries.model(planId);
                PlanSummaryPdf.toBytes(model);
                PlanSummaryDocx.toBytes(model);
            }
            long[] builder = new long[RUNS];
            long[] both = new long[RUNS];
            long[] docx = new long[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                var model = summaries.model(planId);
                builder[i] = System.nanoTime() - start;
                PlanSummaryPdf.toBytes(model);
                both[i] = System.nanoTime() - start;
                long docxStart = System.nanoTime();
                PlanSummaryDocx.toBytes(model);
                docx[i] = builder[i] + System.nanoTime() - docxStart;
            }
            System.out.printf("60 visits: builder %d ms, builder + PDF %d ms, builder + DOCX %d ms (median of %d warm "
                    + "runs), PDF %d bytes%n", median(builder), median(both), median(docx), RUNS, pdf.length);
        }
    }

    private static long median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1_000_000;
    }
}
