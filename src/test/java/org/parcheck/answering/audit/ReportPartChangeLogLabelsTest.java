package org.parcheck.answering.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parcheck.answering.ChangeEntry;
import org.parcheck.common.i18n.Messages;

/** #15 §1: the report part's change-log lines in plain words (team present, "no opinion", parts left by hand). */
class ReportPartChangeLogLabelsTest {

    @ParameterizedTest(name = "{0} {1}: {2} → {3}")
    @CsvSource(delimiter = '|', nullValues = "~", textBlock = """
        team:Lê Văn Miều|present|~|true|Thành viên Đoàn: Lê Văn Miều|Có mặt|''|Có
        team:Lê Văn Miều|present|true|~|Thành viên Đoàn: Lê Văn Miều|Có mặt|Có|''
        visit|noUnitOpinion|~|true|Cuộc kiểm tra|Đơn vị không có ý kiến|''|Có
        visit|handwrittenTimes|~|Ghi khi ký|Cuộc kiểm tra|Ghi tay trên giấy: giờ bắt đầu, kết thúc|''|Ghi khi ký
        visit|handwrittenOpinion|Lý do|~|Cuộc kiểm tra|Ghi tay trên giấy: ý kiến của đơn vị|Lý do|''
        team_present|import|~|Lê Văn Miều|Thành viên Đoàn có mặt|import|''|Lê Văn Miều
        handwritten|import|~|TIMES|Phần để ghi tay trên giấy|import|''|TIMES
        """)
    void vietnamese(String entity, String field, String oldValue, String newValue, String what, String fieldText,
                    String oldText, String newText) {
        ChangeLogRow row = new ChangeLogLabels(new Messages(Messages.VIETNAMESE), Map.of(), Map.of(),
                ZoneId.of("Asia/Ho_Chi_Minh")).row(new ChangeEntry(LocalDateTime.of(2021, 10, 1, 2, 5), "miều",
                entity, field, oldValue, newValue, null));
        assertEquals(what, row.what());
        assertEquals(fieldText, row.field());
        assertEquals(oldText, row.oldValue());
        assertEquals(newText, row.newValue());
    }
}
