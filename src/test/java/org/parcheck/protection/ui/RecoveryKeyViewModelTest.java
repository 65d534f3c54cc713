package org.parcheck.protection.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.parcheck.common.i18n.Messages;
import org.parcheck.protection.RecoveryKey;

/** The recovery key shown once (#19): groups, what is copied and printed, and the tick required before going on. */
class RecoveryKeyViewModelTest {

    private static final RecoveryKey KEY = new RecoveryKey("ABCDE-FGHJK-MNPQR-STVWX-YZ234-56789-ABCDE-FGHJK");

    private final RecoveryKeyViewModel model = new RecoveryKeyViewModel(new Messages(Messages.VIETNAMESE), KEY,
            Path.of("/tmp/parcheck-data"), LocalDate.of(2026, 12, 6));

    @Test
    void theKeyShowsInGroupsOnTwoLinesAndCopiesAsTyped() {
        assertThat(model.shownText()).isEqualTo("ABCDE  FGHJK  MNPQR  STVWX\nYZ234  56789  ABCDE  FGHJK");
        assertThat(model.copyText()).isEqualTo(KEY.text());
    }

    @Test
    void thePrintedSheetNamesTheFolderTheDateAndTheKey() {
        assertThat(model.printLines()).containsExactly("ParCheck — Khoá khôi phục dữ liệu",
                "Thư mục dữ liệu: /tmp/parcheck-data", "Ngày tạo: 06/12/2026", KEY.text(),
                "Khoá này mở được dữ liệu ParCheck khi quên mật khẩu. Hãy cất tờ giấy này ở nơi an toàn, không để "
                        + "cùng máy tính.");
    }

    @Test
    void goingOnNeedsTheTick() {
        AtomicBoolean confirmed = new AtomicBoolean();
        model.whenConfirmed(() -> confirmed.set(true));
        assertThat(model.confirm()).isFalse();
        assertThat(confirmed).isFalse();
        model.writtenProperty().set(true);
        assertThat(model.confirm()).isTrue();
        assertThat(confirmed).isTrue();
    }
}
