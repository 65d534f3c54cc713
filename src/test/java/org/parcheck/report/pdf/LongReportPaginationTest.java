package org.parcheck.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parcheck.report.ReportWording;
import org.parcheck.report.SeedReports;
import org.parcheck.report.VisitReportModel;
import org.parcheck.report.pdf.VisitReportPdfTest.Placed;

/** A 200-item report: many pages, the table header repeated on each, nothing beyond the margins. */
class LongReportPaginationTest {

    private static byte[] pdf;
    private static List<Placed> placed;

    @BeforeAll
    static void write() throws IOException {
        pdf = VisitReportPdf.toBytes(LongReports.model(10, 20));
        SeedReports.keep("long-visit.pdf", pdf);
        placed = VisitReportPdfTest.positions(pdf, 0);
    }

    @Test
    void twoHundredItemsTakeSeveralPages() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(8);
        }
        String text = VisitReportPdfTest.text(pdf);
        assertThat(text).contains("10.20", "Mục kiểm tra số 10.20", "Lê Văn Miều");
    }

    @Test
    void everyPageOfTheResultsTableStartsWithItsHeaderRow() {
        Map<Integer, List<Placed>> byPage = placed.stream().collect(Collectors.groupingBy(Placed::page));
        List<Integer> tablePages = new ArrayList<>();
        for (Map.Entry<Integer, List<Placed>> page : byPage.entrySet()) {
            List<Placed> rows = page.getValue().stream().filter(p -> p.text().startsWith("Mục kiểm tra số")).toList();
            if (rows.isEmpty()) {
                continue;
            }
            tablePages.add(page.getKey());
            Placed header = page.getValue().stream()
                    .filter(p -> p.text().contains(ReportWording.COL_CONTENT)).findFirst()
                    .orElseThrow(() -> new AssertionError("no header row on page " + page.getKey()));
            assertThat(rows).allSatisfy(row -> assertThat(row.y()).isGreaterThan(header.y()));
        }
        assertThat(tablePages.size()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void nothingIsOutsideTheMargins() throws IOException {
        VisitReportPdfTest.assertWithinMargins(pdf);
    }

    @Test
    void theSignaturesStayWithTheClosingLine() {
        int closing = VisitReportPdfTest.find(placed, "Biên bản kết thúc").page();
        int lead = VisitReportPdfTest.find(placed, ReportWording.SIGN_LEAD).page();
        int recipients = VisitReportPdfTest.find(placed, ReportWording.RECIPIENTS).page();
        assertThat(lead).isEqualTo(closing);
        assertThat(recipients).isEqualTo(closing);
    }

    @Test
    void aSecretarySignsOnASecondRow() throws IOException {
        VisitReportModel model = LongReports.model(1, 3);
        String text = VisitReportPdfTest.text(VisitReportPdf.toBytes(model));
        assertThat(text).contains(ReportWording.SIGN_SECRETARY, "Nguyễn Thị Thư");
    }
}
