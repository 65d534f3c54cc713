package org.parcheck.answering.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parcheck.common.i18n.Messages;

/**
 * The frozen report's records in the canonical form (#15 §2): absent without a snapshot (earlier fingerprints keep
 * verifying byte for byte), appended after every earlier section with one, and named in words when they change.
 */
class FrozenReportCanonicalTest {

    private static final UUID PLAN = UUID.fromString("00000000-0000-0000-0000-0000000000aa");
    private static final UUID UNIT = UUID.fromString("00000000-0000-0000-0000-0000000000bb");
    private static final UUID LEAD = UUID.fromString("50000000-0000-0000-0000-000000000001");

    static FrozenReport snapshot(String leadName) {
        return new FrozenReport(PLAN, "3199/KH-UBND", LocalDate.of(2020, 12, 22), "UBND tỉnh Cao Bằng", null,
                "Kế hoạch CCHC năm 2021", null, 2021, "Cao Bằng", UNIT, "huyện Hạ Lang",
                List.of(new FrozenReport.Member(LEAD, 1, leadName, "Phó Giám đốc Sở Nội vụ", "Sở Nội vụ", "LEAD")),
                null);
    }

    @Test
    void withoutASnapshotTheTextIsWhatItWasBeforeV006() {
        VisitContent old = CanonicalFormTest.base();
        assertEquals(CanonicalForm.text(old), CanonicalForm.text(old.withFrozenReport(null)));
        assertThat(CanonicalForm.text(old)).doesNotContain("reportPlan", "reportUnit", "member\t");
    }

    @Test
    void aSnapshotIsAppendedAfterEveryEarlierSectionUnderTheSameHeader() {
        String before = CanonicalForm.text(CanonicalFormTest.base());
        String text = CanonicalForm.text(CanonicalFormTest.base().withFrozenReport(snapshot("Lê Văn Miều"),
                "f".repeat(64)));
        assertThat(text).startsWith(before).isNotEqualTo(before);
        assertThat(text.substring(before.length()).split("\n")).containsExactly(
                "reportPlan\t" + PLAN + "\tnumber=3199/KH-UBND\tissued=2020-12-22\tissuingBody=UBND tỉnh Cao Bằng"
                        + "\ttitle=Kế hoạch CCHC năm 2021\tyear=2021\tplaceName=Cao Bằng",
                "reportUnit\t" + UNIT + "\tname=huyện Hạ Lang",
                "member\t" + LEAD + "\tposition=1\tname=Lê Văn Miều\ttitle=Phó Giám đốc Sở Nội vụ\tagency=Sở Nội vụ"
                        + "\trole=LEAD",
                "reportFramework\t00000000-0000-0000-0000-0000000000cc\tsha256=" + "f".repeat(64));
    }

    @Test
    void aChangedMemberIsNamedByName() {
        VisitContent finalised = CanonicalFormTest.base().withFrozenReport(snapshot("Lê Văn Miều"));
        StoredFingerprint stored = StoredFingerprint.of(finalised, LocalDateTime.of(2021, 10, 1, 4, 40));
        Verification check = Verification.check(true, Optional.of(stored),
                CanonicalFormTest.base().withFrozenReport(snapshot("Lê Văn Mều")));
        assertEquals(List.of("member " + LEAD), check.changedParts());
        assertThat(VerificationText.describe(check, new Messages(Messages.VIETNAMESE), ZoneOffset.UTC))
                .contains("thành viên đoàn Lê Văn Mều");
        assertThat(VerificationText.describe(check, new Messages(Messages.ENGLISH), ZoneOffset.UTC))
                .contains("team member Lê Văn Mều");
    }

    @Test
    void anUnreadableSnapshotIsCoveredAsItsText() {
        VisitContent finalised = CanonicalFormTest.base().withFrozenReport(snapshot("Lê Văn Miều"));
        Verification check = Verification.check(true, Optional.of(StoredFingerprint.of(finalised, null)),
                CanonicalFormTest.base().withFrozenReport(FrozenReport.unreadable("{\"format\":1")));
        assertEquals(Verification.Result.ALTERED, check.result());
        assertThat(check.changedParts()).contains("unreadableReport -", "reportPlan " + PLAN, "member " + LEAD);
    }
}
