package org.parcheck.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.app.AppServices;
import org.parcheck.common.fx.RecordingDialogs;
import org.parcheck.common.fx.SameThreadExecutor;
import org.parcheck.common.i18n.Messages;
import org.parcheck.server.OfficeData;

/** The ranking page's view model without the toolkit, on a laptop's H2 file with two years ({@link OfficeData}). */
class RankingViewModelTest {

    @TempDir
    Path dir;

    @Test
    void choosesEveryYearRanksTheVisitsAndWritesTheWorkbookToTheChosenFile() throws Exception {
        try (AppServices services = AppServices.open(Files.createDirectories(dir.resolve("data")))) {
            OfficeData.addSecondYear(services);
            RecordingDialogs dialogs = new RecordingDialogs();
            RankingViewModel vm = new RankingViewModel(services.yearSeries(), new SameThreadExecutor(),
                    new Messages(Messages.VIETNAMESE), dialogs);
            vm.load();
            assertThat(vm.years()).containsExactly(2021, 2022);
            assertThat(vm.ranking()).extracting(RankingViewModel.RankRow::rank).containsExactly("1", "1", "3", "3",
                    "5");
            // the demo's visits have items still pending: provisional percentages are marked
            assertThat(vm.ranking().get(0).percent()).matches("\\d+,\\d{2}% \\*");
            assertThat(vm.seriesYears()).containsExactly(2021, 2022);
            assertThat(vm.series().get(1).percents()).containsExactly("—",
                    vm.ranking().get(4).percent().replace(" *", ""));
            assertThat(vm.summaryProperty().get())
                    .isEqualTo("5 cuộc kiểm tra có điểm được xếp hạng; 3 cuộc chưa có điểm; 3 đơn vị.");

            // one year only: the 2022 visits, ranked among themselves
            vm.fromYearProperty().set(2022);
            vm.show();
            assertThat(vm.ranking()).extracting(RankingViewModel.RankRow::year).containsOnly("2022");
            assertThat(vm.ranking()).hasSize(3);
            assertThat(vm.fileName()).isEqualTo("XH_2022.xlsx");

            // cancelled chooser: nothing written; chosen file: written, said
            vm.exportXlsx();
            assertThat(vm.messageProperty().get()).isEmpty();
            Path file = dir.resolve("xh.xlsx");
            dialogs.choose(file);
            vm.exportXlsx();
            assertThat(file).exists();
            assertThat(vm.messageProperty().get()).isEqualTo("Đã lưu " + file + ".");
            assertThat(dialogs.shown("save")).extracting(RecordingDialogs.Shown::text)
                    .containsExactly("XH_2022.xlsx", "XH_2022.xlsx");
        }
    }
}
