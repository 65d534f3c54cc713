package org.parcheck.report;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.parcheck.report.docx.PlanSummaryDocx;
import org.parcheck.report.pdf.PdfPages;
import org.parcheck.report.pdf.PlanSummaryPdf;
import org.parcheck.report.xlsx.ResultsWorkbook;

/**
 * The one path from a plan to its summary report (PDF, DOCX) and results workbook (XLSX), shared by the command
 * line and the UI: {@link PlanSummaryBuilder} makes the model, {@link PlanSummaryPdf}, {@link PlanSummaryDocx} and
 * {@link ResultsWorkbook} write it.
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

    /** Writes the plan's summary report as DOCX (editable in Word or LibreOffice) to {@code out} (not closed). */
    public void writeDocx(long planId, OutputStream out) throws IOException {
        PlanSummaryDocx.write(model(planId), out);
    }

    /** The summary report's pages as images at {@code dpi} (preview and printing), rendered from the same PDF. */
    public List<BufferedImage> renderPages(long planId, float dpi) throws IOException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
        writePdf(planId, pdf);
        return PdfPages.render(pdf.toByteArray(), dpi);
    }

    /** Writes the plan's results workbook to {@code out} (not closed). */
    public void writeXlsx(long planId, OutputStream out) throws IOException {
        ResultsWorkbook.write(model(planId), out);
    }
}
