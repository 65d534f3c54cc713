package org.parcheck.report;

import java.io.IOException;
import java.io.OutputStream;
import org.parcheck.report.pdf.PlanSummaryPdf;
import org.parcheck.report.xlsx.ResultsWorkbook;

/**
 * The one path from a plan to its summary report (PDF) and results workbook (XLSX), shared by the command line
 * and the UI: {@link PlanSummaryBuilder} makes the model, {@link PlanSummaryPdf} and {@link ResultsWorkbook}
 * write it.
 */
public final class PlanSummaries {

    private final PlanSummaryBuilder builder;

    public PlanSummaries(PlanSummaryBuilder builder) {
        this.builder = builder;
    }

    /** @throws UnknownPlanException when there is no such plan */
    public PlanSummaryModel model(long planId) {
        return builder.build(planId);
    }

    /** Writes the plan's summary report as PDF to {@code out} (not closed). */
    public void writePdf(long planId, OutputStream out) throws IOException {
        PlanSummaryPdf.write(model(planId), out);
    }

    /** Writes the plan's results workbook to {@code out} (not closed). */
    public void writeXlsx(long planId, OutputStream out) throws IOException {
        ResultsWorkbook.write(model(planId), out);
    }
}
