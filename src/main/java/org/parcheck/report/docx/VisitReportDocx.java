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
import org.parcheck.report.ReportWording;
import org.parcheck.report.VisitReportModel;
import org.parcheck.report.VisitReportModel.Area;
import org.parcheck.report.VisitReportModel.Detail;
import org.parcheck.report.VisitReportModel.Figure;
import org.parcheck.report.VisitReportModel.Item;
import org.parcheck.report.VisitReportModel.Limitation;
import org.parcheck.report.VisitReportModel.LostPoints;
import org.parcheck.report.VisitReportModel.Member;
import org.parcheck.report.VisitReportModel.Recommendation;
import org.parcheck.report.VisitReportModel.ResultPart;
import org.parcheck.report.VisitReportModel.Signature;

/**
 * Writes a {@link VisitReportModel} as a DOCX that a user can edit in Word or LibreOffice, with the structure of the
 * PDF ({@link org.parcheck.report.pdf.VisitReportPdf}): the header table, the title and summary, the same sections
 * as headings, the figures and results tables (header row repeated on every page, rows never split, an area row
 * kept with its first item), the closing, the signature blocks in a borderless table kept with the closing line and
 * "Nơi nhận". Knows only the model.
 */
public final class VisitReportDocx {

    /** Table text 12 pt, explanations 11 pt italic (as the PDF). */
    static final double TABLE_SIZE = 12;
    /** The content fingerprint line, as small as in the PDF. */
    static final double FINGERPRINT_SIZE = 9;

    private final VisitReportModel model;
    private final OfficialDocx doc;

    private VisitReportDocx(VisitReportModel model) {
        this.model = model;
        this.doc = new OfficialDocx(ReportWording.TITLE + " " + model.summary());
    }

    /** Writes the report to {@code out} (not closed). */
    public static void write(VisitReportModel model, OutputStream out) throws IOException {
        write(model, out, null);
    }

    /**
     * Writes the report to {@code out} (not closed), with {@code author} (the inspector who saved it, #15 §3) as the
     * document's author when given.
     */
    public static void write(VisitReportModel model, OutputStream out, String author) throws IOException {
        VisitReportDocx writer = new VisitReportDocx(model);
        writer.render();
        if (author != null) {
            writer.doc.author(author);
        }
        writer.doc.write(out);
    }

    /** The report as DOCX bytes. */
    public static byte[] toBytes(VisitReportModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        write(model, out);
        return out.toByteArray();
    }

    private void render() {
        doc.officialHeader(model.parentBody(), model.issuingBody(), model.numberLine(), model.placeAndDate());
        doc.title(ReportWording.TITLE, model.summary());
        opening();
        results();
        findings();
        recommendations();
        opinion();
        closingAndSignatures();
        annex();
        fingerprint();
    }

    /** The content fingerprint of a finalised visit, small, after "Nơi nhận" (the PDF puts it at the page foot). */
    private void fingerprint() {
        if (model.fingerprint() == null) {
            return;
        }
        XWPFParagraph line = doc.paragraph(OfficialDocx.NORMAL);
        line.setSpacingBefore(OfficialDocx.pt(12));
        OfficialDocx.run(line, ReportWording.FINGERPRINT + model.fingerprint(), false, false, FINGERPRINT_SIZE);
    }

    private void opening() {
        for (String basis : model.legalBasis()) {
            doc.body(basis, false, true);
        }
        doc.body(model.opening());
        doc.body(ReportWording.SECTION_PARTIES, true, false).setKeepNext(true);
        doc.body(ReportWording.PARTY_TEAM, true, false).setKeepNext(true);
        for (int i = 0; i < model.team().size(); i++) {
            Member m = model.team().get(i);
            doc.body("- " + m.name() + (m.jobTitle().isEmpty() ? "" : ", " + m.jobTitle()) + ", " + m.role()
                    + (i == model.team().size() - 1 ? "." : ";"));
        }
        if (model.team().isEmpty()) { // #15 §1: left to write by hand on the paper
            doc.body(ReportWording.FILL_LINE);
            doc.body(ReportWording.FILL_LINE);
        }
        XWPFParagraph unit = doc.paragraph(OfficialDocx.NORMAL);
        OfficialDocx.run(unit, ReportWording.PARTY_UNIT, true, false, 0);
        OfficialDocx.run(unit, model.unitName());
        if (model.unitAttendees().isEmpty()) {
            unit.setKeepNext(true);
            doc.body(ReportWording.FILL_LINE);
            doc.body(ReportWording.FILL_LINE);
        } else {
            for (String attendee : model.unitAttendees()) {
                doc.body("- " + attendee);
            }
        }
    }

    private void results() {
        doc.heading1(ReportWording.SECTION_RESULTS);
        for (ResultPart part : model.resultParts()) {
            doc.heading2(model.heading(part));
            switch (part) {
                case EVIDENCE:
                    for (String line : model.evidence()) {
                        doc.body(line);
                    }
                    break;
                case FIGURES:
                    figures();
                    break;
                case AREAS:
                    areasTable(model.detail() == Detail.ITEMS);
                    if (model.hasAnnex()) {
                        doc.body(ReportWording.SEE_ANNEX, false, true).setSpacingBefore(OfficialDocx.pt(6));
                    }
                    break;
                case LOST_POINTS:
                    lostPoints();
                    break;
                default:
                    for (String line : model.totals().lines()) {
                        doc.body(line);
                    }
                    break;
            }
        }
    }

    private void figures() {
        int[] widths = DocxTables.columns(62, 16, 22);
        XWPFTable table = doc.dataTable(widths, List.of(ReportWording.COL_FIGURE, ReportWording.COL_VALUE,
                ReportWording.COL_UNIT), 0);
        for (Figure f : model.figures()) {
            XWPFTableRow row = DocxTables.addRow(table, widths);
            DocxTables.cellText(row.getCell(0), f.name(), OfficialDocx.TABLE_TEXT, null, false, 0);
            DocxTables.cellText(row.getCell(1), f.value().isEmpty() ? "—" : f.value(),
                    OfficialDocx.TABLE_TEXT, ParagraphAlignment.RIGHT, false, 0);
            DocxTables.cellText(row.getCell(2), f.unit(), OfficialDocx.TABLE_TEXT, null, false, 0);
        }
    }

    /** As in the PDF: "- 2.1. Title: 1,5 / 2 điểm. Why;" and "." after the last. */
    private void lostPoints() {
        if (model.lostPoints().isEmpty()) {
            doc.body(ReportWording.NO_LOST_POINTS);
            return;
        }
        for (int i = 0; i < model.lostPoints().size(); i++) {
            LostPoints lost = model.lostPoints().get(i);
            XWPFParagraph p = doc.paragraph(OfficialDocx.NORMAL);
            OfficialDocx.run(p, "- " + lost.code() + ". " + lost.title() + ": ");
            OfficialDocx.run(p, lost.score() + " điểm", true, false, 0);
            String reason = lost.reason().isEmpty() ? "" : ". " + lost.reason().replaceAll("[.;]+$", "");
            OfficialDocx.run(p, reason + VisitReportModel.listEnd(i, model.lostPoints().size()), false, true, 0);
        }
    }

    /** The short layout's annex on a new page: its title, the line naming the biên bản, every item. */
    private void annex() {
        if (!model.hasAnnex()) {
            return;
        }
        XWPFParagraph title = doc.paragraph(OfficialDocx.TITLE);
        title.setPageBreak(true);
        OfficialDocx.run(title, ReportWording.ANNEX_TITLE);
        OfficialDocx.run(doc.paragraph(OfficialDocx.TITLE), ReportWording.ANNEX_SUBTITLE);
        XWPFParagraph attached = doc.paragraph(OfficialDocx.SUBTITLE);
        OfficialDocx.run(attached, model.annexAttached(), false, true, 0).setBold(false);
        attached.setSpacingAfter(OfficialDocx.pt(12));
        areasTable(true);
    }

    private void areasTable(boolean items) {
        boolean self = model.hasSelfScores();
        List<String> header = new ArrayList<>();
        header.add(ReportWording.COL_CODE);
        header.add(items ? ReportWording.COL_CONTENT : ReportWording.COL_AREA);
        if (self) {
            header.add(ReportWording.COL_SELF);
        }
        header.add(ReportWording.COL_SCORE);
        int[] widths = self ? DocxTables.columns(11, 53, 12, 24) : DocxTables.columns(11, 65, 24);
        XWPFTable table = doc.dataTable(widths, header, 0);
        for (Area area : model.areas()) {
            XWPFTableRow row = DocxTables.addRow(table, widths);
            int c = 0;
            DocxTables.cellText(row.getCell(c++), area.code(), OfficialDocx.TABLE_TEXT, null, true, 0);
            DocxTables.cellText(row.getCell(c++), area.title(), OfficialDocx.TABLE_TEXT, null, true, 0);
            if (self) {
                DocxTables.cellText(row.getCell(c++), area.selfScore(), OfficialDocx.TABLE_TEXT,
                        ParagraphAlignment.CENTER, true, 0);
            }
            DocxTables.cellText(row.getCell(c), area.achieved() + " / " + area.max(), OfficialDocx.TABLE_TEXT,
                    ParagraphAlignment.CENTER, true, 0);
            if (!items) {
                continue;
            }
            if (!area.items().isEmpty()) {
                DocxTables.keepWithNext(row);
            }
            for (Item item : area.items()) {
                XWPFTableRow itemRow = DocxTables.addRow(table, widths);
                int i = 0;
                DocxTables.cellText(itemRow.getCell(i++), item.code(), OfficialDocx.TABLE_TEXT, null, false, 0);
                XWPFTableCell content = itemRow.getCell(i++);
                DocxTables.cellText(content, item.title(), OfficialDocx.TABLE_TEXT, null, false, 0);
                if (!item.explanation().isEmpty()) {
                    XWPFParagraph note = content.addParagraph();
                    note.setStyle(OfficialDocx.TABLE_NOTE);
                    OfficialDocx.run(note, item.explanation());
                }
                if (self) {
                    DocxTables.cellText(itemRow.getCell(i++), item.selfScore(), OfficialDocx.TABLE_TEXT,
                            ParagraphAlignment.CENTER, false, 0);
                }
                DocxTables.cellText(itemRow.getCell(i), scoreOf(item), OfficialDocx.TABLE_TEXT,
                        ParagraphAlignment.CENTER, false, 0);
            }
        }
    }

    /** As in the PDF: "1,5 / 2", or "Không áp dụng (tối đa 2)". */
    static String scoreOf(Item item) {
        boolean numeric = !item.score().isEmpty() && (Character.isDigit(item.score().charAt(0))
                || item.score().charAt(0) == '−');
        return numeric ? item.score() + " / " + item.max() : item.score() + " (tối đa " + item.max() + ")";
    }

    private void findings() {
        doc.heading1(ReportWording.SECTION_FINDINGS);
        doc.heading2(ReportWording.FINDINGS_STRENGTHS);
        if (model.strengths().isEmpty()) {
            doc.body(ReportWording.NONE);
        }
        for (String strength : model.strengths()) {
            doc.body("- " + strength);
        }
        doc.heading2(ReportWording.FINDINGS_LIMITATIONS);
        if (model.limitations().isEmpty()) {
            doc.body(ReportWording.NONE);
        }
        for (Limitation limitation : model.limitations()) {
            doc.body("- " + limitation.text());
            if (limitation.cause() != null) {
                XWPFParagraph cause = doc.paragraph(OfficialDocx.NORMAL);
                OfficialDocx.run(cause, ReportWording.CAUSE, false, true, 0);
                OfficialDocx.run(cause, limitation.cause());
            }
        }
    }

    private void recommendations() {
        doc.heading1(ReportWording.SECTION_RECOMMENDATIONS);
        if (model.recommendations().isEmpty()) {
            doc.body(ReportWording.NONE);
        }
        int n = 1;
        for (Recommendation r : model.recommendations()) {
            XWPFParagraph p = doc.paragraph(OfficialDocx.NORMAL);
            OfficialDocx.run(p, n + ". " + r.text());
            if (r.assignment() != null) {
                OfficialDocx.run(p, " " + r.assignment(), false, true, 0);
            }
            OfficialDocx.run(p, VisitReportModel.listEnd(n - 1, model.recommendations().size()));
            n++;
        }
    }

    private void opinion() {
        doc.heading1(ReportWording.SECTION_OPINION);
        if (model.unitOpinion() == null) {
            doc.body(ReportWording.FILL_LINE);
            doc.body(ReportWording.FILL_LINE);
        } else {
            doc.body(model.unitOpinion());
        }
    }

    /**
     * The closing line, the signature blocks (a borderless table: two columns, the secretary centred on a second
     * row) and "Nơi nhận", all "keep with next" and rows that cannot split, so they stay on one page.
     */
    private void closingAndSignatures() {
        XWPFParagraph closing = doc.body(model.closing());
        closing.setKeepNext(true);
        closing.setSpacingAfter(OfficialDocx.pt(8));
        List<Signature> all = model.signatures();
        if (!all.isEmpty()) {
            // #16 §6: the titles and hints on one row, the names on the next, so that the names of a row stand on
            // one line however many lines each title takes (LibreOffice put the unit's one line lower)
            int[] widths = DocxTables.columns(50, 50);
            XWPFTable table = doc.table(widths, null, 1);
            for (int from = 0; from < all.size(); from += 2) {
                List<Signature> group = all.subList(from, Math.min(from + 2, all.size()));
                XWPFTableRow heads = from == 0 ? table.getRow(0) : DocxTables.addRow(table, widths);
                XWPFTableRow names = DocxTables.addRow(table, widths);
                heads.setCantSplitRow(true);
                List<XWPFTableCell> headCells = group.size() == 1 ? List.of(DocxTables.merge(heads))
                        : heads.getTableCells();
                List<XWPFTableCell> nameCells = group.size() == 1 ? List.of(DocxTables.merge(names))
                        : names.getTableCells();
                for (int i = 0; i < group.size(); i++) {
                    Signature s = group.get(i);
                    DocxTables.signatureHead(headCells.get(i), s.title(), s.hint());
                    DocxTables.signatureName(DocxTables.first(nameCells.get(i), OfficialDocx.SIGNATURE), s.name());
                }
                DocxTables.keepWithNext(names);
            }
        }
        doc.recipients(null, model.recipients());
    }
}
