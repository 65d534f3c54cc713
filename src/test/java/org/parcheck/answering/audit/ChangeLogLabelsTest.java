package org.parcheck.answering.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parcheck.answering.ChangeEntry;
import org.parcheck.common.i18n.Messages;

/** Stored change-log lines in plain, localised words. */
class ChangeLogLabelsTest {

    private static final Map<String, String> TITLES = Map.of("1.1", "Kế hoạch CCHC");
    private static final Map<String, String> FIGURES = Map.of("resolvedOnTime", "Số hồ sơ giải quyết đúng hạn");

    private static ChangeLogLabels labels(java.util.Locale locale) {
        return new ChangeLogLabels(new Messages(locale), TITLES, FIGURES, ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    @ParameterizedTest(name = "{0} {1}: {2} → {3}")
    @CsvSource(delimiter = '|', nullValues = "~", textBlock = """
        answer:1.1|value|~|YES|Tiêu chí 1.1 · Kế hoạch CCHC|Giá trị|''|Có
        answer:1.1|notApplicable|true|~|Tiêu chí 1.1 · Kế hoạch CCHC|Không áp dụng|Có|''
        answer:1.1|manualScore|1.5|2|Tiêu chí 1.1 · Kế hoạch CCHC|Điểm chấm trực tiếp|1,5|2
        answer:1.1|note|~|Chưa ban hành|Tiêu chí 1.1 · Kế hoạch CCHC|Ghi chú của Đoàn|''|Chưa ban hành
        figure:resolvedOnTime|value|924|925.5|Số liệu: Số hồ sơ giải quyết đúng hạn|Giá trị|924|925,5
        figure:unknownFigure|value|~|3|Số liệu: unknownFigure|Giá trị|''|3
        evidence:1.1|document|~|12/KH-UBND Kế hoạch|Tài liệu kiểm chứng của tiêu chí 1.1|Tài liệu|''|12/KH-UBND Kế hoạch
        evidence:null|document|~|5/QĐ|Tài liệu kiểm chứng|Tài liệu|''|5/QĐ
        finding:LIMITATION|text|~|Tỷ lệ thấp|Hạn chế|Nội dung|''|Tỷ lệ thấp
        recommendation|text|Làm A [OPEN]|Làm A [DONE]|Kiến nghị|Nội dung|Làm A [Chưa thực hiện]|Làm A [Đã thực hiện]
        visit|status|FINALISED|IN_PROGRESS|Cuộc kiểm tra|Trạng thái|Đã hoàn tất|Đang kiểm tra
        visit|date|2021-10-01|2021-10-02|Cuộc kiểm tra|Ngày kiểm tra|01/10/2021|02/10/2021
        attendee|name|~|Nông Văn Hùng|Thành phần đơn vị dự|Họ và tên|''|Nông Văn Hùng
        somethingNew:x|odd|a|b|somethingNew x|odd|a|b
        """)
    void vietnamese(String entity, String field, String oldValue, String newValue, String what, String fieldText,
                    String oldText, String newText) {
        ChangeLogRow row = labels(Messages.VIETNAMESE).row(new ChangeEntry(LocalDateTime.of(2021, 10, 1, 2, 5),
                "miều", entity, field, oldValue, newValue, null));
        assertEquals(what, row.what());
        assertEquals(fieldText, row.field());
        assertEquals(oldText, row.oldValue());
        assertEquals(newText, row.newValue());
    }

    @Test
    void englishAndLocalTime() {
        ChangeLogRow row = labels(Messages.ENGLISH).row(new ChangeEntry(LocalDateTime.of(2021, 10, 1, 2, 5),
                "mieu", "answer:1.1", "manualScore", "1.5", null, "Đánh giá lại"));
        assertEquals("Item 1.1 · Kế hoạch CCHC", row.what());
        assertEquals("Manual score", row.field());
        assertEquals("1.5", row.oldValue());
        assertEquals("Đánh giá lại", row.reason());
        assertEquals(LocalDateTime.of(2021, 10, 1, 9, 5), row.at(), "stored in UTC, shown in the zone given");
    }

    @Test
    void theFilterIgnoresCaseAndAccents() {
        ChangeLogRow row = labels(Messages.VIETNAMESE).row(new ChangeEntry(LocalDateTime.of(2021, 10, 1, 2, 5),
                "miều", "answer:1.1", "note", null, "Chưa cập nhật kịp thời", null));
        assertEquals(true, row.matches("cap nhat"));
        assertEquals(true, row.matches("KẾ HOẠCH"));
        assertEquals(true, row.matches("mieu"));
        assertEquals(false, row.matches("Hạ Lang"));
        assertEquals(true, row.matches("  "));
    }
}
