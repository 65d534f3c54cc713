package org.parcheck.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parcheck.criteria.RuleCodec;
import org.parcheck.persistence.PersistenceWarmUp;
import org.parcheck.scoring.rules.RuleType;

/** Every step of a report's warm-up runs without failing (a failing step would only be logged, at FINE). */
class ReportWarmUpTest {

    @Test
    void everyStepRuns() {
        assertThat(ReportWarmUp.run(true)).as("H2, jOOQ, the rules' readers and the fonts").isEqualTo(4);
        assertThat(ReportWarmUp.run(false)).as("no fonts for a DOCX or a workbook").isEqualTo(3);
    }

    @Test
    void theH2WarmUpReadsItsRowsAndLeavesNoDatabaseBehind() throws Exception {
        assertThat(PersistenceWarmUp.h2()).as("2 rows, 2 index entries, 2 indexes in the metadata").isEqualTo(6);
        assertThat(PersistenceWarmUp.h2()).as("a new private database each time: no table left over").isEqualTo(6);
    }

    @Test
    void aDocxNeedsNoFonts() {
        assertThat(ReportWarmUp.namesDocx(new String[] {"report", "visit", "3", "--format", "DOCX"})).isTrue();
        assertThat(ReportWarmUp.namesDocx(new String[] {"report", "visit", "3", "--out", "b.docx"})).isTrue();
        assertThat(ReportWarmUp.namesDocx(new String[] {"report", "visit", "3", "--out", "b.pdf"})).isFalse();
    }

    @Test
    void theRulesWarmUpBuildsAReaderForEveryRuleType() {
        assertThat(RuleCodec.warmUp()).isEqualTo(RuleType.values().length);
    }

    @Test
    void onByDefaultOffWithTheProperty() {
        assertThat(ReportWarmUp.enabled()).isTrue();
        System.setProperty(ReportWarmUp.PROPERTY, "false");
        try {
            assertThat(ReportWarmUp.enabled()).isFalse();
        } finally {
            System.clearProperty(ReportWarmUp.PROPERTY);
        }
    }
}
