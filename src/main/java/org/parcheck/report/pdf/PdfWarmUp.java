package org.parcheck.report.pdf;

/**
 * The first PDF of a process made cheaper (#18 §2): parses the four fonts ({@link ReportFonts#parsed}, shared by
 * every document of the process). A cold {@code parcheck report … --format pdf} runs it on the background executor
 * while the data folder is opened and checked on the other core; the report's writer would otherwise parse them
 * later on the main thread. (A one-line PDF written to nowhere, to load PDFBox's writing classes too, cost more CPU
 * than it saved: docs/performance.md.)
 */
public final class PdfWarmUp {

    private PdfWarmUp() {
    }

    /** Parses the four fonts (the writer's share that is not per document); returns the number parsed. */
    public static int run() {
        int fonts = ReportFonts.styles();
        for (int i = 0; i < fonts; i++) {
            ReportFonts.parsed(i);
        }
        return fonts;
    }
}
