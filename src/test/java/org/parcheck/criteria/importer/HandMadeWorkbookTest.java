package org.parcheck.criteria.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.parcheck.common.domain.UnitType;
import org.parcheck.criteria.CriteriaItem;
import org.parcheck.scoring.Band;
import org.parcheck.scoring.ConstraintType;
import org.parcheck.scoring.FigureDef;
import org.parcheck.scoring.NodeKind;
import org.parcheck.scoring.rules.BandValue;
import org.parcheck.scoring.rules.NumberKind;
import org.parcheck.scoring.rules.RatioBandsRule;
import org.parcheck.scoring.rules.Threshold;
import org.parcheck.scoring.rules.YesNoRule;

/**
 * A workbook typed by an office worker rather than exported: a title above the table, columns in another order
 * and partly in English, optional columns left out, decomposed Vietnamese, trailing spaces, blank rows, decimal
 * commas in text, words without diacritics, English codes and percent-formatted cells.
 */
class HandMadeWorkbookTest {

    private static String nfd(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD);
    }

    private static void row(XSSFSheet sheet, int index, Object... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value instanceof Number number) {
                row.createCell(i).setCellValue(number.doubleValue());
            } else if (value != null) {
                row.createCell(i).setCellValue(value.toString());
            }
        }
    }

    private static byte[] handMade() {
        XSSFWorkbook w = new XSSFWorkbook();
        XSSFSheet settings = w.createSheet("thong tin");
        row(settings, 0, nfd("BỘ TIÊU CHÍ ĐÁNH GIÁ CẢI CÁCH HÀNH CHÍNH CẤP XÃ"));
        row(settings, 2, "Thông số", "Giá trị");
        row(settings, 3, nfd("Tên bộ tiêu chí"), nfd("Bộ tiêu chí cấp xã  ") + "\u00A0");
        row(settings, 4, "Năm", "2025");
        row(settings, 5, nfd("Đối tượng áp dụng"), "xa, PHUONG");
        row(settings, 7, "Bonus cap", "2,5");
        row(settings, 8, nfd("Điểm con cộng đủ điểm cha"), "khong");

        XSSFSheet items = w.createSheet("Tiêu chí");
        row(items, 0, "Code", "Title", "Max points", "Rule type", "Thresholds", nfd("Tử số"), nfd("Mẫu số"),
                "Ghi chú riêng");
        row(items, 1, "1", nfd("Cải cách thủ tục hành chính "), "4,5", null, null, null, null, "không đọc");
        row(items, 2);
        row(items, 3, " 1.1", nfd("Niêm yết công khai thủ tục"), 2, "co/khong");
        row(items, 4, "   ", "", null, "");
        row(items, 5, "1.2", nfd("Tỷ lệ hồ sơ đúng hạn"), 2.5, "RATIO_BANDS", "≥95%: 2,5 ; 80% : 1.5; 0:0",
                "onTime ", "resolved");

        XSSFSheet figures = w.createSheet("So lieu");
        row(figures, 0, nfd("Mã"), nfd("Tên số liệu"));
        row(figures, 1, "onTime", nfd("Hồ sơ đúng hạn"));
        row(figures, 3, "resolved", nfd("Hồ sơ đã giải quyết"));

        XSSFSheet constraints = w.createSheet("RÀNG BUỘC");
        row(constraints, 0, "Loại ràng buộc", "Số liệu thành phần", "Số liệu tổng");
        row(constraints, 1, "khong vuot qua", "onTime", "resolved");

        XSSFSheet bands = w.createSheet("Xếp loại");
        row(bands, 0, "Mã", "Tên tiếng Việt", "Từ (%)");
        row(bands, 1, "TOT", nfd("Tốt"), 0.9);
        CellStyle percent = w.createCellStyle();
        percent.setDataFormat(w.createDataFormat().getFormat("0%"));
        bands.getRow(1).getCell(2).setCellStyle(percent);
        row(bands, 2, "KHA", nfd("Khá"), "80%");
        row(bands, 3, "YEU", nfd("Yếu"), "0");
        return Fixtures.bytes(w);
    }

    @Test
    void importsWhatTheOfficeWorkerMeant() {
        ImportResult result = Fixtures.read(handMade());

        assertThat(result).isInstanceOf(ImportResult.Imported.class);
        WorkbookFramework f = ((ImportResult.Imported) result).framework();
        assertThat(f.name()).isEqualTo("Bộ tiêu chí cấp xã");
        assertThat(Normalizer.isNormalized(f.name(), Normalizer.Form.NFC)).isTrue();
        assertThat(f.year()).isEqualTo(2025);
        assertThat(f.targets()).containsExactlyInAnyOrder(UnitType.COMMUNE, UnitType.WARD);
        assertThat(f.content().bonusCap()).isEqualByComparingTo("2.5");
        assertThat(f.content().deductionCap()).isNull();
        assertThat(f.content().pointsMustSum()).isFalse();

        CriteriaItem area = f.content().areas().get(0);
        assertThat(area.kind()).isEqualTo(NodeKind.AREA);
        assertThat(area.title()).isEqualTo("Cải cách thủ tục hành chính");
        assertThat(area.maxPoints()).isEqualTo(new BigDecimal("4.5"));
        assertThat(area.children()).extracting(CriteriaItem::code).containsExactly("1.1", "1.2");
        CriteriaItem yesNo = area.children().get(0);
        assertThat(yesNo.kind()).isEqualTo(NodeKind.CRITERION);
        assertThat(yesNo.title()).isEqualTo("Niêm yết công khai thủ tục");
        assertThat(yesNo.rule()).isEqualTo(new YesNoRule(false));
        assertThat(area.children().get(1).rule()).isEqualTo(new RatioBandsRule("onTime", "resolved",
                BandValue.POINTS, List.of(Threshold.of("0", "0"), Threshold.of("80", "1.5"),
                Threshold.of("95", "2.5"))));

        assertThat(f.content().figures()).containsExactly(
                new FigureDef("onTime", "Hồ sơ đúng hạn", null, NumberKind.COUNT),
                new FigureDef("resolved", "Hồ sơ đã giải quyết", null, NumberKind.COUNT));
        assertThat(f.content().constraints().get(0).type()).isEqualTo(ConstraintType.PART_OF);
        assertThat(f.content().bands()).containsExactly(
                new Band("TOT", "Tốt", null, new BigDecimal("90")),
                new Band("KHA", "Khá", null, new BigDecimal("80")),
                new Band("YEU", "Yếu", null, BigDecimal.ZERO));
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void decomposedCodesAndWordsAreMatchedAfterNormalising() {
        byte[] bytes = Fixtures.edited(w -> {
            w.getSheet("Tiêu chí").getRow(2).getCell(5).setCellValue(nfd("Có/Không"));
            w.getSheet("Tiêu chí").getRow(2).getCell(3).setCellValue(nfd("Ban hành kế hoạch CCHC năm đúng hạn"));
        });

        assertThat(Fixtures.imported(bytes)).isEqualTo(ContentNormaliser.normalise(Fixtures.framework()));
    }

    @Test
    void aSheetWithOnlyItsHeaderIsEmpty() {
        byte[] bytes = Fixtures.edited(w -> {
            XSSFSheet constraints = w.getSheet("Ràng buộc");
            for (int r = constraints.getLastRowNum(); r >= 1; r--) {
                constraints.removeRow(constraints.getRow(r));
            }
        });

        assertThat(Fixtures.imported(bytes).content().constraints()).isEmpty();
        assertThat(Set.copyOf(Fixtures.imported(bytes).content().figures()))
                .isEqualTo(Set.copyOf(Fixtures.content().figures()));
    }
}
