package org.parcheck.report;

import java.io.IOException;
import java.io.OutputStream;
import org.parcheck.report.docx.VisitReportDocx;
import org.parcheck.report.pdf.VisitReportPdf;

/**
 * The one path from a visit to its report, shared by the UI (preview, save, print) and the command line:
 * {@link VisitReportBuilder} makes the model, {@link VisitReportPdf} writes it as PDF and {@link VisitReportDocx} as
 * DOCX (one model, two writers).
 */
public final class VisitReports {

    private final VisitReportBuilder builder;

    public VisitReports(VisitReportBuilder builder) {
        this.builder = builder;
    }

    public VisitReportModel model(long visitId, VisitReportOptions options) {
        return builder.build(visitId, options);
    }

    /** Writes the visit's report as PDF to {@code out} (not closed). */
    public void writePdf(long visitId, VisitReportOptions options, OutputStream out) throws IOException {
        VisitReportPdf.write(model(visitId, options), out);
    }

    /** Writes the visit's report as DOCX (editable in Word or LibreOffice) to {@code out} (not closed). */
    public void writeDocx(long visitId, VisitReportOptions options, OutputStream out) throws IOException {
        VisitReportDocx.write(model(visitId, options), out);
    }
}
