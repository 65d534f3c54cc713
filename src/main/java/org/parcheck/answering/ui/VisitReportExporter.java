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
     * The report in the full layout when {@code full} (every item in the body, no annex; #16 §6), else the short
     * default one; as PDF, or as DOCX when {@code docx}.
     */
    default void export(long visitId, Path file, boolean docx, boolean full) throws IOException {
        if (docx) {
            exportDocx(visitId, file);
        } else {
            exportPdf(visitId, file);
        }
    }

    /** {@link #renderPages(long, float)} in the full layout when {@code full}. */
    default List<BufferedImage> renderPages(long visitId, float dpi, boolean full) throws IOException {
        return renderPages(visitId, dpi);
    }

    /**
     * The default file name of the visit's biên bản, carrying the plan's number, the unit and the year
     * ("BB_215-KH-UBND_Xa-Ha-Quang_2026.pdf", #16 §6); empty when not known here. Reads the data: called off the FX
     * thread.
     */
    default java.util.Optional<String> fileName(long visitId, String extension) {
        return java.util.Optional.empty();
    }
}
