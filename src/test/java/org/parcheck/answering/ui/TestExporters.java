package org.parcheck.answering.ui;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import org.parcheck.app.AppReportExporter;
import org.parcheck.app.AppServices;

/** Report exporters for tests: the app's real one, or one that does nothing. */
public final class TestExporters {

    private TestExporters() {
    }

    /** The app's own exporter ({@link AppReportExporter}). */
    public static VisitReportExporter of(AppServices services) {
        return new AppReportExporter(services);
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
