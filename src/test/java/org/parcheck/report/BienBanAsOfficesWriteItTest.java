package org.parcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.answering.EvidenceCitation;
import org.parcheck.answering.Finding;
import org.parcheck.answering.Recommendation;
import org.parcheck.app.AppServices;
import org.parcheck.report.VisitReportModel.Detail;
import org.parcheck.report.VisitReportModel.LostPoints;
import org.parcheck.report.docx.VisitReportDocx;
import org.parcheck.report.pdf.VisitReportPdf;

/**
 * #16 §6 on the seed visit, through the one path the UI and the command line use: the plan cited with its date,
 * the documents reviewed listed, the items that lost points with why (short layout), the reason of an N/A item,
 * lists ending with ".", typographic quotes, and a title that never breaks inside the unit's name.
 */
class BienBanAsOfficesWriteItTest {

    @TempDir
    static Path dataDir;
    private static AppServices services;
    private static long visitId;
    private static VisitReportModel model;
    private static String pdfText;
    private static String docxText;

    @BeforeAll
    static void build() throws IOException {
        services = AppServices.open(dataDir);
        visitId = SeedReports.haLangVisitId(services);
        var answers = services.answerService();
        answers.addEvidence(visitId, EvidenceCitation.of("1.1.1", "12/KH-UBND", LocalDate.of(2021, 1, 10),
                "UBND huyện Hạ Lang", "Kế hoạch cải cách hành chính năm 2021"));
        answers.addEvidence(visitId, EvidenceCitation.of("2.1.1", "12/KH-UBND", LocalDate.of(2021, 1, 10),
                "UBND huyện Hạ Lang", "Kế hoạch cải cách hành chính năm 2021"));
        answers.addEvidence(visitId, EvidenceCitation.of("3.2.2", "45/BC-UBND", LocalDate.of(2021, 9, 20),
                "UBND huyện Hạ Lang", "Báo cáo \"kết quả giải quyết hồ sơ\" 9 tháng"));
        answers.saveAnswer(visitId, services.answerService().sheet(visitId).answer("4.3.1").withNotApplicable(true)
                .withNote("Tỉnh chưa phân cấp nhiệm vụ này cho huyện"));
        answers.saveFinding(visitId, Finding.of(Finding.Kind.STRENGTH, "Bộ phận \"một cửa\" bố trí khoa học;", null));
        answers.saveRecommendation(visitId, Recommendation.of("Cập nhật TTHC lên phần mềm.", "Văn phòng HĐND và "
                + "UBND huyện", LocalDate.of(2021, 12, 31)));
        model = services.visitReports().model(visitId, VisitReportOptions.defaults());
        pdfText = text(VisitReportPdf.toBytes(model));
        SeedReports.keep("seed-visit-short.pdf", VisitReportPdf.toBytes(model));
        SeedReports.keep("seed-visit-full.pdf", VisitReportPdf.toBytes(services.visitReports().model(visitId,
                VisitReportOptions.defaults().withDetail(Detail.ITEMS))));
        byte[] docx = VisitReportDocx.toBytes(model);
        SeedReports.keep("seed-visit-short.docx", docx);
        docxText = org.parcheck.report.docx.DocxText.bodyText(docx);
    }

    @AfterAll
    static void close() {
        services.close();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace('\u00A0', ' ');
        }
    }

    /** The text with its lines joined (a sentence may wrap anywhere on the page). */
    private static String joined(String text) {
        return text.replaceAll("\\s*\\n\\s*", " ");
    }

    @Test
    void theShortLayoutIsTheDefault() {
        assertThat(VisitReportOptions.defaults().detail()).isEqualTo(Detail.SUMMARY);
        assertThat(model.hasAnnex()).isTrue();
        assertThat(VisitReportOptions.layout("short")).isEqualTo(Detail.SUMMARY);
        assertThat(VisitReportOptions.layout("FULL")).isEqualTo(Detail.ITEMS);
    }

    @Test
    void thePlanIsCitedWithItsDateInTheOpening() {
        String citation = "Kế hoạch số 3199/KH-UBND ngày 22/12/2020 của UBND tỉnh Cao Bằng";
        assertThat(model.opening()).contains("theo " + citation + " tiến hành kiểm tra");
        assertThat(joined(pdfText)).contains("theo " + citation + " tiến hành");
        assertThat(joined(docxText)).contains("theo " + citation + " tiến hành");
    }

    @Test
    void theDocumentsReviewedAreListedOnceEachWithTheirItems() {
        // beside the demo's own evidence, by date; every line but the last ends with ";"
        List<String> lines = model.evidence();
        assertThat(lines.subList(0, lines.size() - 1)).allSatisfy(l -> assertThat(l).endsWith(";"));
        assertThat(lines.get(lines.size() - 1)).endsWith(".");
        assertThat(lines.stream().map(l -> l.substring(0, l.length() - 1))).containsSubsequence(
                "- Kế hoạch cải cách hành chính năm 2021, số 12/KH-UBND ngày 10/01/2021 của UBND huyện Hạ Lang "
                        + "(nội dung 1.1.1, 2.1.1)",
                "- Báo cáo “kết quả giải quyết hồ sơ” 9 tháng, số 45/BC-UBND ngày 20/09/2021 của UBND huyện Hạ Lang "
                        + "(nội dung 3.2.2)");
        assertThat(model.heading(VisitReportModel.ResultPart.EVIDENCE)).isEqualTo("1. Tài liệu đã kiểm tra");
        assertThat(joined(pdfText)).contains("1. Tài liệu đã kiểm tra", "số 45/BC-UBND ngày 20/09/2021");
        assertThat(joined(docxText)).contains("1. Tài liệu đã kiểm tra", "số 45/BC-UBND ngày 20/09/2021");
    }

    @Test
    void theItemsThatLostPointsAreListedWithWhyInTheShortLayout() {
        assertThat(model.lostPoints()).extracting(LostPoints::code).contains("3.2.2", "1.6")
                .doesNotContain("1.1.1", "1.5", "4.3.1");
        LostPoints onTime = model.lostPoints().stream().filter(l -> l.code().equals("3.2.2")).findFirst()
                .orElseThrow();
        assertThat(onTime.score()).isEqualTo("0 / 3");
        assertThat(onTime.reason()).contains("86,52% chưa đạt mức 90%");
        String body = joined(pdfText.substring(0, pdfText.indexOf("PHỤ LỤC\n")));
        assertThat(body).contains(ReportWording.RESULTS_LOST_TITLE, "- 3.2.2. Tỷ lệ hồ sơ giải quyết trước hạn và "
                + "đúng hạn: 0 / 3 điểm. Tỷ lệ 924 / 1.068 = 86,52% chưa đạt mức 90%");
        assertThat(joined(docxText)).contains("- 3.2.2. Tỷ lệ hồ sơ giải quyết trước hạn và đúng hạn: 0 / 3 điểm.");
    }

    @Test
    void anItemMarkedNotApplicablePrintsItsReason() {
        String reason = "Không áp dụng: Tỉnh chưa phân cấp nhiệm vụ này cho huyện.";
        assertThat(model.areas().stream().flatMap(a -> a.items().stream()).filter(i -> i.code().equals("4.3.1"))
                .findFirst().orElseThrow().explanation()).isEqualTo(reason);
        assertThat(joined(pdfText)).contains(reason);
        assertThat(joined(docxText)).contains(reason);
    }

    @Test
    void theLastLineOfAListEndsWithAFullStop() {
        assertThat(model.strengths()).last().asString().endsWith(".").doesNotEndWith(";.");
        assertThat(model.strengths().subList(0, model.strengths().size() - 1)).allSatisfy(s ->
                assertThat(s).endsWith(";"));
        assertThat(model.limitations()).last().satisfies(l -> assertThat(l.text()).endsWith("."));
        // a recommendation ends after its assignment
        String joinedPdf = joined(pdfText);
        assertThat(joinedPdf).contains("Cập nhật TTHC lên phần mềm (Trách nhiệm: Văn phòng HĐND và UBND huyện; "
                + "thời hạn: 31/12/2021).");
        assertThat(joined(docxText)).contains("(Trách nhiệm: Văn phòng HĐND và UBND huyện; thời hạn: 31/12/2021).");
    }

    @Test
    void quotesAreTypographic() {
        assertThat(pdfText).doesNotContain("\"").contains("“Có”", "Bộ phận “một cửa” bố trí khoa học");
        assertThat(docxText).doesNotContain("\"").contains("“Có”");
    }

    @Test
    void theTitleNeverBreaksInsideTheUnitsName() throws IOException {
        assertThat(model.summary()).endsWith("tại UBND\u00A0huyện\u00A0Hạ\u00A0Lang");
        // a name long enough to wrap: the whole name moves to the next line
        String longUnit = VisitReportText.keepTogether("UBND xã Quang Trung, huyện Trùng Khánh, tỉnh Cao Bằng");
        VisitReportModel longTitle = new VisitReportModel(model.parentBody(), model.issuingBody(),
                model.numberLine(), null, "Kiểm tra công tác cải cách hành chính năm 2021 tại " + longUnit,
                model.legalBasis(), model.opening(), model.team(), model.unitName(), model.unitAttendees(),
                model.detail(), model.figures(), model.areas(), model.hasSelfScores(), model.totals(),
                model.strengths(), model.limitations(), model.recommendations(), model.unitOpinion(),
                model.closing(), model.signatures(), model.recipients());
        List<String> lines = text(VisitReportPdf.toBytes(longTitle)).lines().toList();
        assertThat(lines).contains("UBND xã Quang Trung, huyện Trùng Khánh, tỉnh Cao Bằng")
                .contains("Kiểm tra công tác cải cách hành chính năm 2021 tại");
    }
}
