package org.parcheck.criteria.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.parcheck.scoring.explain.Explanation;
import org.parcheck.scoring.explain.ExplanationCode;

/**
 * Problems inside a workbook, each at its exact sheet, row and column; a file with any problem imports nothing.
 * Row numbers of the fixture's items are listed in {@link Fixtures}; columns: A Mã, B Mã cha, D Tên tiêu chí,
 * E Điểm tối đa, F Cách chấm, G Tử số, L Ngưỡng, N Phương án.
 */
class CellProblemsTest {

    private static Cell cell(XSSFWorkbook workbook, String sheet, String address) {
        var ref = new org.apache.poi.ss.util.CellReference(address);
        Sheet s = workbook.getSheet(sheet);
        var row = s.getRow(ref.getRow()) == null ? s.createRow(ref.getRow()) : s.getRow(ref.getRow());
        return row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol());
    }

    private static byte[] withCell(String sheet, String address, Object value) {
        return Fixtures.edited(w -> {
            Cell cell = cell(w, sheet, address);
            if (value == null) {
                cell.setBlank();
            } else if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else {
                cell.setCellValue(value.toString());
            }
        });
    }

    private static List<String> summary(byte[] bytes) {
        return Fixtures.summary(Fixtures.problems(bytes));
    }

    @Test
    void missingSheetsAreNamed() {
        byte[] bytes = Fixtures.edited(w -> {
            w.removeSheetAt(w.getSheetIndex("Xếp loại"));
            w.removeSheetAt(w.getSheetIndex("Số liệu"));
        });

        assertThat(summary(bytes)).containsExactly("Số liệu MISSING_SHEET", "Xếp loại MISSING_SHEET");
    }

    @Test
    void aMissingColumnIsNamedAtTheHeaderRow() {
        byte[] bytes = withCell("Tiêu chí", "E1", null);

        List<ImportProblem> problems = Fixtures.problems(bytes);

        assertThat(Fixtures.summary(problems)).containsExactly("Tiêu chí!1 [Điểm tối đa] MISSING_COLUMN");
        assertThat(problems.get(0).args()).containsExactly("Điểm tối đa");
    }

    @Test
    void aDuplicateColumnIsReported() {
        assertThat(summary(withCell("Tiêu chí", "W1", "Tên tiêu chí")))
                .containsExactly("Tiêu chí!W1 [Tên tiêu chí] DUPLICATE_COLUMN");
    }

    @Test
    void textWhereANumberBelongs() {
        List<ImportProblem> problems = Fixtures.problems(withCell("Tiêu chí", "E10", "hai điểm"));

        assertThat(Fixtures.summary(problems)).containsExactly("Tiêu chí!E10 [Điểm tối đa] NOT_A_NUMBER");
        assertThat(problems.get(0).args()).containsExactly("hai điểm");
    }

    @Test
    void negativePointsAndCaps() {
        byte[] bytes = Fixtures.edit(withCell("Tiêu chí", "E11", -1.5), w -> cell(w, "Thông tin", "B7")
                .setCellValue("-5"));

        assertThat(summary(bytes)).containsExactly("Thông tin!B7 [Giá trị] NEGATIVE",
                "Tiêu chí!E11 [Điểm tối đa] NEGATIVE");
    }

    @Test
    void anEmptyRequiredCell() {
        assertThat(summary(withCell("Tiêu chí", "D3", "   "))).containsExactly("Tiêu chí!D3 [Tên tiêu chí] REQUIRED");
    }

    @Test
    void anUnknownRuleTypeListsTheAcceptedWords() {
        List<ImportProblem> problems = Fixtures.problems(withCell("Tiêu chí", "F3", "Chấm tự do"));

        assertThat(Fixtures.summary(problems)).containsExactly("Tiêu chí!F3 [Cách chấm] UNKNOWN_WORD");
        assertThat(problems.get(0).args().get(0)).isEqualTo("Chấm tự do");
        assertThat((String) problems.get(0).args().get(1)).contains("Có/Không (YES_NO)", "Điểm trừ (DEDUCTION)");
    }

    @Test
    void anUnknownFigureInARuleOrAConstraint() {
        byte[] bytes = Fixtures.edit(withCell("Tiêu chí", "G10", "ontime"),
                w -> cell(w, "Ràng buộc", "C2").setCellValue("nhận"));

        assertThat(summary(bytes)).containsExactly("Tiêu chí!G10 [Tử số] UNKNOWN_FIGURE",
                "Ràng buộc!C2 [Số liệu tổng] UNKNOWN_FIGURE");
    }

    @Test
    void badThresholdSyntaxNamesThePart() {
        List<ImportProblem> problems = Fixtures.problems(withCell("Tiêu chí", "L10", "98-2; 95:1,5"));

        assertThat(Fixtures.summary(problems)).containsExactly("Tiêu chí!L10 [Ngưỡng] BAD_THRESHOLDS");
        assertThat(problems.get(0).args()).containsExactly("98-2");
    }

    @Test
    void badOptionSyntax() {
        assertThat(summary(withCell("Tiêu chí", "N5", "A=3 (Đầy đủ; B=1")))
                .containsExactly("Tiêu chí!N5 [Phương án] BAD_OPTIONS");
    }

    @Test
    void aMissingRuleParameter() {
        assertThat(summary(withCell("Tiêu chí", "O6", null)))
                .containsExactly("Tiêu chí!O6 [Điểm mỗi lần] REQUIRED");
    }

    @Test
    void duplicateCodesPointAtTheFirstUse() {
        List<ImportProblem> problems = Fixtures.problems(Fixtures.edit(withCell("Tiêu chí", "A4", "1.1"),
                w -> cell(w, "Số liệu", "A8").setCellValue("received")));

        assertThat(Fixtures.summary(problems)).containsExactly("Tiêu chí!A4 [Mã] DUPLICATE_CODE",
                "Số liệu!A8 [Mã] DUPLICATE_CODE");
        assertThat(problems.get(0).args()).containsExactly("1.1", 3);
    }

    @Test
    void parentsMustExistAndComeFirst() {
        byte[] bytes = Fixtures.edit(withCell("Tiêu chí", "B3", "9"), w -> cell(w, "Tiêu chí", "B4").setCellValue("2"));

        List<ImportProblem> problems = Fixtures.problems(bytes);

        assertThat(Fixtures.summary(problems)).containsExactly("Tiêu chí!B3 [Mã cha] UNKNOWN_PARENT",
                "Tiêu chí!B4 [Mã cha] PARENT_BELOW");
        assertThat(problems.get(1).args()).containsExactly("2", 8);
    }

    @Test
    void aWrongYearAndAnUnknownSetting() {
        byte[] bytes = Fixtures.edit(withCell("Thông tin", "B5", "2025,5"),
                w -> cell(w, "Thông tin", "A10").setCellValue("Người soạn"));

        assertThat(summary(bytes)).containsExactly("Thông tin!B5 [Giá trị] NOT_A_WHOLE_NUMBER",
                "Thông tin!A10 [Thông số] UNKNOWN_SETTING");
    }

    @Test
    void aMissingNameSetting() {
        byte[] bytes = Fixtures.edited(w -> w.getSheet("Thông tin").removeRow(w.getSheet("Thông tin").getRow(1)));

        assertThat(summary(bytes)).containsExactly("Thông tin MISSING_SETTING");
    }

    @Test
    void theEnginesDefinitionErrorsRejectTheFileAtTheirCell() {
        List<ImportProblem> problems = Fixtures.problems(withCell("Tiêu chí", "L10", "98:1; 98:2"));

        assertThat(Fixtures.summary(problems)).containsExactly("Tiêu chí!L10 [Ngưỡng] DEFINITION");
        assertThat(problems.get(0).args().get(0)).isEqualTo("2.1.1");
        assertThat(((Explanation) problems.get(0).args().get(1)).is(ExplanationCode.DEF_THRESHOLDS_ORDER)).isTrue();
    }

    @Test
    void definitionWarningsDoNotBlockTheImport() {
        ImportResult result = Fixtures.read(withCell("Tiêu chí", "E9", 7));

        assertThat(result).isInstanceOf(ImportResult.Imported.class);
        assertThat(Fixtures.summary(result.warnings())).containsExactly("Tiêu chí!E8 [Điểm tối đa] DEFINITION",
                "Tiêu chí!E9 [Điểm tối đa] DEFINITION");
    }

    @Test
    void aParameterTheRuleDoesNotUseIsAWarning() {
        ImportResult result = Fixtures.read(withCell("Tiêu chí", "L3", "95:1"));

        assertThat(result).isInstanceOf(ImportResult.Imported.class);
        assertThat(Fixtures.summary(result.warnings())).containsExactly("Tiêu chí!L3 [Ngưỡng] PARAMETER_IGNORED");
    }

    @Test
    void mergedCellsReadTheTopLeftValueInEveryCell() {
        byte[] bytes = Fixtures.edited(w -> {
            cell(w, "Tiêu chí", "F14").setBlank();
            w.getSheet("Tiêu chí").addMergedRegion(CellRangeAddress.valueOf("F13:F14"));
        });

        ImportResult result = Fixtures.read(bytes);

        assertThat(result).isInstanceOf(ImportResult.Imported.class);
        assertThat(((ImportResult.Imported) result).framework())
                .isEqualTo(ContentNormaliser.normalise(Fixtures.framework()));
        assertThat(Fixtures.summary(result.warnings())).containsExactly("Tiêu chí!F13 MERGED_CELLS");
        assertThat(result.warnings().get(0).args()).containsExactly("F13:F14");
    }

    @Test
    void mergedCodeCellsBecomeDuplicateCodes() {
        byte[] bytes = Fixtures.edited(w -> {
            cell(w, "Tiêu chí", "A3").setBlank();
            w.getSheet("Tiêu chí").addMergedRegion(CellRangeAddress.valueOf("A2:A3"));
        });

        assertThat(summary(bytes)).containsExactly("Tiêu chí!A3 [Mã] DUPLICATE_CODE");
    }

    @Test
    void aFormulaGivesItsSavedValue() {
        byte[] bytes = Fixtures.edited(w -> {
            Cell cell = cell(w, "Tiêu chí", "E17");
            cell.setBlank();
            cell.setCellFormula("0.25*4");
            w.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(cell);
        });

        assertThat(Fixtures.imported(bytes)).isEqualTo(ContentNormaliser.normalise(Fixtures.framework()));
    }

    @Test
    void aFormulaWithoutASavedValueIsReported() {
        byte[] bytes = Fixtures.edited(w -> {
            Cell cell = cell(w, "Tiêu chí", "E17");
            cell.setBlank();
            cell.setCellFormula("0.5+0.5");
        });

        List<ImportProblem> problems = Fixtures.problems(bytes);

        assertThat(Fixtures.summary(problems)).containsExactly("Tiêu chí!E17 [Điểm tối đa] FORMULA_WITHOUT_VALUE");
        assertThat(problems.get(0).args()).containsExactly("=0.5+0.5");
    }

    @Test
    void aFormulaShowingAnErrorIsReported() {
        byte[] bytes = Fixtures.edited(w -> {
            Cell cell = cell(w, "Tiêu chí", "E17");
            cell.setBlank();
            cell.setCellFormula("1/0");
            w.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(cell);
        });

        List<ImportProblem> problems = Fixtures.problems(bytes);

        assertThat(Fixtures.summary(problems)).containsExactly("Tiêu chí!E17 [Điểm tối đa] CELL_ERROR");
        assertThat(problems.get(0).args()).containsExactly("#DIV/0!");
    }

    @Test
    void everyProblemIsReportedAndNothingIsImported() {
        byte[] bytes = Fixtures.edit(Fixtures.edit(withCell("Xếp loại", "D3", "tám mươi"),
                w -> cell(w, "Tiêu chí", "F5").setCellValue("???")), w -> cell(w, "Thông tin", "B4")
                .setCellValue("huyện; tỉnh thành"));

        ImportResult result = Fixtures.read(bytes);

        assertThat(result).isInstanceOf(ImportResult.Rejected.class);
        assertThat(Fixtures.summary(((ImportResult.Rejected) result).problems())).containsExactly(
                "Thông tin!B4 [Giá trị] UNKNOWN_WORD",
                "Tiêu chí!F5 [Cách chấm] UNKNOWN_WORD",
                "Xếp loại!D3 [Từ (%)] NOT_A_NUMBER");
    }

    /** #16 §7: one warning naming the range, and the columns under it still read (not 32 "must not be empty"). */
    @Test
    void aMergedHeaderCellGivesOneWarningAndItsColumnsAreStillRead() {
        byte[] bytes = Fixtures.edited(w -> {
            cell(w, "Tiêu chí", "H1").setBlank(); // as Excel leaves it: only the first cell keeps its text
            w.getSheet("Tiêu chí").addMergedRegion(CellRangeAddress.valueOf("G1:H1"));
        });

        ImportResult result = Fixtures.read(bytes);

        assertThat(result).isInstanceOf(ImportResult.Imported.class);
        assertThat(((ImportResult.Imported) result).framework())
                .isEqualTo(ContentNormaliser.normalise(Fixtures.framework()));
        assertThat(Fixtures.summary(result.warnings())).containsExactly("Tiêu chí!G1 MERGED_HEADER");
        assertThat(result.warnings().get(0).args()).containsExactly("G1:H1", "G “Tử số”, H “Mẫu số”");
    }

    /** #16 §7: points that fall as the threshold rises (98 % earning less than 95 %) stop the import. */
    @Test
    void pointsFallingAsTheThresholdRisesRejectTheFile() {
        List<ImportProblem> problems = Fixtures.problems(withCell("Tiêu chí", "L10", "0:0; 80:0,5; 95:2; 98:1,5"));

        assertThat(Fixtures.summary(problems)).containsExactly("Tiêu chí!L10 [Ngưỡng] DEFINITION");
        assertThat(((Explanation) problems.get(0).args().get(1)).is(ExplanationCode.DEF_POINTS_DECREASE)).isTrue();
    }
}
