package org.parcheck.criteria.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parcheck.common.i18n.Messages;
import org.parcheck.criteria.FrameworkDiff;
import org.parcheck.criteria.FrameworkDiff.ChangeKind;

/** Issue #16 §1: the version comparison shows changed points as points are shown everywhere. */
class FrameworkCompareViewModelTest {

    @Test
    void changedPointsAreShownWholeOrWithTwoDecimals() {
        FrameworkCompareViewModel.ChangeRow row = FrameworkCompareViewModel.toRow(
                new FrameworkDiff.Change("2.1", ChangeKind.POINTS_CHANGED, "1.5", "2"),
                new Messages(Messages.VIETNAMESE));
        assertThat(row.before()).isEqualTo("1,50");
        assertThat(row.after()).isEqualTo("2");
        FrameworkCompareViewModel.ChangeRow english = FrameworkCompareViewModel.toRow(
                new FrameworkDiff.Change("2.1", ChangeKind.POINTS_CHANGED, "0.125", "1200"),
                new Messages(Messages.ENGLISH));
        assertThat(english.before()).isEqualTo("0.13");
        assertThat(english.after()).isEqualTo("1,200");
    }
}
