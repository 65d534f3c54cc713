package org.parcheck.report.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.parcheck.report.ReportWording;
import org.parcheck.report.VisitReportModel.Signature;
import org.parcheck.report.pdf.PageFlow.Align;
import org.parcheck.report.pdf.PageFlow.Para;

/**
 * The end of a biên bản (ô 7 and 9b) for {@link VisitReportPdf}: the closing paragraph, the signature blocks (two
 * columns, a third one centred on a second row; the names of one row on one line, however many lines the titles
 * take) and "Nơi nhận", kept together on one page when they fit.
 */
final class SignaturesPdf {

    private final PdfText text;
    private final PageFlow flow;

    SignaturesPdf(PdfText text) {
        this.text = text;
        this.flow = text.flow;
    }

    /**
     * The closing paragraph, the signature blocks and "Nơi nhận" stay together on one page when they fit: never a
     * signature block (or the recipients) alone on a page without the closing line.
     */
    void write(String closingText, List<Signature> signatures, List<String> recipients) throws IOException {
        Para closing = PdfText.bodyPara(closingText, text.fonts.regular);
        List<List<Signature>> rows = rows(signatures);
        float height = flow.height(closing, PageFlow.WIDTH) + 8 + recipientsHeight(recipients);
        for (List<Signature> row : rows) {
            height += rowHeight(row);
        }
        flow.ensure(height);
        flow.paragraph(closing);
        flow.moveDown(8);
        float columnWidth = PageFlow.WIDTH / 2;
        for (List<Signature> row : rows) {
            flow.ensure(rowHeight(row));
            float top = flow.y();
            float headHeight = 0;
            for (Signature s : row) {
                headHeight = Math.max(headHeight, headHeight(s, columnWidth));
            }
            float nameTop = top - headHeight - VisitReportPdf.SIGNATURE_SPACE;
            for (int i = 0; i < row.size(); i++) {
                float x = row.size() == 1 ? PageFlow.LEFT + columnWidth / 2 : PageFlow.LEFT + i * columnWidth;
                Signature s = row.get(i);
                float at = top;
                for (Para para : head(s)) {
                    at -= flow.paragraphAt(para, x, columnWidth, at);
                }
                if (!s.name().isEmpty()) {
                    flow.paragraphAt(Para.of(s.name(), text.fonts.bold, VisitReportPdf.BODY_SIZE, Align.CENTER), x,
                            columnWidth, nameTop);
                }
            }
            flow.moveDown(rowHeight(row));
        }
        flow.ensure(recipientsHeight(recipients));
        for (Para line : recipientLines(recipients)) {
            flow.paragraph(line);
        }
    }

    private static List<List<Signature>> rows(List<Signature> all) {
        List<List<Signature>> rows = new ArrayList<>();
        rows.add(all.subList(0, Math.min(2, all.size())));
        if (all.size() > 2) {
            rows.add(all.subList(2, all.size()));
        }
        return rows;
    }

    /** Title lines (split at "\n") and the hint. */
    private List<Para> head(Signature s) {
        List<Para> paras = new ArrayList<>();
        for (String line : s.title().split("\n")) {
            paras.add(Para.of(line, text.fonts.bold, VisitReportPdf.BODY_SIZE, Align.CENTER));
        }
        paras.add(Para.of(s.hint(), text.fonts.italic, VisitReportPdf.BODY_SIZE, Align.CENTER));
        return paras;
    }

    private float headHeight(Signature s, float width) {
        float height = 0;
        for (Para para : head(s)) {
            height += flow.height(para, width);
        }
        return height;
    }

    private float rowHeight(List<Signature> row) {
        float head = 0;
        for (Signature s : row) {
            head = Math.max(head, headHeight(s, PageFlow.WIDTH / 2));
        }
        return head + VisitReportPdf.SIGNATURE_SPACE + VisitReportPdf.BODY_SIZE * PageFlow.LEADING + 12;
    }

    private List<Para> recipientLines(List<String> recipients) {
        List<Para> lines = new ArrayList<>();
        lines.add(Para.of(ReportWording.RECIPIENTS, text.fonts.boldItalic, VisitReportPdf.RECIPIENTS_SIZE,
                Align.LEFT));
        for (String r : recipients) {
            lines.add(Para.of(r, text.fonts.regular, VisitReportPdf.RECIPIENT_LIST_SIZE, Align.LEFT));
        }
        return lines;
    }

    private float recipientsHeight(List<String> recipients) {
        float height = 0;
        for (Para line : recipientLines(recipients)) {
            height += flow.height(line, PageFlow.WIDTH);
        }
        return height;
    }
}
