package org.parcheck.answering.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.answering.AnswerService;
import org.parcheck.answering.ChangeEntry;
import org.parcheck.answering.audit.ChangeLogRow;
import org.parcheck.answering.audit.FinalisedVisits;
import org.parcheck.app.AppServices;
import org.parcheck.common.fx.SameThreadExecutor;
import org.parcheck.common.i18n.Messages;
import org.parcheck.plan.PlanOverview;

/**
 * The change-log view model on the demo database (a real H2 file), without the FX toolkit: readable rows, filter,
 * order, CSV and XLSX exports read back, fingerprint and verification.
 */
class VisitLogViewModelTest {

    private static final String NOTE = "Hồ sơ \"trễ hạn\", cần xem lại;\ndòng thứ hai: Đạt";

    @TempDir
    Path dataDir;
    @TempDir
    Path out;
    private AppServices services;
    private AnswerService answering;
    private long visitId;
    private VisitLogViewModel vm;
    private String code;

    @BeforeEach
    void open() {
        services = AppServices.open(dataDir);
        answering = services.answerService();
        PlanOverview plan = services.planService().overviews().get(0);
        visitId = services.planService().visits(plan.plan().id()).stream()
                .filter(v -> v.unitDisplayName().equals("huyện Hạ Lang")).findFirst().orElseThrow().visit().id();
        code = answering.sheet(visitId).answers().keySet().stream().sorted().findFirst().orElseThrow();
        answering.saveAnswer(visitId, answering.sheet(visitId).answer(code).withNote(NOTE));
        answering.saveFigure(visitId, "postal", new BigDecimal("95"));
        vm = new VisitLogViewModel(visitId, answering, new SameThreadExecutor(), new Messages(Messages.VIETNAMESE),
                ZoneId.of("Asia/Ho_Chi_Minh"));
        vm.load();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void rowsAreReadableNewestFirstAndFilteredWithoutAccents() {
        List<ChangeEntry> log = answering.changeLog(visitId);
        assertEquals(log.size(), vm.rows().size());
        ChangeLogRow newest = vm.rows().get(0);
        assertThat(newest.what()).isEqualTo("Số liệu: Hồ sơ tiếp nhận, trả kết quả qua dịch vụ bưu chính công ích")
                .as("the figure's name, not its code");
        assertEquals("95", newest.newValue());
        assertThat(vm.rows().get(1).what()).startsWith("Tiêu chí " + code + " · ");
        assertEquals(NOTE, vm.rows().get(1).newValue());
        assertEquals(LocalDateTime.ofInstant(java.time.Instant.now(), ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate(),
                newest.at().toLocalDate());

        vm.newestFirstProperty().set(false);
        assertEquals(newest, vm.rows().get(vm.rows().size() - 1));

        vm.filterProperty().set("can xem lai");
        assertThat(vm.rows()).hasSize(1).allMatch(r -> r.newValue().equals(NOTE));
        assertEquals("1 / " + log.size() + " dòng", vm.countProperty().get());
    }

    @Test
    void csvIsUtf8WithBomAndRfc4180QuotingAndMatchesTheRows() throws Exception {
        Path file = out.resolve("nhat-ky.csv");
        vm.export(file, VisitLogViewModel.Format.CSV);
        byte[] bytes = Files.readAllBytes(file);
        assertEquals(0xEF, bytes[0] & 0xFF);
        assertEquals(0xBB, bytes[1] & 0xFF);
        assertEquals(0xBF, bytes[2] & 0xFF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertTrue(text.startsWith("\"Thời điểm\",\"Người thực hiện\",\"Nội dung\",\"Mục thay đổi\",\"Giá trị cũ\","
                + "\"Giá trị mới\",\"Lý do\"\r\n"));
        assertThat(text).contains("\"Hồ sơ \"\"trễ hạn\"\", cần xem lại;\ndòng thứ hai: Đạt\"");
        List<List<String>> records = parseCsv(text);
        assertEquals(vm.rows().size() + 1, records.size());
        for (int i = 0; i < vm.rows().size(); i++) {
            ChangeLogRow row = vm.rows().get(i);
            List<String> record = records.get(i + 1);
            assertEquals(List.of(row.at().format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")),
                    nz(row.actor()), row.what(), row.field(), row.oldValue(), row.newValue(), nz(row.reason())),
                    record, "line " + (i + 2));
        }
        assertThat(vm.messageProperty().get()).contains(file.toString());
    }

    @Test
    void xlsxReadsBackWithPoiAsTheRowsShown() throws Exception {
        vm.filterProperty().set("Tiêu chí " + code);
        Path file = out.resolve("nhat-ky.xlsx");
        vm.export(file, VisitLogViewModel.Format.XLSX);
        DataFormatter format = new DataFormatter();
        try (InputStream in = Files.newInputStream(file); Workbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheet("Nhật ký thay đổi");
            assertEquals("Giá trị mới", sheet.getRow(0).getCell(5).getStringCellValue());
            assertEquals(vm.rows().size(), sheet.getLastRowNum());
            for (int i = 0; i < vm.rows().size(); i++) {
                ChangeLogRow row = vm.rows().get(i);
                Row r = sheet.getRow(i + 1);
                assertEquals(row.at().withNano(0), r.getCell(0).getLocalDateTimeCellValue().withNano(0));
                assertEquals(row.what(), text(r.getCell(2), format));
                assertEquals(row.field(), text(r.getCell(3), format));
                assertEquals(row.oldValue(), text(r.getCell(4), format));
                assertEquals(row.newValue(), text(r.getCell(5), format));
            }
            assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).isEqualTo(NOTE);
        }
    }

    @Test
    void fingerprintAndVerificationInWords() {
        assertThat(vm.fingerprintTextProperty().get()).contains("được tạo khi hoàn tất");
        assertEquals(false, vm.finalisedProperty().get());
        FinalisedVisits.completeAndFinalise(answering, visitId);
        vm.load();
        String sha = answering.fingerprint(visitId).orElseThrow().sha256();
        assertEquals(sha, vm.fingerprintProperty().get());
        assertThat(vm.fingerprintTextProperty().get()).startsWith("Mã xác thực nội dung (SHA-256), lưu khi hoàn tất");
        assertTrue(vm.finalisedProperty().get());
        vm.verify();
        assertThat(vm.verificationProperty().get()).startsWith("Nguyên vẹn");

        services.database().dsl().execute("UPDATE figure_value SET amount = 96 WHERE visit_id = ? "
                + "AND figure_code = 'postal'", visitId);
        vm.verify();
        assertThat(vm.verificationProperty().get()).startsWith("Đã bị thay đổi sau khi hoàn tất lúc ")
                .endsWith("Phần khác đi: số liệu postal.");
        assertTrue(vm.alteredProperty().get());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String text(Cell cell, DataFormatter format) {
        return cell == null ? "" : format.formatCellValue(cell);
    }

    /** A strict RFC 4180 reader: quoted fields, doubled quotes, CRLF between records. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                throw new AssertionError("unquoted character " + c + " at " + i);
            }
        }
        assertTrue(record.isEmpty() && field.length() == 0, "the file ends with CRLF");
        return records;
    }
}
