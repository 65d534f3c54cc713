package org.parcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.answering.Answer;
import org.parcheck.app.AppServices;
import org.parcheck.report.pdf.VisitReportPdf;
import org.parcheck.scoring.explain.Explanation;
import org.parcheck.scoring.explain.ExplanationCode;
import org.parcheck.scoring.explain.ExplanationFormatter;

/**
 * Issue #16 §1: points are printed the same way in the biên bản and the plan summary as on screen, whole or with
 * two decimals ("0,75", "1,50"), never "−0"; messages with ranges use the decimal comma ("0–1,5").
 */
class ReportPointsTest {

    /** Printed points: "12", "1.200", "0,75", "−0,50"; or a status in words. */
    private static final String POINTS = "−?\\d{1,3}(\\.\\d{3})*(,\\d\\d)?";

    @TempDir
    Path dataDir;
    private AppServices services;
    private long visitId;

    @BeforeEach
    void setUp() {
        services = AppServices.open(dataDir);
        visitId = SeedReports.haLangVisitId(services);
        services.answerService().saveAnswer(visitId, Answer.empty("1.3.2").withValue("B"));
        services.answerService().saveAnswer(visitId, Answer.empty("1.6").withValue("0"));
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    @Test
    void theBienBanPrintsPointsWholeOrWithTwoDecimals() throws Exception {
        VisitReportModel model = services.visitReports().model(visitId, VisitReportOptions.defaults());
        List<VisitReportModel.Item> items = model.areas().stream().flatMap(a -> a.items().stream()).toList();
        VisitReportModel.Item partly = items.stream().filter(i -> i.code().equals("1.3.2")).findFirst().orElseThrow();
        assertThat(partly.score()).isEqualTo("0,75");
        assertThat(partly.max()).isEqualTo("1,50");
        VisitReportModel.Item late = items.stream().filter(i -> i.code().equals("1.6")).findFirst().orElseThrow();
        assertThat(late.score()).isEqualTo("0");
        assertThat(items).allSatisfy(i -> {
            assertThat(i.max()).matches(POINTS);
            assertThat(i.score()).satisfiesAnyOf(s -> assertThat(s).matches(POINTS),
                    s -> assertThat(s).matches("\\D.*"));
        });
        assertThat(model.areas()).allSatisfy(a -> assertThat(Stream.of(a.achieved(), a.max())).allMatch(
                s -> s.matches(POINTS)));

        String text;
        try (PDDocument document = Loader.loadPDF(VisitReportPdf.toBytes(model))) {
            text = new PDFTextStripper().getText(document);
        }
        assertThat(text).contains("0,75", "1,50").doesNotContain("−0 ");
    }

    @Test
    void thePlanSummaryPrintsTotalsTheSameWay() {
        long planId = services.planService().overviews().get(0).plan().id();
        PlanSummaryModel model = services.planSummaries().model(planId);
        assertThat(model.visits()).isNotEmpty().allSatisfy(v -> assertThat(v.totalText())
                .matches("—|" + POINTS + " / " + POINTS));
    }

    @Test
    void rangesInMessagesUseTheDecimalComma() {
        Explanation outOfRange = Explanation.of(ExplanationCode.INVALID_MANUAL_RANGE, new BigDecimal("2"),
                new BigDecimal("1.5"));
        assertThat(new ExplanationFormatter(Locale.forLanguageTag("vi")).format(outOfRange)).contains("0–1,5");
        assertThat(new ExplanationFormatter(Locale.ENGLISH).format(outOfRange)).contains("0–1.5");
        assertThat(new ExplanationFormatter(Locale.forLanguageTag("vi")).points(new BigDecimal("0.7")))
                .isEqualTo("0,70");
    }
}
