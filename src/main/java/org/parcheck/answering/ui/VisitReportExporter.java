package org.parcheck.answering.ui;

import java.io.IOException;
import java.nio.file.Path;

/** Writes a visit's report (biên bản) as PDF; provided by the app so that answering does not depend on report. */
@FunctionalInterface
public interface VisitReportExporter {
    void exportPdf(long visitId, Path file) throws IOException;
}
