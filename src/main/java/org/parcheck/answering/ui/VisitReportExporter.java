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

    /**
     * The default file name of the biên bản of a visit to {@code unitName} in plan {@code planId}, carrying the plan's
     * number, the unit and the year ("BB_215-KH-UBND_Xa-Ha-Quang_2026.pdf", #16 §6); empty when the plan is not known
     * here.
     */
    default java.util.Optional<String> fileName(long planId, String unitName, String extension) {
        return java.util.Optional.empty();
    }
}
