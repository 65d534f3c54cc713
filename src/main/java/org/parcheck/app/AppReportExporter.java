package org.parcheck.app;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.parcheck.answering.ui.VisitReportExporter;
import org.parcheck.report.VisitReportOptions;

/** The visit screen's biên bản through the data folder's services: PDF, Word, pages, and the default file name. */
public final class AppReportExporter implements VisitReportExporter {

    private final AppServices services;

    public AppReportExporter(AppServices services) {
        this.services = services;
    }

    @Override
    public void exportPdf(long visitId, Path file) throws IOException {
        services.writeVisitReport(visitId, file);
    }

    @Override
    public void exportDocx(long visitId, Path file) throws IOException {
        services.writeVisitReportDocx(visitId, file);
    }

    @Override
    public List<BufferedImage> renderPages(long visitId, float dpi) throws IOException {
        return services.renderVisitReport(visitId, dpi);
    }

    @Override
    public void export(long visitId, Path file, boolean docx, boolean full) throws IOException {
        VisitReportOptions options = options(full);
        if (docx) {
            services.writeVisitReportDocx(visitId, file, options);
        } else {
            services.writeVisitReport(visitId, file, options);
        }
    }

    @Override
    public List<BufferedImage> renderPages(long visitId, float dpi, boolean full) throws IOException {
        return services.renderVisitReport(visitId, dpi, options(full));
    }

    private static VisitReportOptions options(boolean full) {
        VisitReportOptions defaults = VisitReportOptions.defaults();
        return full ? defaults.withDetail(VisitReportOptions.layout(VisitReportOptions.FULL)) : defaults;
    }

    /** "BB_3199-KH-UBND_Huyen-Ha-Lang_2021.pdf", the same name as the reports page ({@link AppServices}). */
    @Override
    public Optional<String> fileName(long visitId, String extension) {
        return services.visitReportFileName(visitId, extension);
    }
}
