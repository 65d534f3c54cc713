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
import org.parcheck.report.VisitReportModel.Limitation;
import org.parcheck.report.VisitReportModel.Member;
import org.parcheck.report.VisitReportModel.Recommendation;
import org.parcheck.report.pdf.PageFlow.Align;
import org.parcheck.report.pdf.PageFlow.Para;
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
    private PdfText text;

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
            text = new PdfText(flow, fonts);
            VisitResultsPdf results = new VisitResultsPdf(model, text);
            flow.newPage();
            header();
            title();
            opening();
            results.results();
            findings();
            recommendations();
            opinion();
            new SignaturesPdf(text).write(model.closing(), model.signatures(), model.recipients());
            results.annex();
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
            runs.add(new Run(n + ". " + r.text(), fonts.regular));
            if (r.assignment() != null) {
                runs.add(new Run(" " + r.assignment(), fonts.italic));
            }
            runs.add(new Run(VisitReportModel.listEnd(n - 1, model.recommendations().size()), fonts.regular));
            n++;
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

    // ---------------------------------------------------------------- helpers

    private void heading(String line) throws IOException {
        text.heading(line);
    }

    private void body(String line, PDFont font) throws IOException {
        text.body(line, font);
    }
}
