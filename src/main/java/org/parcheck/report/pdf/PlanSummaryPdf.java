package org.parcheck.report.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.parcheck.common.util.Text;
import org.parcheck.report.PlanSummaryBuilder;
import org.parcheck.report.PlanSummaryModel;
import org.parcheck.report.PlanSummaryModel.AreaAverage;
import org.parcheck.report.PlanSummaryModel.ClassCount;
import org.parcheck.report.PlanSummaryModel.CommonLimitation;
import org.parcheck.report.PlanSummaryModel.VisitResult;
import org.parcheck.report.ReportWording;
import org.parcheck.report.pdf.PageFlow.Align;
import org.parcheck.report.pdf.PageFlow.Cell;
import org.parcheck.report.pdf.PageFlow.Para;
import org.parcheck.report.pdf.PageFlow.Row;

/**
 * Writes a {@link PlanSummaryModel} as an A4 PDF with the layout and sizes of the visit report
 * ({@link VisitReportPdf}): the same header, title, 14 pt justified body, 12 pt tables (the ranking table 11 pt),
 * two horizontal bar charts (percentage per unit, average per area, 0–100 %), the closing, the team lead's
 * signature on the right with "Nơi nhận" on the left. Knows only the model.
 */
public final class PlanSummaryPdf {

    static final float RANKING_SIZE = 11;
    static final float CHART_SIZE = 10;
    static final float BAR_HEIGHT = 11;
    static final float BAR_GAP = 5;

    private final PlanSummaryModel model;
    private PageFlow flow;
    private ReportFonts fonts;

    private PlanSummaryPdf(PlanSummaryModel model) {
        this.model = model;
    }

    /** Writes the report to {@code out} (not closed). */
    public static void write(PlanSummaryModel model, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            new PlanSummaryPdf(model).render(document);
            document.save(out);
        }
    }

    /** The report as PDF bytes. */
    public static byte[] toBytes(PlanSummaryModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        write(model, out);
        return out.toByteArray();
    }

    private void render(PDDocument document) throws IOException {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(Text.nfc(PlanSummaryBuilder.TITLE + " - " + model.planNumber()));
        info.setCreator("ParCheck");
        info.setCreationDate(Calendar.getInstance());
        fonts = new ReportFonts(document);
        try (PageFlow pages = new PageFlow(document, fonts)) {
            flow = pages;
            flow.newPage();
            header();
            title();
            body(model.intro(), fonts.regular);
            ranking();
            classification();
            areas();
            limitations();
            closing();
        }
    }

    // ---------------------------------------------------------------- header and title (as the visit report)

    private void header() throws IOException {
        OfficialHeader.draw(flow, fonts, model.parentBody(), model.issuingBody(), model.numberLine(),
                model.placeAndDate());
    }

    private void title() throws IOException {
        flow.paragraph(Para.of(PlanSummaryBuilder.TITLE, fonts.bold, VisitReportPdf.TITLE_SIZE, Align.CENTER));
        Para summary = Para.of(model.summary(), fonts.bold, VisitReportPdf.TITLE_SIZE, Align.CENTER);
        float widest = flow.widest(summary, PageFlow.WIDTH);
        flow.paragraph(summary);
        float rule = Math.min(widest * 0.4f, PageFlow.WIDTH / 3);
        flow.rule(PageFlow.LEFT + (PageFlow.WIDTH - rule) / 2, PageFlow.LEFT + (PageFlow.WIDTH + rule) / 2,
                flow.y() - 2);
        flow.moveDown(16);
    }

    // ---------------------------------------------------------------- sections

    private void ranking() throws IOException {
        heading(ReportWording.SUMMARY_RANKING);
        List<Row> rows = new ArrayList<>();
        for (VisitResult v : model.visits()) {
            List<Para> unit = new ArrayList<>();
            unit.add(Para.of(v.unit(), fonts.regular, RANKING_SIZE, Align.LEFT));
            unit.add(Para.of(v.status(), fonts.italic, CHART_SIZE, Align.LEFT));
            rows.add(new Row(List.of(small(v.rankText(), Align.CENTER), new Cell(unit),
                    small(v.dateText(), Align.CENTER), small(v.totalText(), Align.CENTER),
                    small(v.percentText(), Align.CENTER), small(v.classification(), Align.CENTER),
                    small(v.changeText(), Align.CENTER)), false));
        }
        List<Cell> header = new ArrayList<>();
        for (String column : ReportWording.SUMMARY_RANKING_COLUMNS) {
            header.add(smallHeader(column));
        }
        flow.table(new float[] {8, 27, 14, 13, 13, 12, 13}, new Row(header, false), rows);
        flow.moveDown(VisitReportPdf.PARAGRAPH_GAP);
        note(ReportWording.SUMMARY_RANKING_NOTE);
        List<Bar> bars = new ArrayList<>();
        for (VisitResult v : model.visits()) {
            bars.add(new Bar(v.unit(), v.percent(), v.scored() ? v.percentText() : ReportWording.SUMMARY_NO_BAR));
        }
        chart(ReportWording.SUMMARY_CHART_UNITS, bars);
    }

    private void classification() throws IOException {
        // a short table: kept on one page with its heading (one line per row, header and heading two lines each)
        float line = VisitReportPdf.TABLE_SIZE * PageFlow.LEADING + 2 * PageFlow.CELL_PADDING;
        flow.ensure((model.counts().size() + 2) * line + 2 * VisitReportPdf.BODY_SIZE * PageFlow.LEADING);
        heading(ReportWording.SUMMARY_CLASSIFICATION);
        List<Row> rows = new ArrayList<>();
        for (ClassCount c : model.counts()) {
            rows.add(new Row(List.of(cell(c.label(), fonts.regular, Align.LEFT),
                    cell(Integer.toString(c.count()), fonts.regular, Align.CENTER)), false));
        }
        flow.table(new float[] {70, 30}, new Row(List.of(headerCell(ReportWording.SUMMARY_COL_CLASS),
                headerCell(ReportWording.SUMMARY_COL_VISITS)), false), rows);
        flow.moveDown(VisitReportPdf.PARAGRAPH_GAP * 2);
    }

    private void areas() throws IOException {
        heading(ReportWording.SUMMARY_AREAS);
        List<Row> rows = new ArrayList<>();
        for (AreaAverage a : model.areas()) {
            rows.add(new Row(List.of(cell(a.code(), fonts.regular, Align.LEFT),
                    cell(a.title(), fonts.regular, Align.LEFT),
                    cell(Integer.toString(a.visits()), fonts.regular, Align.CENTER),
                    cell(a.averageText(), fonts.regular, Align.CENTER)), false));
        }
        flow.table(new float[] {11, 55, 16, 18}, new Row(List.of(headerCell(ReportWording.COL_CODE),
                headerCell(ReportWording.COL_AREA), headerCell(ReportWording.SUMMARY_COL_SCORED),
                headerCell(ReportWording.SUMMARY_COL_AVERAGE)), false), rows);
        flow.moveDown(VisitReportPdf.PARAGRAPH_GAP);
        note(ReportWording.SUMMARY_METHOD + model.averageMethod());
        List<Bar> bars = new ArrayList<>();
        for (AreaAverage a : model.areas()) {
            bars.add(new Bar(a.code() + ". " + a.title(), a.average(),
                    a.average() == null ? ReportWording.SUMMARY_NO_BAR : a.averageText()));
        }
        chart(ReportWording.SUMMARY_CHART_AREAS, bars);
    }

    private void limitations() throws IOException {
        heading(ReportWording.SUMMARY_LIMITATIONS);
        if (model.limitations().isEmpty()) {
            body(ReportWording.NONE, fonts.regular);
        }
        int n = 1;
        for (CommonLimitation l : model.limitations()) {
            body(n++ + ". " + l.text() + " (" + l.count() + ReportWording.SUMMARY_TIMES + ")", fonts.regular);
        }
    }

    // ---------------------------------------------------------------- closing, signature, recipients

    /** Closing line, then "Nơi nhận" on the left and the team lead's signature on the right, kept together. */
    private void closing() throws IOException {
        Para closing = bodyPara(model.closing(), fonts.regular);
        float half = PageFlow.WIDTH / 2;
        List<Para> head = new ArrayList<>();
        head.add(Para.of(model.signature().title(), fonts.bold, VisitReportPdf.BODY_SIZE, Align.CENTER));
        head.add(Para.of(model.signature().hint(), fonts.italic, VisitReportPdf.BODY_SIZE, Align.CENTER));
        float headHeight = 0;
        for (Para p : head) {
            headHeight += flow.height(p, half);
        }
        float signatureHeight = headHeight + VisitReportPdf.SIGNATURE_SPACE
                + VisitReportPdf.BODY_SIZE * PageFlow.LEADING;
        List<Para> recipients = new ArrayList<>();
        recipients.add(Para.of(ReportWording.RECIPIENTS, fonts.boldItalic, VisitReportPdf.RECIPIENTS_SIZE,
                Align.LEFT));
        for (String r : model.recipients()) {
            recipients.add(Para.of(r, fonts.regular, VisitReportPdf.RECIPIENT_LIST_SIZE, Align.LEFT));
        }
        float recipientsHeight = 0;
        for (Para p : recipients) {
            recipientsHeight += flow.height(p, half);
        }
        float blockHeight = Math.max(signatureHeight, recipientsHeight);
        flow.ensure(flow.height(closing, PageFlow.WIDTH) + 8 + blockHeight);
        flow.paragraph(closing);
        flow.moveDown(8);
        float top = flow.y();
        float at = top;
        for (Para p : recipients) {
            at -= flow.paragraphAt(p, PageFlow.LEFT, half, at);
        }
        at = top;
        for (Para p : head) {
            at -= flow.paragraphAt(p, PageFlow.LEFT + half, half, at);
        }
        if (!model.signature().name().isEmpty()) {
            flow.paragraphAt(Para.of(model.signature().name(), fonts.bold, VisitReportPdf.BODY_SIZE, Align.CENTER),
                    PageFlow.LEFT + half, half, top - headHeight - VisitReportPdf.SIGNATURE_SPACE);
        }
        flow.moveDown(blockHeight);
    }

    // ---------------------------------------------------------------- charts

    /** A bar: label, value in percent (null: no bar) and the text printed after it. */
    private record Bar(String label, BigDecimal value, String text) {
    }

    /**
     * A horizontal bar chart on a 0–100 % scale: labels on the left (shortened with "…" to one line), bars in
     * grey, the value after each bar, grid lines every 25 %. Rows go on to the next page when needed.
     */
    private void chart(String title, List<Bar> bars) throws IOException {
        Para caption = Para.of(title, fonts.bold, VisitReportPdf.TABLE_SIZE, Align.CENTER).after(4);
        float scaleHeight = CHART_SIZE * PageFlow.LEADING + 2;
        float rowHeight = BAR_HEIGHT + BAR_GAP;
        flow.moveDown(VisitReportPdf.PARAGRAPH_GAP);
        flow.ensure(flow.height(caption, PageFlow.WIDTH) + scaleHeight + Math.min(bars.size(), 3) * rowHeight);
        flow.paragraph(caption);
        float labelWidth = PageFlow.WIDTH * 0.34f;
        float plotX = PageFlow.LEFT + labelWidth + 6;
        float plotWidth = PageFlow.WIDTH - labelWidth - 6 - 62;
        float lineHeight = CHART_SIZE * 1.1f;
        scale(plotX, plotWidth);
        for (Bar bar : bars) {
            // a long label takes a second line beside a taller row rather than being cut short
            List<String> label = labelLines(bar.label(), fonts.regular, labelWidth);
            float height = Math.max(BAR_HEIGHT, label.size() * lineHeight);
            if (flow.y() - (height + BAR_GAP) < PageFlow.BOTTOM) {
                flow.newPage();
                scale(plotX, plotWidth);
            }
            float top = flow.y();
            float middle = top - height / 2;
            float bottom = middle - BAR_HEIGHT / 2;
            float baseline = bottom + (BAR_HEIGHT - CHART_SIZE * 0.7f) / 2;
            float firstBaseline = middle + (label.size() - 1) * lineHeight / 2 - CHART_SIZE * 0.35f;
            for (int i = 0; i < label.size(); i++) {
                String line = label.get(i);
                flow.text(fonts.regular, CHART_SIZE, PageFlow.LEFT + labelWidth - flow.width(fonts.regular, line,
                        CHART_SIZE), firstBaseline - i * lineHeight, line);
            }
            for (int step = 0; step <= 4; step++) {
                float x = plotX + plotWidth * step / 4;
                flow.line(x, top + BAR_GAP / 2, x, top - height - BAR_GAP / 2, step == 0 ? 0f : 0.8f);
            }
            if (bar.value() == null) {
                flow.text(fonts.italic, CHART_SIZE, plotX + 4, baseline, bar.text());
            } else {
                float fraction = Math.max(0, Math.min(1, bar.value().floatValue() / 100f));
                float width = plotWidth * fraction;
                flow.fill(plotX, bottom, width, BAR_HEIGHT, 0.45f);
                flow.text(fonts.regular, CHART_SIZE, plotX + width + 4, baseline, bar.text());
            }
            flow.moveDown(height + BAR_GAP);
        }
        flow.moveDown(VisitReportPdf.PARAGRAPH_GAP * 2);
    }

    /** The scale above the bars: 0, 25, 50, 75, 100 %. */
    private void scale(float plotX, float plotWidth) throws IOException {
        float baseline = flow.y() - CHART_SIZE * PageFlow.ASCENT;
        for (int step = 0; step <= 4; step++) {
            String text = (step * 25) + (step == 4 ? "%" : "");
            float x = plotX + plotWidth * step / 4 - flow.width(fonts.regular, step * 25 + "", CHART_SIZE) / 2;
            flow.text(fonts.regular, CHART_SIZE, x, baseline, text);
        }
        flow.moveDown(CHART_SIZE * PageFlow.LEADING + 2);
    }

    /**
     * A label on one line, or on two split at a space, the second shortened with "…" if it still does not fit
     * {@code width} at the chart size.
     */
    private List<String> labelLines(String text, PDFont font, float width) {
        String printable = fonts.printable(font, text);
        if (flow.width(font, printable, CHART_SIZE) <= width) {
            return List.of(printable);
        }
        int split = -1;
        for (int i = printable.indexOf(' '); i > 0; i = printable.indexOf(' ', i + 1)) {
            if (flow.width(font, printable.substring(0, i), CHART_SIZE) > width) {
                break;
            }
            split = i;
        }
        if (split < 0) {
            return List.of(fit(printable, font, width));
        }
        return List.of(printable.substring(0, split), fit(printable.substring(split + 1), font, width));
    }

    /** The text, shortened with "…" to fit {@code width} at the chart size. */
    private String fit(String text, PDFont font, float width) {
        String printable = fonts.printable(font, text);
        if (flow.width(font, printable, CHART_SIZE) <= width) {
            return printable;
        }
        int end = printable.length();
        while (end > 1 && flow.width(font, printable.substring(0, end) + "…", CHART_SIZE) > width) {
            end = printable.offsetByCodePoints(end, -1);
        }
        return printable.substring(0, end).strip() + "…";
    }

    // ---------------------------------------------------------------- helpers

    private void heading(String text) throws IOException {
        Para para = bodyPara(text, fonts.bold);
        flow.ensure(flow.height(para, PageFlow.WIDTH) + 3 * VisitReportPdf.BODY_SIZE * PageFlow.LEADING);
        flow.paragraph(para);
    }

    private void body(String text, PDFont font) throws IOException {
        flow.paragraph(bodyPara(text, font));
    }

    private void note(String text) throws IOException {
        flow.paragraph(Para.of(Text.nfc(text), fonts.italic, VisitReportPdf.NOTE_SIZE, Align.JUSTIFY)
                .after(VisitReportPdf.PARAGRAPH_GAP));
    }

    private static Para bodyPara(String text, PDFont font) {
        return Para.of(Text.nfc(text), font, VisitReportPdf.BODY_SIZE, Align.JUSTIFY).indent(VisitReportPdf.INDENT)
                .after(VisitReportPdf.PARAGRAPH_GAP);
    }

    private Cell cell(String text, PDFont font, Align align) {
        return Cell.of(Para.of(Text.nfc(text == null ? "" : text), font, VisitReportPdf.TABLE_SIZE, align));
    }

    private Cell headerCell(String text) {
        return Cell.of(Para.of(text, fonts.bold, VisitReportPdf.TABLE_SIZE, Align.CENTER));
    }

    private Cell small(String text, Align align) {
        return Cell.of(Para.of(Text.nfc(text == null ? "" : text), fonts.regular, RANKING_SIZE, align));
    }

    private Cell smallHeader(String text) {
        return Cell.of(Para.of(text, fonts.bold, RANKING_SIZE, Align.CENTER));
    }
}
