package org.parcheck.report.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The first PDF of a process made cheaper (#18 §2): parses the four fonts ({@link ReportFonts#parsed}, shared by
 * every document of the process) and loads PDFBox's writing classes by writing a one-line document to nowhere. A
 * cold {@code parcheck report … --format pdf} runs it on the background executor while the data folder is opened
 * and checked on the other core; what it does, the report's writer would otherwise do later on the main thread.
 * Writes no file.
 */
public final class PdfWarmUp {

    private PdfWarmUp() {
    }

    /** Parses the fonts and writes a throwaway one-line PDF (to nowhere); returns the number of fonts parsed. */
    public static int run() {
        int fonts = ReportFonts.styles();
        for (int i = 0; i < fonts; i++) {
            ReportFonts.parsed(i);
        }
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            PDFont font = PDType0Font.load(document, ReportFonts.parsed(0), true);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(font, 12);
                content.newLineAtOffset(72, 720);
                content.showText("Biên bản");
                content.endText();
            }
            document.save(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fonts;
    }
}
