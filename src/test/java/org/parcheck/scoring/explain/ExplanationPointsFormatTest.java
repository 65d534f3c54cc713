package org.parcheck.scoring.explain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** #16 §1: points in explanations read as everywhere else; counts and ratios keep their own format. */
class ExplanationPointsFormatTest {

    @Test
    void pointsAreTheArgumentsWrittenAsPoints() {
        assertThat(ExplanationFormatter.isPoints("→ {0}/{1} điểm.", 0)).isTrue();
        assertThat(ExplanationFormatter.isPoints("→ {0}/{1} điểm.", 1)).isTrue();
        assertThat(ExplanationFormatter.isPoints("tối đa {0} điểm", 0)).isTrue();
        assertThat(ExplanationFormatter.isPoints("maximum {0} points", 0)).isTrue();
        assertThat(ExplanationFormatter.isPoints("Tỷ lệ {0} / {1} = {2}", 0)).as("a count").isFalse();
        assertThat(ExplanationFormatter.isPoints("Tỷ lệ {0} / {1} = {2}", 1)).isFalse();
    }
}
