package org.parcheck.report.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.parcheck.app.AppServices;
import org.parcheck.report.SeedReports;
import org.parcheck.report.VisitReportModel;
import org.parcheck.report.VisitReportOptions;
import org.parcheck.report.VisitReports;
import org.parcheck.report.docx.VisitReportDocx;
import org.parcheck.report.pdf.LongReports;
import org.parcheck.report.pdf.VisitReportPdf;

/**
 * Prints warm timings of the visit report (not a test, not an assertion): the seed visit through the builder and
 * the writers, and a 150-item report through the PDF and DOCX writers; first the cold first report of the process
 * (font parsing included), which the warm figures no longer pay. Run with
 * {@code ./mvnw -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.parcheck.report.bench.VisitReportTiming}.
 */
public final class VisitReportTiming {

    private static final int WARM_UP = 15;
    private static final int RUNS = 25;

    private VisitReportTiming() {
    }

    /** A step to time. */
    private interface Step {
        byte[] run() throws IOException;
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        Path dataDir = Files.createTempDirectory("parcheck-timing");
        long cold = System.nanoTime();
        VisitReportPdf.toBytes(LongReports.model(1, 1));
        System.out.printf("%-45s %6.1f ms (fonts parsed once per process)%n", "first 1-item PDF of the process (cold)",
                (System.nanoTime() - cold) / 1e6);
        try (AppServices services = AppServices.open(dataDir)) {
            long visitId = SeedReports.haLangVisitId(services);
            VisitReports reports = services.visitReports();
            VisitReportOptions options = VisitReportOptions.defaults();
            VisitReportModel model = reports.model(visitId, options);
            int seedItems = model.areas().stream().mapToInt(a -> a.items().size()).sum();
            time("seed visit (" + seedItems + " items), builder only", () -> {
                reports.model(visitId, options);
                return new byte[0];
            });
            time("seed visit (" + seedItems + " items), builder + PDF", () ->
                    VisitReportPdf.toBytes(reports.model(visitId, options)));
            VisitReportModel tiny = LongReports.model(1, 1);
            time("1-item report, PDF writer only", () -> VisitReportPdf.toBytes(tiny));
            VisitReportModel large = LongReports.model(10, 15);
            time("150-item report, PDF writer only", () -> VisitReportPdf.toBytes(large));
            VisitReportModel largeShort = LongReports.model(10, 15, VisitReportModel.Detail.SUMMARY);
            time("150-item short report + annex, PDF writer", () -> VisitReportPdf.toBytes(largeShort));
            time("seed visit (" + seedItems + " items), builder + DOCX", () ->
                    VisitReportDocx.toBytes(reports.model(visitId, options)));
            time("150-item report, DOCX writer only", () -> VisitReportDocx.toBytes(large));
        }
    }

    private static void time(String label, Step step) throws IOException {
        int bytes = 0;
        for (int i = 0; i < WARM_UP; i++) {
            bytes = step.run().length;
        }
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            step.run();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("%-45s median %6.1f ms, max %6.1f ms%s%n", label, nanos[RUNS / 2] / 1e6,
                nanos[RUNS - 1] / 1e6, bytes > 0 ? ", " + bytes / 1024 + " KiB" : "");
    }
}
