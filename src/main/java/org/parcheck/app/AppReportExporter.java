package org.parcheck.app;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.parcheck.answering.ui.VisitReportExporter;
import org.parcheck.report.ReportFileNames;

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

    /** "BB_3199-KH-UBND_Huyen-Ha-Lang_2021.pdf" ({@link ReportFileNames}), the same name as the reports page. */
    @Override
    public Optional<String> fileName(long planId, String unitName, String extension) {
        return services.plans().find(planId).map(plan -> ReportFileNames.visitReport(plan.numberSymbol(), unitName,
                plan.year(), extension));
    }
}
