package org.parcheck.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.answering.audit.FinalisedVisits;
import org.parcheck.app.AppServices;
import org.parcheck.report.SeedReports;
import org.parcheck.report.VisitReportModel;
import org.parcheck.report.VisitReportOptions;
import org.parcheck.report.docx.VisitReportDocx;

/** The visit report prints the content fingerprint of a finalised visit on its last page, and none before. */
class VisitReportFingerprintTest {

    @TempDir
    Path dataDir;
    private AppServices services;
    private long visitId;

    @BeforeEach
    void open() {
        services = AppServices.open(dataDir);
        visitId = SeedReports.haLangVisitId(services);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void aFinalisedVisitsReportEndsWithItsFingerprint() throws IOException {
        VisitReportModel draft = services.visitReports().model(visitId, VisitReportOptions.defaults());
        assertNull(draft.fingerprint());
        assertThat(text(VisitReportPdf.toBytes(draft), false)).doesNotContain("Mã xác thực");

        FinalisedVisits.completeAndFinalise(services.answerService(), visitId);
        String fingerprint = services.answerService().fingerprint(visitId).orElseThrow().sha256();
        VisitReportModel model = services.visitReports().model(visitId, VisitReportOptions.defaults());
        byte[] pdf = VisitReportPdf.toBytes(model);
        SeedReports.keep("seed-visit-finalised.pdf", pdf);
        assertThat(model.fingerprint()).isEqualTo(fingerprint);
        assertThat(text(pdf, true)).contains("Mã xác thực nội dung (SHA-256): " + fingerprint);
        assertThat(text(pdf, false)).containsOnlyOnce(fingerprint);
        assertThat(docxText(VisitReportDocx.toBytes(draft))).doesNotContain("Mã xác thực");
        assertThat(docxText(VisitReportDocx.toBytes(model)))
                .containsOnlyOnce("Mã xác thực nội dung (SHA-256): " + fingerprint);
    }

    private static String docxText(byte[] bytes) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }

    /** The text of the whole report, or of its last page only. */
    private static String text(byte[] bytes, boolean lastPageOnly) throws IOException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            if (lastPageOnly) {
                stripper.setStartPage(document.getNumberOfPages());
            }
            return stripper.getText(document);
        }
    }
}
