package org.parcheck.answering.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parcheck.answering.HandwrittenPart;
import org.parcheck.answering.ReportChoices;

/**
 * #15 §1: the report part's choices (team present, explicit "no opinion", parts left to write by hand) are in the
 * content fingerprint as record types appended after version 1's, and absent when not used, so that a visit
 * finalised before them keeps its canonical text byte for byte.
 */
class ReportChoicesCanonicalFormTest {

    private static final UUID MEMBER_1 = UUID.fromString("50000000-0000-0000-0000-000000000001");
    private static final UUID MEMBER_2 = UUID.fromString("50000000-0000-0000-0000-000000000002");

    private static VisitContent with(ReportChoices choices) {
        VisitContent c = CanonicalFormTest.base();
        return new VisitContent(c.visitUuid(), c.planUuid(), c.unitUuid(), c.frameworkVersionUuid(), c.date(),
                c.startTime(), c.endTime(), c.place(), c.reportNumber(), c.unitOpinion(), c.attendees(), c.figures(),
                c.answers(), c.evidence(), c.findings(), c.recommendations(), c.carriedFromUuids(), choices);
    }

    @Test
    void withoutChoicesTheTextHasOnlyVersionOneRecords() {
        String text = CanonicalForm.text(CanonicalFormTest.base());
        assertEquals(text, CanonicalForm.text(with(ReportChoices.NONE)));
        assertEquals(text, CanonicalForm.text(with(null)));
        Set<String> sections = Set.of("visit", "attendee", "figure", "answer", "evidence", "finding",
                "recommendation");
        for (String key : CanonicalForm.records(with(ReportChoices.NONE)).keySet()) {
            assertThat(sections).contains(key.contains(" ") ? key.substring(0, key.indexOf(' ')) : key);
        }
        assertThat(text).startsWith(CanonicalForm.HEADER + "\n");
    }

    @Test
    void eachChoiceIsAppendedAfterTheVersionOneRecordsAndChangesTheFingerprint() {
        String base = CanonicalForm.text(CanonicalFormTest.base());
        ReportChoices all = new ReportChoices(Set.of(MEMBER_2, MEMBER_1), true,
                Map.of(HandwrittenPart.TIMES, "Ghi tay\tkhi ký", HandwrittenPart.OPINION, "Đơn vị tự ghi"));
        String text = CanonicalForm.text(with(all));
        assertThat(text).startsWith(base);
        assertEquals("teamPresent\t" + MEMBER_1 + "\nteamPresent\t" + MEMBER_2 + "\nnoUnitOpinion\tyes\n"
                + "handwritten\tOPINION\treason=Đơn vị tự ghi\nhandwritten\tTIMES\treason=Ghi tay\\tkhi ký\n",
                text.substring(base.length()));

        List<ReportChoices> each = new ArrayList<>(List.of(
                new ReportChoices(Set.of(MEMBER_1), false, Map.of()),
                new ReportChoices(Set.of(), true, Map.of()),
                ReportChoices.NONE.withHandwritten(HandwrittenPart.ATTENDEES, "Lý do"),
                ReportChoices.NONE.withHandwritten(HandwrittenPart.ATTENDEES, "Lý do khác")));
        List<String> fingerprints = new ArrayList<>(List.of(CanonicalForm.fingerprint(CanonicalFormTest.base())));
        for (ReportChoices choices : each) {
            String fingerprint = CanonicalForm.fingerprint(with(choices));
            assertThat(fingerprints).doesNotContain(fingerprint);
            fingerprints.add(fingerprint);
        }
        Verification check = Verification.check(true, java.util.Optional.of(StoredFingerprint.of(with(all),
                java.time.LocalDateTime.of(2021, 10, 1, 11, 40))), with(all.withHandwritten(HandwrittenPart.TIMES,
                null)));
        assertEquals(Verification.Result.ALTERED, check.result());
        assertEquals(List.of("handwritten TIMES"), check.changedParts());
        assertNotEquals(check.stored(), check.current());
    }
}
