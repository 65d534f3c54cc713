package org.parcheck.report.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.parcheck.report.PlanSummaryBuilder;
import org.parcheck.report.PlanSummaryModel;
import org.parcheck.report.PlanSummaryModel.AreaAverage;
import org.parcheck.report.PlanSummaryModel.ClassCount;
import org.parcheck.report.PlanSummaryModel.CommonLimitation;
import org.parcheck.report.PlanSummaryModel.VisitResult;
import org.parcheck.report.ReportWording;
import org.parcheck.report.docx.BarChartImage.Bar;

/**
 * Writes a {@link PlanSummaryModel} as an editable DOCX with the structure of the PDF
 * ({@link org.parcheck.report.pdf.PlanSummaryPdf}): header table, title, the ranking table (11 pt, header repeated),
 * the two bar charts as PNG pictures, the classification counts, the area averages, the common limitations, the
 * closing, and "Nơi nhận" beside the team lead's signature in a borderless table. Knows only the model.
 */
public final class PlanSummaryDocx {

    static final double RANKING_SIZE = 11;
    static final double STATUS_SIZE = 10;
    /**
     * Bars per picture: 30 bars are about 500 pt high, so each picture fits on a page and a long chart flows onto
     * the next page in several pictures (each with its scale), as the PDF's chart does.
     */
    static final int BARS_PER_PICTURE = 30;

    private final PlanSummaryModel model;
    private final OfficialDocx doc;

    private PlanSummaryDocx(PlanSummaryModel model) {
        this.model = model;
        this.doc = new OfficialDocx(PlanSummaryBuilder.TITLE + " - " + model.planNumber());
    }

    /** Writes the report to {@code out} (not closed). */
    public static void write(PlanSummaryModel model, OutputStream out) throws IOException {
        PlanSummaryDocx writer = new PlanSummaryDocx(model);
        writer.render();
        writer.doc.write(out);
    }

    /** The report as DOCX bytes. */
    public static byte[] toBytes(PlanSummaryModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        write(model, out);
        return out.toByteArray();
    }

    private void render() {
        doc.officialHeader(model.parentBody(), model.issuingBody(), model.numberLine(), model.placeAndDate());
        doc.title(PlanSummaryBuilder.TITLE, model.summary());
        doc.body(model.intro());
        ranking();
        classification();
        areas();
        limitations();
        closing();
    }

    private void ranking() {
        doc.heading1(ReportWording.SUMMARY_RANKING);
        int[] widths = DocxTables.columns(8, 27, 14, 13, 13, 12, 13);
        XWPFTable table = doc.dataTable(widths, ReportWording.SUMMARY_RANKING_COLUMNS, RANKING_SIZE);
        for (VisitResult v : model.visits()) {
            XWPFTableRow row = DocxTables.addRow(table, widths);
            center(row.getCell(0), v.rankText());
            XWPFTableCell unit = row.getCell(1);
            DocxTables.cellText(unit, v.unit(), OfficialDocx.TABLE_TEXT, null, false, RANKING_SIZE);
            XWPFParagraph status = unit.addParagraph();
            status.setStyle(OfficialDocx.TABLE_NOTE);
            OfficialDocx.run(status, v.status(), false, false, STATUS_SIZE);
            center(row.getCell(2), v.dateText());
            center(row.getCell(3), v.totalText());
            center(row.getCell(4), v.percentText());
            center(row.getCell(5), v.classification());
            center(row.getCell(6), v.changeText());
        }
        note(ReportWording.SUMMARY_RANKING_NOTE);
        List<Bar> bars = new ArrayList<>();
        for (VisitResult v : model.visits()) {
            bars.add(new Bar(v.unit(), v.percent(), v.scored() ? v.percentText() : ReportWording.SUMMARY_NO_BAR));
        }
        chart(ReportWording.SUMMARY_CHART_UNITS, bars, "bieu-do-1");
    }

    private static void center(XWPFTableCell cell, String text) {
        DocxTables.cellText(cell, text, OfficialDocx.TABLE_TEXT, ParagraphAlignment.CENTER, false, RANKING_SIZE);
    }

    /** A short table kept on one page with its heading (every row "keep with next" but the last). */
    private void classification() {
        doc.heading1(ReportWording.SUMMARY_CLASSIFICATION);
        int[] widths = DocxTables.columns(70, 30);
        XWPFTable table = doc.dataTable(widths, List.of(ReportWording.SUMMARY_COL_CLASS,
                ReportWording.SUMMARY_COL_VISITS), 0);
        DocxTables.keepWithNext(table.getRow(0));
        for (int i = 0; i < model.counts().size(); i++) {
            ClassCount c = model.counts().get(i);
            XWPFTableRow row = DocxTables.addRow(table, widths);
            DocxTables.cellText(row.getCell(0), c.label(), OfficialDocx.TABLE_TEXT, null, false, 0);
            DocxTables.cellText(row.getCell(1), Integer.toString(c.count()), OfficialDocx.TABLE_TEXT,
                    ParagraphAlignment.CENTER, false, 0);
            if (i < model.counts().size() - 1) {
                DocxTables.keepWithNext(row);
            }
        }
    }

    private void areas() {
        doc.heading1(ReportWording.SUMMARY_AREAS);
        int[] widths = DocxTables.columns(11, 55, 16, 18);
        XWPFTable table = doc.dataTable(widths, List.of(ReportWording.COL_CODE, ReportWording.COL_AREA,
                ReportWording.SUMMARY_COL_SCORED, ReportWording.SUMMARY_COL_AVERAGE), 0);
        for (AreaAverage a : model.areas()) {
            XWPFTableRow row = DocxTables.addRow(table, widths);
            DocxTables.cellText(row.getCell(0), a.code(), OfficialDocx.TABLE_TEXT, null, false, 0);
            DocxTables.cellText(row.getCell(1), a.title(), OfficialDocx.TABLE_TEXT, null, false, 0);
            DocxTables.cellText(row.getCell(2), Integer.toString(a.visits()), OfficialDocx.TABLE_TEXT,
                    ParagraphAlignment.CENTER, false, 0);
            DocxTables.cellText(row.getCell(3), a.averageText(), OfficialDocx.TABLE_TEXT,
                    ParagraphAlignment.CENTER, false, 0);
        }
        note(ReportWording.SUMMARY_METHOD + model.averageMethod());
        List<Bar> bars = new ArrayList<>();
        for (AreaAverage a : model.areas()) {
            bars.add(new Bar(a.code() + ". " + a.title(), a.average(),
                    a.average() == null ? ReportWording.SUMMARY_NO_BAR : a.averageText()));
        }
        chart(ReportWording.SUMMARY_CHART_AREAS, bars, "bieu-do-2");
    }

    private void limitations() {
        doc.heading1(ReportWording.SUMMARY_LIMITATIONS);
        if (model.limitations().isEmpty()) {
            doc.body(ReportWording.NONE);
        }
        int n = 1;
        for (CommonLimitation l : model.limitations()) {
            doc.body(n++ + ". " + l.text() + " (" + l.count() + ReportWording.SUMMARY_TIMES + ")");
        }
    }

    /** Closing line, then "Nơi nhận" on the left and the team lead's signature on the right, kept together. */
    private void closing() {
        XWPFParagraph closing = doc.body(model.closing());
        closing.setKeepNext(true);
        closing.setSpacingAfter(OfficialDocx.pt(8));
        int[] widths = DocxTables.columns(50, 50);
        XWPFTable table = doc.table(widths, null, 1);
        XWPFTableRow row = table.getRow(0);
        row.setCantSplitRow(true);
        doc.recipients(row.getCell(0), model.recipients());
        DocxTables.signature(row.getCell(1), model.signature().title(), model.signature().hint(),
                model.signature().name());
    }

    private void note(String text) {
        XWPFParagraph p = doc.paragraph(OfficialDocx.NOTE);
        p.setSpacingBefore(OfficialDocx.pt(6));
        OfficialDocx.run(p, text);
    }

    /** The caption, kept with the chart, and the chart as PNG pictures as wide as the text. */
    private void chart(String title, List<Bar> bars, String name) {
        OfficialDocx.run(doc.paragraph(OfficialDocx.CAPTION), title);
        int parts = Math.max(1, (bars.size() + BARS_PER_PICTURE - 1) / BARS_PER_PICTURE);
        for (int part = 0; part < parts; part++) {
            List<Bar> slice = bars.subList(part * BARS_PER_PICTURE,
                    Math.min(bars.size(), (part + 1) * BARS_PER_PICTURE));
            BarChartImage chart = new BarChartImage(OfficialDocx.TEXT_WIDTH / 20f, slice);
            doc.picture(chart.png(), name + "-" + (part + 1) + ".png", OfficialDocx.TEXT_WIDTH / 20.0,
                    chart.height());
        }
    }
}
