package org.parcheck.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.app.AppServices;
import org.parcheck.common.fx.RecordingDialogs;
import org.parcheck.common.fx.SameThreadExecutor;
import org.parcheck.common.i18n.Messages;

/** The demo drop's question, without the FX toolkit: cancel keeps everything; the question names what goes. */
class DemoDropViewModelTest {

    @TempDir
    Path dataDir;

    @Test
    void cancelKeepsTheDemoAndTheQuestionNamesWhatGoes() {
        try (AppServices services = AppServices.open(dataDir)) {
            RecordingDialogs dialogs = new RecordingDialogs();
            DemoDropViewModel vm = new DemoDropViewModel(services.demoDrop(), new SameThreadExecutor(),
                    new Messages(Messages.VIETNAMESE), dialogs);
            vm.load();
            assertThat(vm.offeredProperty().get()).isTrue();

            vm.askAndDrop();

            assertThat(dialogs.shown("confirm")).singleElement().satisfies(q -> {
                assertThat(q.header()).isEqualTo("Xoá dữ liệu mẫu?");
                assertThat(q.text()).contains("3199/KH-UBND (2021), cùng 3 cuộc kiểm tra", "19 đơn vị hành chính mẫu");
            });
            assertThat(services.planService().overviews()).as("cancelled: nothing removed").hasSize(1);
            assertThat(services.backups().list()).as("nor backed up").isEmpty();
            assertThat(vm.offeredProperty().get()).isTrue();
            assertThat(vm.messageProperty().get()).isEmpty();
        }
    }
}
