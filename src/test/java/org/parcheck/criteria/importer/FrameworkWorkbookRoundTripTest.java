package org.parcheck.criteria.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parcheck.criteria.importer.Fixtures.n;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.criteria.CriteriaItem;
import org.parcheck.criteria.FrameworkContent;
import org.parcheck.criteria.FrameworkHeader;
import org.parcheck.criteria.FrameworkVersion;
import org.parcheck.scoring.NodeKind;
import org.parcheck.scoring.rules.RuleType;
import org.parcheck.scoring.rules.YesNoRule;

class FrameworkWorkbookRoundTripTest {

    @Test
    void exportThenImportGivesBackTheSameFramework() {
        WorkbookFramework original = Fixtures.framework();

        ImportResult result = Fixtures.read(Fixtures.export(original));

        assertThat(result).isInstanceOf(ImportResult.Imported.class);
        assertThat(result.warnings()).isEmpty();
        WorkbookFramework back = ((ImportResult.Imported) result).framework();
        assertThat(back).isEqualTo(ContentNormaliser.normalise(original));
        assertThat(back.content().areas().get(0).maxPoints()).isEqualByComparingTo("6");
        assertThat(back.content().bonusCap()).isEqualByComparingTo("5");
        assertThat(back.content().deductionCap()).isEqualByComparingTo("3.5");
    }

    @Test
    void theFixtureUsesEveryRuleType() {
        Set<RuleType> used = new java.util.HashSet<>();
        for (CriteriaItem item : Fixtures.content().leaves()) {
            used.add(item.rule().type());
        }
        assertThat(used).containsExactlyInAnyOrder(RuleType.values());
    }

    @Test
    void aCanonicalFrameworkComesBackEqualToItself() {
        WorkbookFramework canonical = ContentNormaliser.normalise(Fixtures.framework());

        assertThat(Fixtures.imported(Fixtures.export(canonical))).isEqualTo(canonical);
    }

    @Test
    void writesAStoredVersionAndReadsItFromAFile(@TempDir Path dir) throws IOException {
        FrameworkHeader header = FrameworkHeader.create("Bộ tiêu chí cấp xã", null, Set.of(), true);
        FrameworkVersion version = FrameworkVersion.draft(1, null, null);
        Path file = dir.resolve("bo-tieu-chi.xlsx");
        try (var out = Files.newOutputStream(file)) {
            FrameworkWorkbook.write(header, version, Fixtures.content(), out);
        }

        ImportResult result = FrameworkWorkbook.read(file);

        WorkbookFramework back = ((ImportResult.Imported) result).framework();
        assertThat(back.name()).isEqualTo("Bộ tiêu chí cấp xã");
        assertThat(back.description()).isNull();
        assertThat(back.year()).isNull();
        assertThat(back.targets()).isEmpty();
        assertThat(back.content()).isEqualTo(ContentNormaliser.normalise(Fixtures.content()));
    }

    @Test
    void theExportIsReadableByAnOfficeWorker() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(Fixtures.export(
                Fixtures.framework())))) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names).containsExactly("Thông tin", "Tiêu chí", "Số liệu", "Ràng buộc", "Xếp loại");

            Sheet items = workbook.getSheet("Tiêu chí");
            Cell header = items.getRow(0).getCell(0);
            assertThat(header.getStringCellValue()).isEqualTo("Mã");
            assertThat(workbook.getFontAt(header.getCellStyle().getFontIndex()).getBold()).isTrue();
            PaneInformation pane = items.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(items.getColumnWidth(3)).isEqualTo(50 * 256);
            assertThat(items.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Điểm tối đa");

            // codes stay text, so that 3.10 is not shown as 3.1; points are numbers
            Cell code = items.getRow(16).getCell(0);
            assertThat(code.getCellType()).isEqualTo(CellType.STRING);
            assertThat(code.getStringCellValue()).isEqualTo("3.10");
            assertThat(items.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(6.0);
            // rule parameters are readable words and mini-syntaxes with a decimal comma
            assertThat(items.getRow(9).getCell(5).getStringCellValue()).isEqualTo("Ngưỡng theo tỷ lệ");
            assertThat(items.getRow(9).getCell(11).getStringCellValue()).isEqualTo("98:2; 95:1,5; 80:0,5; 0:0");
            assertThat(items.getRow(4).getCell(13).getStringCellValue())
                    .isEqualTo("A=3 (Đầy đủ; đúng hạn); B=1,5 (Một phần); C=0");
            assertThat(items.getDataValidations()).isNotEmpty();

            Sheet settings = workbook.getSheet("Thông tin");
            assertThat(settings.getRow(1).getCell(1).getStringCellValue())
                    .isEqualTo("Bộ tiêu chí cấp huyện (dữ liệu mẫu)");
            assertThat(settings.getRow(3).getCell(1).getStringCellValue()).isEqualTo("huyện; thị xã");
        }
    }

    @Test
    void aTopLevelAreaWhoseCodeHasADotSurvives() {
        CriteriaItem areaA = CriteriaItem.inner(NodeKind.AREA, "A", "Lĩnh vực A", n("1"), List.of(
                CriteriaItem.leaf(NodeKind.CRITERION, "A.1", "Tiêu chí A.1", n("1"), new YesNoRule(false))));
        CriteriaItem areaA1 = CriteriaItem.inner(NodeKind.AREA, "A.1.x", "Lĩnh vực có dấu chấm", n("1"), List.of(
                CriteriaItem.leaf(NodeKind.CRITERION, "B", "Tiêu chí B dưới A.1.x", n("1"), new YesNoRule(false))));
        FrameworkContent content = Fixtures.content().withAreas(List.of(areaA, areaA1));
        WorkbookFramework framework = new WorkbookFramework("Tên", null, Set.of(), null, null, content);

        assertThat(Fixtures.imported(Fixtures.export(framework)).content().areas())
                .isEqualTo(ContentNormaliser.normalise(content).areas());
    }

    @Test
    void tenThousandItemRowsImport() {
        List<CriteriaItem> areas = new ArrayList<>();
        for (int a = 1; a <= 10; a++) {
            List<CriteriaItem> criteria = new ArrayList<>();
            for (int c = 1; c <= 100; c++) {
                List<CriteriaItem> subs = new ArrayList<>();
                for (int s = 1; s <= 9; s++) {
                    subs.add(CriteriaItem.leaf(NodeKind.SUB_CRITERION, a + "." + c + "." + s,
                            "Tiêu chí thành phần số " + s, n("0.5"), new YesNoRule(false)));
                }
                criteria.add(CriteriaItem.inner(NodeKind.CRITERION, a + "." + c, "Tiêu chí " + c, n("4.5"), subs));
            }
            areas.add(CriteriaItem.inner(NodeKind.AREA, String.valueOf(a), "Lĩnh vực " + a, n("450"), criteria));
        }
        FrameworkContent content = Fixtures.content().withAreas(areas);
        WorkbookFramework framework = new WorkbookFramework("Bộ lớn", null, Set.of(), 2025, null, content);

        WorkbookFramework back = Fixtures.imported(Fixtures.export(framework));

        assertThat(back.content().allItems()).hasSize(10 + 1_000 + 9_000);
        assertThat(back.content().leaves()).hasSize(9_000);
        assertThat(back).isEqualTo(ContentNormaliser.normalise(framework));
    }
}
