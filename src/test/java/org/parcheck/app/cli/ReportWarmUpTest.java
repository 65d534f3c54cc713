package org.parcheck.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parcheck.criteria.RuleCodec;
import org.parcheck.scoring.rules.RuleType;

/** Every step of a report's warm-up runs without failing (a failing step would only be logged, at FINE). */
class ReportWarmUpTest {

    @Test
    void everyStepRuns() {
        assertThat(ReportWarmUp.run(true)).as("the rules' readers and the fonts").isEqualTo(2);
        assertThat(ReportWarmUp.run(false)).as("no fonts for a DOCX or a workbook").isEqualTo(1);
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
