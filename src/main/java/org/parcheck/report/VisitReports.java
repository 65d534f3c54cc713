package org.parcheck.report;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.parcheck.report.docx.VisitReportDocx;
import org.parcheck.report.pdf.VisitReportPdf;

/**
 * The one path from a visit to its report, shared by the UI (preview, save, print) and the command line:
 * {@link VisitReportBuilder} makes the model, {@link VisitReportPdf} writes it as PDF and {@link VisitReportDocx} as
 * DOCX (one model, two writers).
 */
public final class VisitReports {

    private final VisitReportBuilder builder;
    private final Supplier<String> author;

    public VisitReports(VisitReportBuilder builder) {
        this(builder, () -> null);
    }

    /** @param author who saves or prints the report (the inspector, #15 §3), written in the document's properties */
    public VisitReports(VisitReportBuilder builder, Supplier<String> author) {
        this.builder = builder;
        this.author = author;
    }

    public VisitReportModel model(long visitId, VisitReportOptions options) {
        return builder.build(visitId, options);
    }

    /** Writes the visit's report as PDF to {@code out} (not closed). */
    public void writePdf(long visitId, VisitReportOptions options, OutputStream out) throws IOException {
        VisitReportPdf.write(model(visitId, options), out, author.get());
    }

    /** Writes the visit's report as DOCX (editable in Word or LibreOffice) to {@code out} (not closed). */
    public void writeDocx(long visitId, VisitReportOptions options, OutputStream out) throws IOException {
        VisitReportDocx.write(model(visitId, options), out, author.get());
    }

    /** The report's pages as images (preview and printing), rendered from the same PDF. */
    public List<BufferedImage> renderPages(long visitId, float dpi, VisitReportOptions options) throws IOException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        writePdf(visitId, options, pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            PDFRenderer renderer = new PDFRenderer(document);
            List<BufferedImage> pages = new ArrayList<>();
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                pages.add(renderer.renderImageWithDPI(i, dpi));
            }
            return pages;
        }
    }
}
