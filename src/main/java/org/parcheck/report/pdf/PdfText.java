package org.parcheck.report.pdf;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.parcheck.common.util.Text;
import org.parcheck.report.pdf.PageFlow.Align;
import org.parcheck.report.pdf.PageFlow.Cell;
import org.parcheck.report.pdf.PageFlow.Para;

/**
 * The body text of a biên bản on a {@link PageFlow}, shared by the parts of {@link VisitReportPdf}: body paragraphs
 * (14 pt, justified, a 1 cm first-line indent, 6 pt after), headings kept with what follows, and table cells
 * (12 pt).
 */
final class PdfText {

    final PageFlow flow;
    final ReportFonts fonts;

    PdfText(PageFlow flow, ReportFonts fonts) {
        this.flow = flow;
        this.fonts = fonts;
    }

    void heading(String text) throws IOException {
        Para para = bodyPara(text, fonts.bold);
        // keep a heading with at least two lines of what follows
        flow.ensure(flow.height(para, PageFlow.WIDTH) + 2 * VisitReportPdf.BODY_SIZE * PageFlow.LEADING);
        flow.paragraph(para);
    }

    void body(String text, PDFont font) throws IOException {
        flow.paragraph(bodyPara(text, font));
    }

    static Para bodyPara(String text, PDFont font) {
        return Para.of(Text.nfc(text), font, VisitReportPdf.BODY_SIZE, Align.JUSTIFY).indent(VisitReportPdf.INDENT)
                .after(VisitReportPdf.PARAGRAPH_GAP);
    }

    Cell cell(String text, PDFont font, Align align) {
        return Cell.of(Para.of(Text.nfc(text == null ? "" : text), font, VisitReportPdf.TABLE_SIZE, align));
    }

    Cell headerCell(String text) {
        return Cell.of(Para.of(text, fonts.bold, VisitReportPdf.TABLE_SIZE, Align.CENTER));
    }
}
