package org.parcheck.plan.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.common.i18n.Messages;

/** A unit list whose sheet reaches Excel's last row is "too large" (with the limit), not "cannot be read". */
class UnitSheetLimitsTest {

    @TempDir
    Path dir;

    @Test
    void aSheetOf1048576RowsIsTooLarge() throws Exception {
        Path file = dir.resolve("don-vi.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = workbook.createSheet("Đơn vị");
            sheet.createRow(0).createCell(0).setCellValue("Mã");
            sheet.createRow(1).createCell(0).setCellValue("00001");
            sheet.createRow(1_048_575).createCell(0).setCellValue(" ");
            workbook.write(out);
        }
        UnitSheetReader.UnreadableFileException e = assertThrows(UnitSheetReader.UnreadableFileException.class,
                () -> UnitSheetReader.read(file));
        assertThat(e.messageKey()).isEqualTo("plan.unitImport.error.tooLarge");
        assertThat(new Messages(Messages.ENGLISH).get(e.messageKey(), e.args())).contains("too large")
                .contains("50000").contains("Excel's last row");
        assertThat(new Messages(Messages.VIETNAMESE).get(e.messageKey(), e.args())).contains("quá lớn");
    }
}
