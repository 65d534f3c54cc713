package org.parcheck.report.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.parcheck.common.util.Text;
import org.parcheck.report.ReportWording;
import org.parcheck.report.VisitReportModel;
import org.parcheck.report.VisitReportModel.Area;
import org.parcheck.report.VisitReportModel.Detail;
import org.parcheck.report.VisitReportModel.Figure;
import org.parcheck.report.VisitReportModel.Item;
import org.parcheck.report.VisitReportModel.Limitation;
import org.parcheck.report.VisitReportModel.Member;
import org.parcheck.report.VisitReportModel.Recommendation;
import org.parcheck.report.VisitReportModel.Signature;
import org.parcheck.report.pdf.PageFlow.Align;
import org.parcheck.report.pdf.PageFlow.Cell;
import org.parcheck.report.pdf.PageFlow.Para;
import org.parcheck.report.pdf.PageFlow.Row;
import org.parcheck.report.pdf.PageFlow.Run;

/**
 * Writes a {@link VisitReportModel} as an A4 PDF laid out by Nghị định 30/2020 (Phụ lục I, the example size set):
 * Quốc hiệu 12 pt bold, Tiêu ngữ 13 pt bold with a rule as long as the text, agency 12 pt (issuing body bold, rule
 * of 40 % of its width), number 13 pt, title and summary 14 pt bold, body 14 pt justified with a 1 cm first-line
 * indent and 6 pt after each paragraph, tables 12 pt (explanations 11 pt italic), signature titles and names 14 pt
 * bold, "Nơi nhận:" 12 pt bold italic with an 11 pt list. Knows only the model.
 */
public final class VisitReportPdf {

    static final float NATIONAL_SIZE = 12;
    static final float MOTTO_SIZE = 13;
    static final float AGENCY_SIZE = 12;
    static final float NUMBER_SIZE = 13;
    static final float TITLE_SIZE = 14;
    static final float BODY_SIZE = 14;
    static final float TABLE_SIZE = 12;
    static final float NOTE_SIZE = 11;
    static final float RECIPIENTS_SIZE = 12;
    static final float RECIPIENT_LIST_SIZE = 11;
    static final float FINGERPRINT_SIZE = 9;
    static final float INDENT = 10 * PageFlow.MM;
    static final float PARAGRAPH_GAP = 6;
    /** Room left for the handwritten signature (and seal) between the hint and the name. */
    static final float SIGNATURE_SPACE = 62;

    private final VisitReportModel model;
    private PageFlow flow;
    private ReportFonts fonts;

    private VisitReportPdf(VisitReportModel model) {
        this.model = model;
    }

    /** Writes the report to {@code out} (not closed). */
    public static void write(VisitReportModel model, OutputStream out) throws IOException {
        write(model, out, null);
    }

    /**
     * Writes the report to {@code out} (not closed), with {@code author} (the inspector who saved it, #15 §3) in the
     * document's properties when given.
     */
    public static void write(VisitReportModel model, OutputStream out, String author) throws IOException {
        try (PDDocument document = new PDDocument()) {
            new VisitReportPdf(model).render(document);
            if (author != null) {
                document.getDocumentInformation().setAuthor(Text.nfc(author));
            }
            document.save(out);
        }
    }

    /** The report as PDF bytes. */
    public static byte[] toBytes(VisitReportModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        write(model, out);
        return out.toByteArray();
    }

    private void render(PDDocument document) throws IOException {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(Text.nfc(ReportWording.TITLE + " " + model.summary()));
        info.setCreator("ParCheck");
        info.setCreationDate(Calendar.getInstance());
        fonts = new ReportFonts(document);
        try (PageFlow pages = new PageFlow(document, fonts)) {
            flow = pages;
            flow.newPage();
            header();
            title();
            opening();
            results();
            findings();
            recommendations();
            opinion();
            closingAndSignatures();
            fingerprint();
        }
    }

    /**
     * The content fingerprint of a finalised visit, small, in the bottom margin of the last page: it identifies
     * the content that was finalised (and signed); ParCheck's "verify" recomputes it from the data.
     */
    private void fingerprint() throws IOException {
        if (model.fingerprint() == null) {
            return;
        }
        Para line = Para.of(ReportWording.FINGERPRINT + model.fingerprint(), fonts.regular, FINGERPRINT_SIZE,
                Align.LEFT);
        flow.paragraphAt(line, PageFlow.LEFT, PageFlow.WIDTH, PageFlow.BOTTOM - 8);
    }

    // ---------------------------------------------------------------- header (ô 1–4) and title (ô 5a)

    private void header() throws IOException {
        OfficialHeader.draw(flow, fonts, model.parentBody(), model.issuingBody(), model.numberLine(),
                model.placeAndDate());
    }

    private void title() throws IOException {
        flow.paragraph(Para.of(ReportWording.TITLE, fonts.bold, TITLE_SIZE, Align.CENTER));
        Para summary = Para.of(model.summary(), fonts.bold, TITLE_SIZE, Align.CENTER);
        float widest = flow.widest(summary, PageFlow.WIDTH);
        flow.paragraph(summary);
        float rule = Math.min(widest * 0.4f, PageFlow.WIDTH / 3);
        flow.rule(PageFlow.LEFT + (PageFlow.WIDTH - rule) / 2, PageFlow.LEFT + (PageFlow.WIDTH + rule) / 2,
                flow.y() - 2);
        flow.moveDown(16);
    }

    // ---------------------------------------------------------------- body (ô 6)

    private void opening() throws IOException {
        for (String basis : model.legalBasis()) {
            body(basis, fonts.italic);
        }
        body(model.opening(), fonts.regular);
        body(ReportWording.SECTION_PARTIES, fonts.bold);
        body(ReportWording.PARTY_TEAM, fonts.bold);
        for (int i = 0; i < model.team().size(); i++) {
            Member m = model.team().get(i);
            String line = "- " + m.name() + (m.jobTitle().isEmpty() ? "" : ", " + m.jobTitle()) + ", " + m.role()
                    + (i == model.team().size() - 1 ? "." : ";");
            body(line, fonts.regular);
        }
        if (model.team().isEmpty()) { // #15 §1: left to write by hand on the paper
            body(ReportWording.FILL_LINE, fonts.regular);
            body(ReportWording.FILL_LINE, fonts.regular);
        }
        flow.paragraph(new Para(List.of(new Run(ReportWording.PARTY_UNIT, fonts.bold),
                new Run(model.unitName(), fonts.regular)), BODY_SIZE, Align.JUSTIFY, INDENT, 0, PARAGRAPH_GAP));
        if (model.unitAttendees().isEmpty()) {
            body(ReportWording.FILL_LINE, fonts.regular);
            body(ReportWording.FILL_LINE, fonts.regular);
        } else {
            for (String attendee : model.unitAttendees()) {
                body("- " + attendee, fonts.regular);
            }
        }
    }

    private void results() throws IOException {
        heading(ReportWording.SECTION_RESULTS);
        if (!model.figures().isEmpty()) {
            heading(ReportWording.RESULTS_FIGURES);
            List<Row> rows = new ArrayList<>();
            for (Figure f : model.figures()) {
                rows.add(new Row(List.of(cell(f.name(), fonts.regular, Align.LEFT),
                        cell(f.value().isEmpty() ? "—" : f.value(), fonts.regular, Align.RIGHT),
                        cell(f.unit(), fonts.regular, Align.LEFT)), false));
            }
            flow.table(new float[] {62, 16, 22}, new Row(List.of(headerCell(ReportWording.COL_FIGURE),
                    headerCell(ReportWording.COL_VALUE), headerCell(ReportWording.COL_UNIT)), false), rows);
            flow.moveDown(PARAGRAPH_GAP * 2);
        }
        heading(ReportWording.RESULTS_AREAS);
        areasTable();
        flow.moveDown(PARAGRAPH_GAP * 2);
        heading(ReportWording.RESULTS_TOTAL);
        for (String line : model.totals().lines()) {
            body(line, fonts.regular);
        }
    }

    private void areasTable() throws IOException {
        boolean self = model.hasSelfScores();
        boolean items = model.detail() == Detail.ITEMS;
        List<Cell> header = new ArrayList<>();
        header.add(headerCell(ReportWording.COL_CODE));
        header.add(headerCell(items ? ReportWording.COL_CONTENT : ReportWording.COL_AREA));
        if (self) {
            header.add(headerCell(ReportWording.COL_SELF));
        }
        header.add(headerCell(ReportWording.COL_SCORE));
        float[] widths = self ? new float[] {11, 53, 12, 24} : new float[] {11, 65, 24};
        List<Row> rows = new ArrayList<>();
        for (Area area : model.areas()) {
            List<Cell> cells = new ArrayList<>();
            cells.add(cell(area.code(), fonts.bold, Align.LEFT));
            cells.add(cell(area.title(), fonts.bold, Align.LEFT));
            if (self) {
                cells.add(cell(area.selfScore(), fonts.bold, Align.CENTER));
            }
            cells.add(cell(area.achieved() + " / " + area.max(), fonts.bold, Align.CENTER));
            rows.add(new Row(cells, items && !area.items().isEmpty()));
            for (Item item : area.items()) {
                List<Cell> itemCells = new ArrayList<>();
                itemCells.add(cell(item.code(), fonts.regular, Align.LEFT));
                List<Para> content = new ArrayList<>();
                content.add(Para.of(item.title(), fonts.regular, TABLE_SIZE, Align.LEFT));
                if (!item.explanation().isEmpty()) {
                    content.add(Para.of(item.explanation(), fonts.italic, NOTE_SIZE, Align.LEFT));
                }
                itemCells.add(new Cell(content));
                if (self) {
                    itemCells.add(cell(item.selfScore(), fonts.regular, Align.CENTER));
                }
                itemCells.add(cell(scoreOf(item), fonts.regular, Align.CENTER));
                rows.add(new Row(itemCells, false));
            }
        }
        flow.table(widths, new Row(header, false), rows);
    }

    private static String scoreOf(Item item) {
        boolean numeric = !item.score().isEmpty() && (Character.isDigit(item.score().charAt(0))
                || item.score().charAt(0) == '−');
        return numeric ? item.score() + " / " + item.max() : item.score() + " (tối đa " + item.max() + ")";
    }

    private void findings() throws IOException {
        heading(ReportWording.SECTION_FINDINGS);
        heading(ReportWording.FINDINGS_STRENGTHS);
        if (model.strengths().isEmpty()) {
            body(ReportWording.NONE, fonts.regular);
        }
        for (String strength : model.strengths()) {
            body("- " + strength, fonts.regular);
        }
        heading(ReportWording.FINDINGS_LIMITATIONS);
        if (model.limitations().isEmpty()) {
            body(ReportWording.NONE, fonts.regular);
        }
        for (Limitation limitation : model.limitations()) {
            body("- " + limitation.text(), fonts.regular);
            if (limitation.cause() != null) {
                flow.paragraph(new Para(List.of(new Run(ReportWording.CAUSE, fonts.italic),
                        new Run(limitation.cause(), fonts.regular)), BODY_SIZE, Align.JUSTIFY, INDENT, 0,
                        PARAGRAPH_GAP));
            }
        }
    }

    private void recommendations() throws IOException {
        heading(ReportWording.SECTION_RECOMMENDATIONS);
        if (model.recommendations().isEmpty()) {
            body(ReportWording.NONE, fonts.regular);
        }
        int n = 1;
        for (Recommendation r : model.recommendations()) {
            List<Run> runs = new ArrayList<>();
            runs.add(new Run(n++ + ". " + r.text(), fonts.regular));
            if (r.assignment() != null) {
                runs.add(new Run(" " + r.assignment(), fonts.italic));
            }
            flow.paragraph(new Para(runs, BODY_SIZE, Align.JUSTIFY, INDENT, 0, PARAGRAPH_GAP));
        }
    }

    private void opinion() throws IOException {
        heading(ReportWording.SECTION_OPINION);
        if (model.unitOpinion() == null) {
            body(ReportWording.FILL_LINE, fonts.regular);
            body(ReportWording.FILL_LINE, fonts.regular);
        } else {
            body(model.unitOpinion(), fonts.regular);
        }
    }

    // ---------------------------------------------------------------- closing, signatures (ô 7), recipients (ô 9b)

    /**
     * The closing paragraph, the signature blocks and "Nơi nhận" stay together on one page when they fit: never a
     * signature block (or the recipients) alone on a page without the closing line.
     */
    private void closingAndSignatures() throws IOException {
        Para closing = bodyPara(model.closing(), fonts.regular);
        List<List<Signature>> rows = signatureRows();
        float height = flow.height(closing, PageFlow.WIDTH) + 8 + recipientsHeight();
        for (List<Signature> row : rows) {
            height += signatureRowHeight(row);
        }
        flow.ensure(height);
        flow.paragraph(closing);
        flow.moveDown(8);
        float columnWidth = PageFlow.WIDTH / 2;
        for (List<Signature> row : rows) {
            flow.ensure(signatureRowHeight(row));
            float top = flow.y();
            float headHeight = 0;
            for (Signature s : row) {
                headHeight = Math.max(headHeight, signatureHeadHeight(s, columnWidth));
            }
            float nameTop = top - headHeight - SIGNATURE_SPACE;
            for (int i = 0; i < row.size(); i++) {
                float x = row.size() == 1 ? PageFlow.LEFT + columnWidth / 2 : PageFlow.LEFT + i * columnWidth;
                Signature s = row.get(i);
                float at = top;
                for (Para para : signatureHead(s)) {
                    at -= flow.paragraphAt(para, x, columnWidth, at);
                }
                if (!s.name().isEmpty()) {
                    flow.paragraphAt(Para.of(s.name(), fonts.bold, BODY_SIZE, Align.CENTER), x, columnWidth, nameTop);
                }
            }
            flow.moveDown(signatureRowHeight(row));
        }
        recipients();
    }

    private List<List<Signature>> signatureRows() {
        List<List<Signature>> rows = new ArrayList<>();
        List<Signature> all = model.signatures();
        rows.add(all.subList(0, Math.min(2, all.size())));
        if (all.size() > 2) {
            rows.add(all.subList(2, all.size()));
        }
        return rows;
    }

    /** Title lines (split at "\n") and the hint. */
    private List<Para> signatureHead(Signature s) {
        List<Para> paras = new ArrayList<>();
        for (String line : s.title().split("\n")) {
            paras.add(Para.of(line, fonts.bold, BODY_SIZE, Align.CENTER));
        }
        paras.add(Para.of(s.hint(), fonts.italic, BODY_SIZE, Align.CENTER));
        return paras;
    }

    private float signatureHeadHeight(Signature s, float width) {
        float height = 0;
        for (Para para : signatureHead(s)) {
            height += flow.height(para, width);
        }
        return height;
    }

    private float signatureRowHeight(List<Signature> row) {
        float head = 0;
        for (Signature s : row) {
            head = Math.max(head, signatureHeadHeight(s, PageFlow.WIDTH / 2));
        }
        return head + SIGNATURE_SPACE + BODY_SIZE * PageFlow.LEADING + 12;
    }

    private List<Para> recipientLines() {
        List<Para> lines = new ArrayList<>();
        lines.add(Para.of(ReportWording.RECIPIENTS, fonts.boldItalic, RECIPIENTS_SIZE, Align.LEFT));
        for (String r : model.recipients()) {
            lines.add(Para.of(r, fonts.regular, RECIPIENT_LIST_SIZE, Align.LEFT));
        }
        return lines;
    }

    private float recipientsHeight() {
        float height = 0;
        for (Para line : recipientLines()) {
            height += flow.height(line, PageFlow.WIDTH);
        }
        return height;
    }

    private void recipients() throws IOException {
        flow.ensure(recipientsHeight());
        for (Para line : recipientLines()) {
            flow.paragraph(line);
        }
    }

    // ---------------------------------------------------------------- helpers

    private void heading(String text) throws IOException {
        Para para = bodyPara(text, fonts.bold);
        // keep a heading with at least two lines of what follows
        flow.ensure(flow.height(para, PageFlow.WIDTH) + 2 * BODY_SIZE * PageFlow.LEADING);
        flow.paragraph(para);
    }

    private void body(String text, PDFont font) throws IOException {
        flow.paragraph(bodyPara(text, font));
    }

    private static Para bodyPara(String text, PDFont font) {
        return Para.of(Text.nfc(text), font, BODY_SIZE, Align.JUSTIFY).indent(INDENT).after(PARAGRAPH_GAP);
    }

    private Cell cell(String text, PDFont font, Align align) {
        return Cell.of(Para.of(Text.nfc(text == null ? "" : text), font, TABLE_SIZE, align));
    }

    private Cell headerCell(String text) {
        return Cell.of(Para.of(text, fonts.bold, TABLE_SIZE, Align.CENTER));
    }
}
