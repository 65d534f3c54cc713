package org.parcheck.plan.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.common.domain.UnitType;
import org.parcheck.persistence.Database;
import org.parcheck.persistence.JooqUnitRepository;
import org.parcheck.plan.AdminUnit;
import org.parcheck.plan.UnitService;
import org.parcheck.plan.importer.ImportedUnit.Action;
import org.parcheck.testing.Engine;
import org.parcheck.testing.OnBothEngines;

/** Importing unit lists from CSV and .xlsx files into a fresh database (H2 and PostgreSQL). */
class UnitImportTest {

    private static final String HEADER = "Mã,Tên,Loại,Mã cấp trên,Hiệu lực từ,Hiệu lực đến,Mã kế thừa\n";
    private static final String GOOD = HEADER
            + "04,Cao Bằng,tỉnh,,,,\n"
            + "048,Hạ Lang,huyện,04,,30/06/2025,\n"
            + "01567,Cô Ngân,xã,048,,30/06/2025,01561\n"
            + "01561,Vinh Quý,xã,048,,30/06/2025,01561\n"
            + "01558,Thanh Nhật,thị trấn,048,,30/06/2025,01558\n"
            + "01561,Vinh Quý,Xã,04,01/07/2025,,\n"
            + "01558,Hạ Lang,COMMUNE,04,2025-07-01,,\n";

    @TempDir
    Path dir;
    private Database db;
    private JooqUnitRepository units;
    private UnitService service;

    @BeforeEach
    void open(Engine engine) {
        db = engine.open(dir);
        units = new JooqUnitRepository(db);
        service = new UnitService(units, db::inTransaction);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Path csv(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private UnitImportPreview importFile(Path file) throws Exception {
        return service.importRows(service.read(file));
    }

    private Map<String, AdminUnit> byCodeAndName() {
        return units.findAll().stream().collect(Collectors.toMap(
                u -> u.code() + " " + u.name() + (u.validFrom() == null ? "" : " " + u.validFrom()),
                Function.identity()));
    }

    @OnBothEngines
    void aGoodFileImportsParentsValidityAndSuccessorsWithReusedCodes() throws Exception {
        UnitImportPreview result = importFile(csv("units.csv", GOOD));

        assertThat(result.problems()).isEmpty();
        assertEquals(7, result.count(Action.NEW));
        Map<String, AdminUnit> stored = byCodeAndName();
        assertThat(stored).hasSize(7);
        AdminUnit coNgan = stored.get("01567 Cô Ngân");
        AdminUnit newVinhQuy = stored.get("01561 Vinh Quý 2025-07-01");
        assertEquals(UnitType.COMMUNE, coNgan.type());
        assertEquals(stored.get("048 Hạ Lang").id(), coNgan.parentId());
        assertEquals(LocalDate.of(2025, 6, 30), coNgan.validTo());
        // 01561 is used by the old and the new Vinh Quý: the successor is the one valid on 1/7/2025
        AdminUnit successor = units.find(coNgan.successorId()).orElseThrow();
        assertEquals(LocalDate.of(2025, 7, 1), successor.validFrom());
        assertEquals("Vinh Quý", successor.name());
        assertEquals(stored.get("04 Cao Bằng").id(), successor.parentId());
        assertEquals(UnitType.TOWNSHIP, stored.get("01558 Thanh Nhật").type());
        assertEquals(stored.get("01558 Hạ Lang 2025-07-01").id(), stored.get("01558 Thanh Nhật").successorId());
        assertEquals(newVinhQuy.id(), coNgan.successorId());
        assertEquals(newVinhQuy.id(), stored.get("01561 Vinh Quý").successorId());
    }

    @OnBothEngines
    void importingTheSameFileAgainChangesNothing() throws Exception {
        Path file = csv("units.csv", GOOD);
        importFile(file);
        List<AdminUnit> before = units.findAll();

        UnitImportPreview preview = service.preview(service.read(file));
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.units()).extracting(ImportedUnit::action).containsOnly(Action.UNCHANGED);
        importFile(file);

        assertEquals(before, units.findAll());
    }

    @OnBothEngines
    void aChangedTypeOrParentUpdatesTheMatchingUnitOnly() throws Exception {
        importFile(csv("units.csv", GOOD));
        UnitImportPreview result = importFile(csv("again.csv", GOOD.replace("01558,Thanh Nhật,thị trấn",
                "01558,Thanh Nhật,xã")));
        assertEquals(1, result.count(Action.UPDATE));
        assertEquals(6, result.count(Action.UNCHANGED));
        assertEquals(UnitType.COMMUNE, byCodeAndName().get("01558 Thanh Nhật").type());
        assertThat(units.findAll()).hasSize(7);
    }

    @OnBothEngines
    void everyBadRowIsReportedWithRowAndColumnAndNothingIsSaved() throws Exception {
        units.insert(AdminUnit.create(UnitType.PROVINCE, "04", "Cao Bằng", null));
        String bad = HEADER
                + "01534,Minh Long,xã,048,,,\n"          // row 2: good, refers to row 3
                + "048,Hạ Lang,huyện,04,,30/06/2025,\n"  // row 3: good
                + ",Không mã,xã,048,,,\n"                // row 4: code missing
                + "01537,,xã,048,,,\n"                   // row 5: name missing
                + "01540,Thắng Lợi,làng,048,,,\n"        // row 6: unknown type
                + "01543,Đồng Loan,xã,999,,,\n"          // row 7: unknown parent code
                + "01546,Đức Quang,xã,048,31/02/2021,,\n" // row 8: impossible date
                + "01549,Kim Loan,xã,048,01/07/2025,30/06/2025,\n" // row 9: to before from
                + "01534,Minh Long,xã,048,,,\n"          // row 10: duplicate of row 2
                + "01552,Quang Long,xã,01552,,,\n"       // row 11: own parent
                + "01555,An Lạc,xã,048,,,01555\n"        // row 12: own successor (and no end date)
                + "01558,Thanh Nhật,thị trấn,048,,,01561\n" // row 13: successor without end date
                + "01561,Vinh Quý,xã,01564,,,\n"         // row 14: parent cycle with row 15
                + "01564,Thống Nhất,xã,01561,,,\n";      // row 15
        UnitImportPreview preview = importFile(csv("bad.csv", bad));

        assertThat(preview.valid()).isFalse();
        assertThat(preview.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
                .contains(
                        tuple(4, ImportColumn.CODE, "plan.unitImport.error.required"),
                        tuple(5, ImportColumn.NAME, "plan.unitImport.error.required"),
                        tuple(6, ImportColumn.TYPE, "plan.unitImport.error.unknownType"),
                        tuple(7, ImportColumn.PARENT_CODE, "plan.unitImport.error.unknownCode"),
                        tuple(8, ImportColumn.VALID_FROM, "plan.unitImport.error.badDate"),
                        tuple(9, ImportColumn.VALID_TO, "plan.unitForm.error.validToBeforeFrom"),
                        tuple(10, ImportColumn.CODE, "plan.unitImport.error.duplicateRow"),
                        tuple(11, ImportColumn.PARENT_CODE, "plan.unitForm.error.ownParent"),
                        tuple(12, ImportColumn.SUCCESSOR_CODE, "plan.unitForm.error.ownSuccessor"),
                        tuple(13, ImportColumn.VALID_TO, "plan.unitForm.error.successorNeedsEnd"),
                        tuple(14, ImportColumn.PARENT_CODE, "plan.unitForm.error.parentCycle"),
                        tuple(15, ImportColumn.PARENT_CODE, "plan.unitForm.error.parentCycle"));
        assertThat(preview.problems()).noneMatch(p -> p.row() == 2 || p.row() == 3);
        assertThat(preview.units()).isEmpty();
        assertThat(units.findAll()).extracting(AdminUnit::name).containsExactly("Cao Bằng");
    }

    @OnBothEngines
    void decomposedVietnameseIsStoredAsNfcAndMatchesOnReimport() throws Exception {
        String decomposed = Normalizer.normalize(GOOD, Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(GOOD);
        importFile(csv("nfd.csv", decomposed));
        assertThat(byCodeAndName()).containsKey("01567 Cô Ngân");

        UnitImportPreview again = service.preview(service.read(csv("nfc.csv", GOOD)));
        assertThat(again.units()).extracting(ImportedUnit::action).containsOnly(Action.UNCHANGED);
    }

    @OnBothEngines
    void semicolonSeparatedCsvWithByteOrderMarkAndQuotesIsRead() throws Exception {
        String text = "\uFEFFMã;Tên;Loại;Mã cấp trên;Từ;Đến;Kế thừa\r\n"
                + "04;\"Cao Bằng\";tỉnh;;;;\r\n"
                + "048;\"Hạ Lang; huyện \"\"biên giới\"\"\";huyện;04;;;\r\n";
        UnitImportPreview result = importFile(csv("semi.csv", text));
        assertThat(result.problems()).isEmpty();
        assertThat(byCodeAndName()).containsKey("048 Hạ Lang; huyện \"biên giới\"");
    }

    @OnBothEngines
    void xlsxWithNumericCodesAndDateCellsIsImported() throws Exception {
        Path file = dir.resolve("units.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Đơn vị");
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            String[] header = {"Mã", "Tên", "Loại", "Mã cấp trên", "Từ", "Đến", "Kế thừa"};
            Row row = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                row.createCell(i).setCellValue(header[i]);
            }
            row = sheet.createRow(1);
            row.createCell(0).setCellValue(4); // typed as a number: the leading zero is lost in Excel
            row.createCell(1).setCellValue("Cao Bằng");
            row.createCell(2).setCellValue("tỉnh");
            row = sheet.createRow(2);
            row.createCell(0).setCellValue(1567);
            row.createCell(1).setCellValue("Cô Ngân");
            row.createCell(2).setCellValue("xã");
            row.createCell(3).setCellValue(4);
            row.createCell(5).setCellValue(LocalDate.of(2025, 6, 30));
            row.getCell(5).setCellStyle(dateStyle);
            workbook.write(out);
        }
        UnitImportPreview result = importFile(file);

        assertThat(result.problems()).isEmpty();
        AdminUnit coNgan = byCodeAndName().get("01567 Cô Ngân");
        assertEquals(LocalDate.of(2025, 6, 30), coNgan.validTo());
        assertEquals(byCodeAndName().get("04 Cao Bằng").id(), coNgan.parentId());
    }

    @OnBothEngines
    void unreadableFilesAreRefusedWithAReason() throws Exception {
        Path utf16 = dir.resolve("utf16.csv");
        Files.write(utf16, "04,Cao B\u1eb1ng,t\u1ec9nh".getBytes(StandardCharsets.UTF_16LE));
        UnitSheetReader.UnreadableFileException notUtf8 = assertThrows(UnitSheetReader.UnreadableFileException.class,
                () -> service.read(utf16));
        assertEquals("plan.unitImport.error.notUtf8", notUtf8.messageKey());
        Path pdf = Files.writeString(dir.resolve("units.pdf"), "x");
        assertEquals("plan.unitImport.error.fileType", assertThrows(UnitSheetReader.UnreadableFileException.class,
                () -> service.read(pdf)).messageKey());
        Path fakeXlsx = Files.writeString(dir.resolve("fake.xlsx"), "not a workbook");
        assertEquals("plan.unitImport.error.unreadable", assertThrows(UnitSheetReader.UnreadableFileException.class,
                () -> service.read(fakeXlsx)).messageKey());
    }

    @OnBothEngines
    void anEmptyFileIsAProblem() throws Exception {
        UnitImportPreview preview = service.preview(service.read(csv("empty.csv", HEADER)));
        assertThat(preview.problems()).extracting(ImportProblem::messageKey)
                .containsExactly("plan.unitImport.error.empty");
    }
}
