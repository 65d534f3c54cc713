package org.parcheck.answering.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parcheck.answering.EvidenceCitation;
import org.parcheck.answering.EvidenceFiles;
import org.parcheck.app.AppServices;
import org.parcheck.common.i18n.Messages;
import org.parcheck.testing.TempFolders;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real visit screen on a real H2 file whose attached evidence file was cut short behind ParCheck's back: the
 * screen warns, naming the file, and finalising lists the file among what blocks it.
 */
@ExtendWith(ApplicationExtension.class)
class VisitAttachmentWarningViewTest {

    private AppServices services;
    private VisitViewModel viewModel;

    @Start
    void start(Stage stage) throws Exception {
        Path dataDir = TempFolders.create("parcheck-attachment");
        services = AppServices.open(dataDir);
        long visitId = VisitScreens.haLang(services).visit().id();
        Path original = TempFolders.create("parcheck-original").resolve("Công văn 12.pdf");
        Files.writeString(original, "%PDF-1.4 công văn số 12/UBND, bản đầy đủ");
        EvidenceFiles.Stored stored = new EvidenceFiles(dataDir).store(visitId, original);
        services.answerService().addEvidence(visitId, EvidenceCitation.of(null, "12/UBND", null, null, "Công văn 12")
                .withAttachment(stored.relativePath(), stored.sha256()));
        Files.writeString(dataDir.resolve(stored.relativePath()), "%PDF-1.4 công");
        Messages messages = new Messages(Messages.VIETNAMESE);
        viewModel = VisitScreens.viewModel(services, visitId, messages);
        VisitScreens.show(stage, services, dataDir, visitId, viewModel, messages, 1200, 760);
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    @Test
    void theScreenNamesTheDamagedFileAndFinalisingListsIt(FxRobot robot) throws Exception {
        VisitScreens.awaitLoaded(viewModel);
        Label warning = robot.lookup("#attachmentWarningLabel").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !warning.getText().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(warning.isVisible());
        assertThat(warning.getText()).startsWith("Tệp minh chứng bị hỏng (1): Công văn 12.pdf (bị thay đổi");

        robot.interact(viewModel::finalise);
        @SuppressWarnings("unchecked")
        ListView<String> blockers = robot.lookup("#blockerList").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !blockers.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(blockers.getItems()).contains("Tệp minh chứng Công văn 12.pdf (bị thay đổi: mã SHA-256 không khớp)");
    }
}
