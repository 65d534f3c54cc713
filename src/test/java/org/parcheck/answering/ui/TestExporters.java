package org.parcheck.answering.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.parcheck.app.AppServices;

/** Report exporters for tests: the app's real one, or one that does nothing. */
public final class TestExporters {

    private TestExporters() {
    }

    public static VisitReportExporter of(AppServices services) {
        return new VisitReportExporter() {
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
        };
    }

    public static VisitReportExporter none() {
        return new VisitReportExporter() {
            @Override
            public void exportPdf(long visitId, Path file) {
            }

            @Override
            public void exportDocx(long visitId, Path file) {
            }

            @Override
            public List<BufferedImage> renderPages(long visitId, float dpi) {
                return List.of();
            }
        };
    }
}
