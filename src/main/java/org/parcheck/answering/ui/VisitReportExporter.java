package org.parcheck.answering.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The visit report (biên bản) as PDF, as DOCX and as page images; provided by the app (answering must not use
 * report).
 */
public interface VisitReportExporter {

    void exportPdf(long visitId, Path file) throws IOException;

    /** The same report as an editable DOCX (Word, LibreOffice). */
    void exportDocx(long visitId, Path file) throws IOException;

    /** The report's pages rendered at {@code dpi}, for the preview and for printing. */
    List<BufferedImage> renderPages(long visitId, float dpi) throws IOException;
}
