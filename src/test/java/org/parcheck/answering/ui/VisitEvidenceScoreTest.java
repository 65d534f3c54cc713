package org.parcheck.answering.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parcheck.answering.EvidenceCitation;
import org.parcheck.app.AppServices;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Evidence removed or cited on the findings tab changes the score of an item that requires evidence at once, on
 * the checklist and in the total (before, only after the visit was opened again).
 */
@ExtendWith(ApplicationExtension.class)
class VisitEvidenceScoreTest {

    private AppServices services;
    private VisitViewModel viewModel;

    @Start
    void start(Stage stage) throws Exception {
        VisitScreens.Shown shown = VisitScreens.showHaLang(stage, "parcheck-evidence", 1200, 760);
        services = shown.services();
        viewModel = shown.viewModel();
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    @Test
    void removingAndCitingEvidenceRescoresTheItemAtOnce(FxRobot robot) throws Exception {
        VisitScreens.awaitLoaded(viewModel);
        Label score = robot.lookup("#score-1_1_1").queryAs(Label.class);
        assertThat(score.getText()).isEqualTo("1,50 / 1,50");
        String total = viewModel.score().totalTextProperty().get();

        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        @SuppressWarnings("unchecked")
        ListView<EvidenceCitation> list = robot.lookup("#evidenceList").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().stream()
                .anyMatch(e -> "1.1.1".equals(e.itemCode())));
        EvidenceCitation cited = list.getItems().stream().filter(e -> "1.1.1".equals(e.itemCode())).findFirst()
                .orElseThrow();
        robot.interact(() -> list.getSelectionModel().select(cited));
        // the buttons sit lower on the scrolled tab: fired as a click would
        robot.interact(() -> robot.lookup("#removeEvidenceButton").queryButton().fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> score.getText().startsWith("0 /"));
        WaitForAsyncUtils.waitForFxEvents(); // the rescore that changed the label has finished on the FX thread
        assertThat(viewModel.score().totalTextProperty().get()).as("the total follows").isNotEqualTo(total);
        assertThat(viewModel.entry("1.1.1").orElseThrow().explanation()).contains("tài liệu");

        robot.interact(() -> {
            robot.lookup("#evidenceItemField").queryTextInputControl().setText("1.1.1");
            robot.lookup("#evidenceNumberField").queryTextInputControl().setText("01/KH-UBND");
            robot.lookup("#addEvidenceButton").queryButton().fire();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> score.getText().equals("1,50 / 1,50"));
        assertThat(viewModel.score().totalTextProperty().get()).isEqualTo(total);
    }
}
