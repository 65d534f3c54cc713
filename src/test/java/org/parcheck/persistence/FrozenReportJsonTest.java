package org.parcheck.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parcheck.answering.audit.FrozenReport;

/** The frozen report's stored JSON reads back as written; text that does not is kept as unreadable, not dropped. */
class FrozenReportJsonTest {

    private static final FrozenReport REPORT = new FrozenReport(UUID.randomUUID(), "3199/KH-UBND",
            LocalDate.of(2020, 12, 22), "UBND tỉnh Cao Bằng", null, "Kế hoạch \"CCHC\"\n2021", "Căn cứ…", 2021, null,
            UUID.randomUUID(), "xã Cô Ngân, huyện Hạ Lang",
            List.of(new FrozenReport.Member(UUID.randomUUID(), 1, "Lê Văn Miều", null, "Sở Nội vụ", "LEAD")), null);

    @Test
    void readsBackWhatItWrote() {
        assertEquals(REPORT, FrozenReportJson.read(FrozenReportJson.write(REPORT)));
        assertNull(FrozenReportJson.read(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "[]", "{\"format\":2}", "{\"format\":1,\"year\":\"2021\",\"team\":[]}",
            "{\"format\":1,\"year\":2021,\"team\":[{\"position\":\"x\"}]}",
            "{\"format\":1,\"year\":2021,\"team\":[],\"issuedDate\":\"22/12/2020\"}",
            "{\"format\":1,\"year\":2021,\"team\":[],\"planUuid\":\"not a uuid\"}"})
    void textThatDoesNotReadBackIsKeptAsUnreadable(String text) {
        FrozenReport read = FrozenReportJson.read(text);
        assertEquals(text, read.unreadable());
        assertThat(read.readable()).isFalse();
    }
}
