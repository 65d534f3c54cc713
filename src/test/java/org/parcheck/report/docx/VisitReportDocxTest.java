package org.parcheck.report.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.parcheck.app.AppServices;
import org.parcheck.report.ReportWording;
import org.parcheck.report.SeedReports;
import org.parcheck.report.VisitReportModel;
import org.parcheck.report.VisitReportOptions;
import org.parcheck.report.pdf.LongReports;
import org.parcheck.report.pdf.VisitReportPdf;

/** The seed visit's report as DOCX, read back with POI: the same text and figures as the PDF, the layout rules. */
class VisitReportDocxTest {

    @TempDir
    static Path dataDir;
    private static AppServices services;
    private static VisitReportModel model;
    private static byte[] docx;
    private static byte[] pdf;

    @BeforeAll
    static void build() throws IOException {
        services = AppServices.open(dataDir);
        model = services.visitReports().model(SeedReports.haLangVisitId(services), VisitReportOptions.defaults());
        docx = VisitReportDocx.toBytes(model);
        pdf = VisitReportPdf.toBytes(model);
        SeedReports.keep("seed-visit.docx", docx);
    }

    @AfterAll
    static void close() {
        services.close();
    }

    /** The PDF's text without the page numbers in the top margin (the DOCX has them as a field in the header). */
    static String pdfText(byte[] bytes) throws IOException {
        StringBuilder text = new StringBuilder();
        try (PDDocument document = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String pageText = stripper.getText(document);
                if (page > 1) {
                    assertThat(pageText.lines().findFirst().orElse("").strip()).isEqualTo(Integer.toString(page));
                    pageText = pageText.substring(pageText.indexOf('\n') + 1);
                }
                text.append(pageText);
            }
        }
        return text.toString().replace('\u00A0', ' ');
    }

    @Test
    void theSeedReportSaysWhatThePdfSays() throws IOException {
        String text = DocxText.bodyText(docx);
        assertThat(text).contains(ReportWording.NATIONAL_NAME, ReportWording.MOTTO, "BIÊN BẢN", "/BB-ĐKT",
                "UBND TỈNH CAO BẰNG", "ĐOÀN KIỂM TRA CCHC", "3199/KH-UBND", "huyện Hạ Lang", "TRƯỞNG ĐOÀN KIỂM TRA",
                "ĐẠI DIỆN ĐƠN VỊ", "ĐƯỢC KIỂM TRA", "(Ký, ghi rõ họ tên)", "Lê Văn Miều", "Nơi nhận:",
                "- Lưu: VT, Hồ sơ.", "Kiểm tra công tác cải cách hành chính năm 2021 tại UBND huyện Hạ Lang", "./.");
        String onTime = text.lines().filter(l -> l.contains("924 / 1.068")).findFirst().orElse("");
        assertThat(onTime).contains("86,52%", "chưa đạt mức 90%");
        assertThat(text).contains("Xếp loại (tạm tính)");
    }

    @Test
    void theSameFiguresAsThePdf() throws IOException {
        String pdfText = pdfText(pdf);
        String docxText = DocxText.bodyText(docx);
        assertThat(DocxText.numbers(docxText)).isEqualTo(DocxText.numbers(pdfText)).contains("924", "1.068",
                "86,52", "75,50", "81,36", "3199", "2021");
        // and the same words (as sets: the PDF draws a table's header row again on every page, the DOCX marks it
        // "repeat as header row" once)
        assertThat(words(docxText)).isEqualTo(words(pdfText));
    }

    private static Set<String> words(String text) {
        return new TreeSet<>(List.of(text.trim().split("\\s+")));
    }

    @Test
    void a4WithTheDecreeMarginsAndTimesNewRoman() throws IOException {
        try (XWPFDocument document = DocxText.open(docx)) {
            CTSectPr section = document.getDocument().getBody().getSectPr();
            assertThat(section.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
            assertThat(section.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
            CTPageMar margins = section.getPgMar();
            // 20, 20, 30, 15 mm in twips, as the PDF
            assertThat(((BigInteger) margins.getTop()).intValue()).isEqualTo(1134);
            assertThat(((BigInteger) margins.getBottom()).intValue()).isEqualTo(1134);
            assertThat(((BigInteger) margins.getLeft()).intValue()).isEqualTo(1701);
            assertThat(((BigInteger) margins.getRight()).intValue()).isEqualTo(850);
            assertThat(document.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr().getRFontsArray(0)
                    .getAscii()).isEqualTo("Times New Roman");
            assertThat(document.getStyles().getDefaultRunStyle().getFontSizeAsDouble()).isEqualTo(14.0);
            assertThat(document.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
            assertThat(document.getStyles().getStyle("TableGrid").getName()).isEqualTo("Table Grid");
        }
    }

    @Test
    void theHeaderIsABorderlessTwoColumnTableWithTheUnderlinedMotto() throws IOException {
        try (XWPFDocument document = DocxText.open(docx)) {
            IBodyElement first = document.getBodyElements().get(0);
            assertThat(first).isInstanceOf(XWPFTable.class);
            XWPFTable header = (XWPFTable) first;
            assertThat(header.getRow(0).getTableCells()).hasSize(2);
            assertThat(header.getStyleID()).isNull();
            assertThat(header.getCTTbl().getTblPr().isSetTblBorders()).isFalse();
            assertThat(header.getRow(0).getCell(0).getText()).contains("UBND TỈNH CAO BẰNG", "ĐOÀN KIỂM TRA CCHC");
            XWPFParagraph motto = header.getRow(0).getCell(1).getParagraphs().stream()
                    .filter(p -> p.getText().equals(ReportWording.MOTTO)).findFirst().orElseThrow();
            XWPFRun run = motto.getRuns().get(0);
            assertThat(run.isBold()).isTrue();
            assertThat(run.getUnderline()).isEqualTo(UnderlinePatterns.SINGLE);
            assertThat(header.getRow(1).getCell(0).getText()).startsWith("Số:").endsWith("/BB-ĐKT");
            assertThat(document.getParagraphs().stream().filter(p -> "BIÊN BẢN".equals(p.getText())))
                    .singleElement().satisfies(p -> assertThat(p.getStyle()).isEqualTo("Title"));
            assertThat(document.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
                    .map(XWPFParagraph::getText)).contains(ReportWording.SECTION_RESULTS,
                    ReportWording.SECTION_FINDINGS, ReportWording.SECTION_RECOMMENDATIONS,
                    ReportWording.SECTION_OPINION);
        }
    }

    @Test
    void noPageNumberOnPageOneThenAPageField() throws IOException {
        try (XWPFDocument document = DocxText.open(docx)) {
            assertThat(document.getDocument().getBody().getSectPr().isSetTitlePg()).isTrue();
            XWPFHeaderFooterPolicy policy = document.getHeaderFooterPolicy();
            XWPFHeader firstHeader = policy.getFirstPageHeader();
            XWPFFooter firstFooter = policy.getFirstPageFooter();
            assertThat(firstHeader).isNotNull();
            assertThat(firstHeader.getText().strip()).isEmpty();
            assertThat(firstHeader._getHdrFtr().xmlText()).doesNotContain("PAGE");
            assertThat(firstFooter.getText().strip()).isEmpty();
            assertThat(firstFooter._getHdrFtr().xmlText()).doesNotContain("PAGE");
            // the decree puts page numbers centred in the top margin: the default header holds the PAGE field
            XWPFHeader numbered = policy.getDefaultHeader();
            assertThat(numbered.getParagraphs().get(0).getCTP().getFldSimpleArray()).singleElement()
                    .satisfies(f -> assertThat(f.getInstr().strip()).isEqualTo("PAGE"));
            assertThat(numbered.getParagraphs().get(0).getStyle()).isEqualTo("Header");
            assertThat(policy.getDefaultFooter()).isNull();
        }
    }

    @Test
    void tablesRepeatTheirHeaderAndRowsNeverSplit() throws IOException {
        try (XWPFDocument document = DocxText.open(VisitReportDocx.toBytes(LongReports.model(10, 15)))) {
            List<XWPFTable> data = document.getTables().stream().filter(t -> "TableGrid".equals(t.getStyleID()))
                    .toList();
            assertThat(data).hasSize(2);
            XWPFTable areas = data.get(1);
            assertThat(areas.getRows()).hasSize(1 + 10 + 150);
            assertThat(areas.getRow(0).isRepeatHeader()).isTrue();
            for (XWPFTableRow row : areas.getRows()) {
                assertThat(row.isCantSplitRow()).isTrue();
            }
            assertThat(areas.getRows().subList(1, areas.getRows().size())).noneMatch(XWPFTableRow::isRepeatHeader);
            // an area row moves with its first item
            assertThat(areas.getRow(1).getCell(1).getParagraphs().get(0).isKeepNext()).isTrue();
            assertThat(areas.getRow(2).getCell(1).getParagraphs().get(0).isKeepNext()).isFalse();
        }
    }

    @Test
    void theSignaturesAreKeptWithTheClosingLine() throws IOException {
        try (XWPFDocument document = DocxText.open(docx)) {
            List<IBodyElement> body = document.getBodyElements();
            int closing = -1;
            for (int i = 0; i < body.size(); i++) {
                if (body.get(i) instanceof XWPFParagraph
                        && ((XWPFParagraph) body.get(i)).getText().startsWith("Biên bản kết thúc")) {
                    closing = i;
                }
            }
            assertThat(closing).isPositive();
            assertThat(((XWPFParagraph) body.get(closing)).isKeepNext()).isTrue();
            XWPFTable signatures = (XWPFTable) body.get(closing + 1);
            assertThat(signatures.getStyleID()).isNull();
            assertThat(signatures.getRows()).allSatisfy(r -> assertThat(r.isCantSplitRow()).isTrue());
            assertThat(signatures.getRow(0).getCell(1).getText()).contains("TRƯỞNG ĐOÀN KIỂM TRA");
            // #16 §6: the names on a row of their own, so the two stand on one line in Word and LibreOffice
            assertThat(signatures.getRow(1).getCell(1).getText()).isEqualTo("Lê Văn Miều");
            assertThat(signatures.getRow(0).getCell(0).getText()).contains("ĐẠI DIỆN ĐƠN VỊ");
            for (int row = 0; row < 2; row++) {
                assertThat(signatures.getRow(row).getCell(0).getParagraphs()).allSatisfy(p ->
                        assertThat(p.isKeepNext()).isTrue());
            }
            XWPFParagraph recipients = (XWPFParagraph) body.get(closing + 2);
            assertThat(recipients.getText()).isEqualTo(ReportWording.RECIPIENTS);
            assertThat(recipients.getStyle()).isEqualTo("RecipientsHeading");
        }
    }

    @Test
    void decomposedVietnameseIsWrittenComposed() throws IOException {
        String decomposed = Normalizer.normalize("Huyện Hạ Lang", Normalizer.Form.NFD);
        VisitReportModel odd = new VisitReportModel(model.parentBody(), model.issuingBody(), model.numberLine(),
                null, model.summary(), List.of(decomposed), model.opening(), model.team(), model.unitName(),
                model.unitAttendees(), model.detail(), model.figures(), model.areas(), model.hasSelfScores(),
                model.totals(), model.strengths(), model.limitations(), model.recommendations(), decomposed,
                model.closing(), model.signatures(), model.recipients());
        String text = DocxText.bodyText(VisitReportDocx.toBytes(odd));
        assertThat(text).contains("Huyện Hạ Lang").isEqualTo(Normalizer.normalize(text, Normalizer.Form.NFC));
    }
}
