package org.parcheck.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The warm-up a cold PDF command runs beside opening the data (#18 §2). */
class PdfWarmUpTest {

    @Test
    void parsesEveryStyleTheReportsDrawWith() {
        assertThat(PdfWarmUp.run()).isEqualTo(4);
        for (int style = 0; style < ReportFonts.styles(); style++) {
            assertThat(ReportFonts.isParsed(style)).as("style %d parsed", style).isTrue();
        }
    }
}
