package org.parcheck.report.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.parcheck.report.ReportWording;
import org.parcheck.report.VisitReportModel;
import org.parcheck.report.VisitReportModel.Area;
import org.parcheck.report.VisitReportModel.Figure;
import org.parcheck.report.VisitReportModel.Item;
import org.parcheck.report.VisitReportModel.LostPoints;
import org.parcheck.report.VisitReportModel.ResultPart;
import org.parcheck.report.pdf.PageFlow.Align;
import org.parcheck.report.pdf.PageFlow.Cell;
import org.parcheck.report.pdf.PageFlow.Para;
import org.parcheck.report.pdf.PageFlow.Row;
import org.parcheck.report.pdf.PageFlow.Run;

/**
 * Section I of a biên bản (KẾT QUẢ KIỂM TRA) and, in the short layout, the annex (Phụ lục) with every item, for
 * {@link VisitReportPdf}: the documents reviewed, the figures table, the areas table (with every item in the full
 * layout), the items that lost points (short layout) and the totals.
 */
final class VisitResultsPdf {

    private final VisitReportModel model;
    private final PdfText text;

    VisitResultsPdf(VisitReportModel model, PdfText text) {
        this.model = model;
        this.text = text;
    }

    void results() throws IOException {
        text.heading(ReportWording.SECTION_RESULTS);
        for (ResultPart part : model.resultParts()) {
            text.heading(model.heading(part));
            switch (part) {
                case EVIDENCE:
                    for (String line : model.evidence()) {
                        text.body(line, text.fonts.regular);
                    }
                    break;
                case FIGURES:
                    figures();
                    break;
                case AREAS:
                    areasTable(model.detail() == VisitReportModel.Detail.ITEMS);
                    text.flow.moveDown(VisitReportPdf.PARAGRAPH_GAP * 2);
                    if (model.hasAnnex()) {
                        text.body(ReportWording.SEE_ANNEX, text.fonts.italic);
                    }
                    break;
                case LOST_POINTS:
                    lostPoints();
                    break;
                default:
                    for (String line : model.totals().lines()) {
                        text.body(line, text.fonts.regular);
                    }
                    break;
            }
        }
    }

    private void figures() throws IOException {
        List<Row> rows = new ArrayList<>();
        for (Figure f : model.figures()) {
            rows.add(new Row(List.of(text.cell(f.name(), text.fonts.regular, Align.LEFT),
                    text.cell(f.value().isEmpty() ? "—" : f.value(), text.fonts.regular, Align.RIGHT),
                    text.cell(f.unit(), text.fonts.regular, Align.LEFT)), false));
        }
        text.flow.table(new float[] {62, 16, 22}, new Row(List.of(text.headerCell(ReportWording.COL_FIGURE),
                text.headerCell(ReportWording.COL_VALUE), text.headerCell(ReportWording.COL_UNIT)), false), rows);
        text.flow.moveDown(VisitReportPdf.PARAGRAPH_GAP * 2);
    }

    /** "- 2.1. Title: 1,5 / 2 điểm. Why" per item; the last line ends with ".". */
    private void lostPoints() throws IOException {
        if (model.lostPoints().isEmpty()) {
            text.body(ReportWording.NO_LOST_POINTS, text.fonts.regular);
            return;
        }
        for (int i = 0; i < model.lostPoints().size(); i++) {
            LostPoints lost = model.lostPoints().get(i);
            List<Run> runs = new ArrayList<>();
            runs.add(new Run("- " + lost.code() + ". " + lost.title() + ": ", text.fonts.regular));
            runs.add(new Run(lost.score() + " điểm", text.fonts.bold));
            String reason = lost.reason().isEmpty() ? "" : ". " + lost.reason().replaceAll("[.;]+$", "");
            runs.add(new Run(reason + VisitReportModel.listEnd(i, model.lostPoints().size()), text.fonts.italic));
            text.flow.paragraph(new Para(runs, VisitReportPdf.BODY_SIZE, Align.JUSTIFY, VisitReportPdf.INDENT, 0,
                    VisitReportPdf.PARAGRAPH_GAP));
        }
    }

    /**
     * The annex of the short layout, on a new page: "PHỤ LỤC", its title, the line naming the biên bản, and the
     * table of every item with its score and explanation.
     */
    void annex() throws IOException {
        if (!model.hasAnnex()) {
            return;
        }
        text.flow.newPage();
        text.flow.paragraph(Para.of(ReportWording.ANNEX_TITLE, text.fonts.bold, VisitReportPdf.TITLE_SIZE,
                Align.CENTER));
        text.flow.paragraph(Para.of(ReportWording.ANNEX_SUBTITLE, text.fonts.bold, VisitReportPdf.TITLE_SIZE,
                Align.CENTER));
        text.flow.paragraph(Para.of(model.annexAttached(), text.fonts.italic, VisitReportPdf.BODY_SIZE,
                Align.CENTER).after(12));
        areasTable(true);
    }

    private void areasTable(boolean items) throws IOException {
        boolean self = model.hasSelfScores();
        List<Cell> header = new ArrayList<>();
        header.add(text.headerCell(ReportWording.COL_CODE));
        header.add(text.headerCell(items ? ReportWording.COL_CONTENT : ReportWording.COL_AREA));
        if (self) {
            header.add(text.headerCell(ReportWording.COL_SELF));
        }
        header.add(text.headerCell(ReportWording.COL_SCORE));
        float[] widths = self ? new float[] {11, 53, 12, 24} : new float[] {11, 65, 24};
        List<Row> rows = new ArrayList<>();
        for (Area area : model.areas()) {
            List<Cell> cells = new ArrayList<>();
            cells.add(text.cell(area.code(), text.fonts.bold, Align.LEFT));
            cells.add(text.cell(area.title(), text.fonts.bold, Align.LEFT));
            if (self) {
                cells.add(text.cell(area.selfScore(), text.fonts.bold, Align.CENTER));
            }
            cells.add(text.cell(area.achieved() + " / " + area.max(), text.fonts.bold, Align.CENTER));
            rows.add(new Row(cells, items && !area.items().isEmpty()));
            if (!items) {
                continue;
            }
            for (Item item : area.items()) {
                List<Cell> itemCells = new ArrayList<>();
                itemCells.add(text.cell(item.code(), text.fonts.regular, Align.LEFT));
                List<Para> content = new ArrayList<>();
                content.add(Para.of(item.title(), text.fonts.regular, VisitReportPdf.TABLE_SIZE, Align.LEFT));
                if (!item.explanation().isEmpty()) {
                    content.add(Para.of(item.explanation(), text.fonts.italic, VisitReportPdf.NOTE_SIZE,
                            Align.LEFT));
                }
                itemCells.add(new Cell(content));
                if (self) {
                    itemCells.add(text.cell(item.selfScore(), text.fonts.regular, Align.CENTER));
                }
                itemCells.add(text.cell(scoreOf(item), text.fonts.regular, Align.CENTER));
                rows.add(new Row(itemCells, false));
            }
        }
        text.flow.table(widths, new Row(header, false), rows);
    }

    /** "1,5 / 2", or "Không áp dụng (tối đa 2)". */
    static String scoreOf(Item item) {
        boolean numeric = !item.score().isEmpty() && (Character.isDigit(item.score().charAt(0))
                || item.score().charAt(0) == '−');
        return numeric ? item.score() + " / " + item.max() : item.score() + " (tối đa " + item.max() + ")";
    }
}
