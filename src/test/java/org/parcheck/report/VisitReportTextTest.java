package org.parcheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The wording rules of the biên bản (#16 §6) and its default file names. */
class VisitReportTextTest {

    @Test
    void aListEndsWithAFullStopAndItsOtherLinesWithASemicolon() {
        assertThat(VisitReportText.listLines(List.of("Một;", "Hai.", " ", "Ba,", "Bốn"))).containsExactly("Một;",
                "Hai;", "Ba;", "Bốn.");
        assertThat(VisitReportText.listLines(List.of("Chỉ một;"))).containsExactly("Chỉ một.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Trả lời "Có"                  | Trả lời “Có”
            "Một cửa" và "liên thông"      | “Một cửa” và “liên thông”
            (“x”) và ("y")                 | (“x”) và (“y”)
            không có ngoặc                 | không có ngoặc
            """)
    void asciiQuotesBecomeTypographic(String typed, String printed) {
        assertEquals(printed, VisitReportText.quotes(typed));
    }

    @Test
    void itemCodesSortNaturally() {
        List<String> codes = new java.util.ArrayList<>(List.of("5.1.1", "1.10", "4.1.1", "1.2", "2", "2.1.1"));
        codes.sort(VisitResultsText::compareCodes);
        assertThat(codes).containsExactly("1.2", "1.10", "2", "2.1.1", "4.1.1", "5.1.1");
    }

    @Test
    void thePlanIsCitedWithItsDate() {
        assertEquals("Kế hoạch số 215/KH-UBND ngày 15/01/2026 của UBND tỉnh Cao Bằng",
                VisitReportText.planCitation("215/KH-UBND", LocalDate.of(2026, 1, 15), "UBND tỉnh Cao Bằng"));
    }

    @Test
    void aUnitsNameIsKeptTogether() {
        assertEquals("UBND\u00A0xã\u00A0Hạ\u00A0Quang", VisitReportText.keepTogether("UBND xã Hạ Quang"));
    }

    @Test
    void notApplicableWithAndWithoutAReason() {
        assertEquals("Không áp dụng: Đơn vị chưa được giao", VisitReportText.notApplicable(" Đơn vị chưa được giao "));
        assertEquals("Không áp dụng", VisitReportText.notApplicable(" "));
    }

    @Test
    void defaultFileNamesCarryThePlanTheUnitAndTheYearAndArePortable() {
        assertEquals("BB_215-KH-UBND_Xa-Ha-Quang_2026.pdf",
                ReportFileNames.visitReport("215/KH-UBND", "xã Hạ Quang", 2026, "pdf"));
        assertEquals("BB_215-KH-UBND_Dac-Khu-Bach-Long-Vi_2026.docx",
                ReportFileNames.visitReport("215/KH-UBND", "đặc khu Bạch Long Vĩ", 2026, "docx"));
        assertEquals("BC_215-KH-UBND_2026.pdf", ReportFileNames.planSummary("215/KH-UBND", 2026, "pdf"));
        assertEquals("KQ_215-KH-UBND_2026.xlsx", ReportFileNames.resultsWorkbook("215/KH-UBND", 2026));
        assertThat(ReportFileNames.visitReport("12/KH:UBND*?", "a/b\\c", 2026, "pdf")).doesNotContain("/", ":",
                "\\", "*", "?");
    }
}
