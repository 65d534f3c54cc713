package org.parcheck.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.answering.Attendee;
import org.parcheck.app.AppServices;
import org.parcheck.report.ReportWording;
import org.parcheck.report.SeedReports;
import org.parcheck.report.VisitReportModel;
import org.parcheck.report.VisitReportModel.Detail;
import org.parcheck.report.VisitReportOptions;

/** The seed visit's report as a user gets it: its text, header positions, fonts, page numbers. */
class VisitReportPdfTest {

    @TempDir
    static Path dataDir;
    private static AppServices services;
    private static byte[] pdf;
    private static VisitReportModel model;

    @BeforeAll
    static void build() throws IOException {
        services = AppServices.open(dataDir);
        long visitId = SeedReports.haLangVisitId(services);
        model = services.visitReports().model(visitId, VisitReportOptions.defaults());
        pdf = VisitReportPdf.toBytes(model);
        SeedReports.keep("seed-visit.pdf", pdf);
        SeedReports.keep("seed-visit-summary.pdf", VisitReportPdf.toBytes(
                services.visitReports().model(visitId, VisitReportOptions.defaults().withDetail(Detail.SUMMARY))));
    }

    @AfterAll
    static void close() {
        services.close();
    }

    static String text(byte[] bytes) throws IOException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            // no-break spaces (a unit's name in the title) read as spaces
            return new PDFTextStripper().getText(document).replace('\u00A0', ' ');
        }
    }

    @Test
    void theSeedReportSaysWhatTheVisitFound() throws IOException {
        String text = text(pdf);
        assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "BIÊN BẢN",
                "3199/KH-UBND", "huyện Hạ Lang", "UBND TỈNH CAO BẰNG", "ĐOÀN KIỂM TRA CCHC", "/BB-ĐKT",
                "TRƯỞNG ĐOÀN", "Lê Văn Miều", "ĐẠI DIỆN ĐƠN VỊ", "ĐƯỢC KIỂM TRA", "Nơi nhận", "Lưu: VT, Hồ sơ.",
                "Kiểm tra công tác cải cách hành chính năm 2021 tại UBND huyện Hạ Lang",
                "Chưa cập nhật kịp thời thủ tục hành chính", "./.");
        String onTime = text.lines().filter(l -> l.contains("924 / 1.068")).findFirst().orElse("");
        assertThat(onTime).contains("86,52");
        assertThat(text).contains("Xếp loại (tạm tính)");
    }

    @Test
    void attendeesAreListedOnceDashedAndFiguresByName() throws IOException {
        long visitId = SeedReports.haLangVisitId(services);
        services.answerService().addAttendee(visitId, Attendee.of("Hoàng Văn Dũng", "Chủ tịch UBND huyện", true));
        String text = text(VisitReportPdf.toBytes(services.visitReports().model(visitId,
                VisitReportOptions.defaults())));
        // #16 §6: the representative who signs is marked; the last line of the list ends with "."
        assertThat(text).contains("- Hoàng Văn Dũng, Chủ tịch UBND huyện (đại diện đơn vị ký biên bản).")
                .doesNotContain("- - ");
        assertThat(text).as("figures by name, not by code").contains("TTHC thuộc thẩm quyền")
                .doesNotContain("proceduresInScope");
    }

    @Test
    void theShortLayoutListsAreasInTheBodyAndEveryItemInTheAnnex() throws IOException {
        VisitReportModel summary = services.visitReports().model(SeedReports.haLangVisitId(services),
                VisitReportOptions.defaults().withDetail(Detail.SUMMARY));
        String text = text(VisitReportPdf.toBytes(summary));
        assertThat(text).contains(ReportWording.ANNEX_TITLE, ReportWording.SEE_ANNEX);
        String body = text.substring(0, text.indexOf(ReportWording.ANNEX_TITLE + "\n"));
        String annex = text.substring(text.indexOf(ReportWording.ANNEX_TITLE + "\n")).replace('\n', ' ');
        assertThat(body).contains("Lĩnh vực", "1.068").doesNotContain("924 / 1.068 =");
        assertThat(annex).contains("924 / 1.068 =", "(Kèm theo Biên bản kiểm tra công tác cải cách hành chính năm "
                + "2021 tại UBND huyện Hạ Lang)");
        String full = text(VisitReportPdf.toBytes(services.visitReports().model(SeedReports.haLangVisitId(services),
                VisitReportOptions.defaults().withDetail(Detail.ITEMS))));
        assertThat(full).contains("924 / 1.068 =").doesNotContain(ReportWording.ANNEX_TITLE + "\n",
                ReportWording.RESULTS_LOST_TITLE);
    }

    @Test
    void mottoSitsTopRightAndAgencyTopLeft() throws IOException {
        List<Placed> placed = positions(pdf, 1);
        float half = PageFlow.PAGE.getWidth() / 2;
        Placed motto = find(placed, "Độc lập - Tự do - Hạnh phúc");
        Placed nation = find(placed, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        Placed agency = find(placed, "UBND TỈNH CAO BẰNG");
        Placed team = find(placed, "ĐOÀN KIỂM TRA CCHC");
        assertThat(motto.x()).isGreaterThan(half - 10);
        assertThat(nation.x()).isGreaterThan(half - 40);
        assertThat(agency.endX()).isLessThan(half);
        assertThat(team.endX()).isLessThan(half);
        for (Placed p : List.of(motto, nation, agency, team)) {
            assertThat(p.y()).as(p.text()).isBetween(PageFlow.TOP, PageFlow.TOP + 60);
        }
        assertThat(nation.y()).isCloseTo(agency.y(), org.assertj.core.data.Offset.offset(1f));
        assertThat(motto.y()).isGreaterThan(nation.y());
        Placed title = find(placed, "BIÊN BẢN");
        assertThat(title.y()).isGreaterThan(motto.y());
    }

    @Test
    void everyFontIsEmbedded() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int fonts = 0;
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).contains("LiberationSerif");
                    fonts++;
                }
            }
            assertThat(fonts).isGreaterThan(0);
        }
    }

    @Test
    void pageNumbersStartOnPageTwoInTheTopMargin() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(595.28f,
                    org.assertj.core.data.Offset.offset(0.5f));
        }
        List<Placed> first = positions(pdf, 1);
        assertThat(first).noneMatch(p -> p.y() < PageFlow.TOP);
        List<Placed> second = positions(pdf, 2);
        Placed number = second.stream().filter(p -> p.y() < PageFlow.TOP).findFirst().orElseThrow();
        assertThat(number.text().strip()).isEqualTo("2");
        float centre = PageFlow.LEFT + PageFlow.WIDTH / 2;
        assertThat((number.x() + number.endX()) / 2).isCloseTo(centre, org.assertj.core.data.Offset.offset(2f));
    }

    @Test
    void nothingIsOutsideTheMargins() throws IOException {
        assertWithinMargins(pdf);
    }

    @Test
    void theSignaturesAndRecipientsStayWithTheClosingLine() throws IOException {
        List<Placed> placed = positions(pdf, 0);
        int closing = find(placed, "Biên bản kết thúc").page();
        assertThat(find(placed, "TRƯỞNG ĐOÀN KIỂM TRA").page()).isEqualTo(closing);
        assertThat(find(placed, "Lê Văn Miều").page()).isLessThanOrEqualTo(closing);
        assertThat(find(placed, "Nơi nhận").page()).isEqualTo(closing);
    }

    @Test
    void decomposedVietnameseIsPrintedComposed() throws IOException {
        String decomposed = java.text.Normalizer.normalize("Huyện Hạ Lang", java.text.Normalizer.Form.NFD);
        VisitReportModel odd = new VisitReportModel(model.parentBody(), model.issuingBody(), model.numberLine(),
                null, model.summary(), List.of(decomposed), model.opening(), model.team(), model.unitName(),
                model.unitAttendees(), model.detail(), model.figures(), model.areas(), model.hasSelfScores(),
                model.totals(), model.strengths(), model.limitations(), model.recommendations(), decomposed,
                model.closing(), model.signatures(), model.recipients());
        assertThat(text(VisitReportPdf.toBytes(odd))).contains("Huyện Hạ Lang");
    }

    // ---------------------------------------------------------------- text positions

    /** A line of text with its start, end and baseline (from the top of the page). */
    record Placed(String text, float x, float endX, float y, int page) {
    }

    static Placed find(List<Placed> placed, String text) {
        return placed.stream().filter(p -> p.text().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("not found: " + text));
    }

    /** Every text chunk on one page (1-based) or all pages (0). */
    static List<Placed> positions(byte[] bytes, int page) throws IOException {
        List<Placed> placed = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    if (positions.isEmpty()) {
                        return;
                    }
                    TextPosition first = positions.get(0);
                    TextPosition last = positions.get(positions.size() - 1);
                    placed.add(new Placed(text, first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(),
                            first.getYDirAdj(), getCurrentPageNo()));
                }
            };
            stripper.setSortByPosition(true);
            if (page > 0) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
            }
            stripper.writeText(document, new OutputStreamWriter(new ByteArrayOutputStream(), StandardCharsets.UTF_8));
        }
        return joined(placed);
    }

    /** Joins chunks on the same baseline that are a word space apart (the writer places words one by one). */
    private static List<Placed> joined(List<Placed> chunks) {
        List<Placed> lines = new ArrayList<>();
        Placed current = null;
        for (Placed p : chunks) {
            boolean sameLine = current != null && current.page() == p.page() && Math.abs(current.y() - p.y()) < 0.5f
                    && p.x() >= current.endX() - 0.5f && p.x() - current.endX() < 12;
            if (sameLine) {
                current = new Placed(current.text() + " " + p.text(), current.x(), p.endX(), current.y(),
                        current.page());
            } else {
                if (current != null) {
                    lines.add(current);
                }
                current = p;
            }
        }
        if (current != null) {
            lines.add(current);
        }
        return lines;
    }

    /**
     * Every glyph lies inside the page minus its margins (with 1 pt of tolerance), except page numbers, which sit in
     * the top margin by design.
     */
    static void assertWithinMargins(byte[] bytes) throws IOException {
        float pageWidth = PageFlow.PAGE.getWidth();
        float pageHeight = PageFlow.PAGE.getHeight();
        float tolerance = 1f;
        for (Placed p : positions(bytes, 0)) {
            boolean pageNumber = p.y() < PageFlow.TOP && p.text().strip().matches("\\d+");
            if (pageNumber) {
                assertThat(p.page()).isGreaterThan(1);
                continue;
            }
            assertThat(p.x()).as(p.text()).isGreaterThanOrEqualTo(PageFlow.LEFT - tolerance);
            assertThat(p.endX()).as(p.text()).isLessThanOrEqualTo(pageWidth - PageFlow.RIGHT + tolerance);
            // baseline below the top margin plus an ascent, descent above the bottom margin
            assertThat(p.y()).as(p.text()).isGreaterThanOrEqualTo(PageFlow.TOP + 8 - tolerance);
            assertThat(p.y()).as(p.text()).isLessThanOrEqualTo(pageHeight - PageFlow.BOTTOM - 2 + tolerance);
        }
    }
}
